/**
 * Grooming-risk engine figures: messages per second through the incremental tracker on one core, latency per
 * message (p50 / p99), the one-time cost of compiling the lexicons, and the gzipped size of the engine bundle
 * (esbuild, minified, as the content script ships it). Runs on the development corpus
 * (tests/fixtures/chat/dev.jsonl), or on a generated corpus when that file is missing.
 * Targets: >= 100,000 messages/s, p99 < 50 µs, < 40 KB gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildMatcher } from '../../lib/chat/matcher';
import { createRiskTracker, type ChatMessage, type Conversation } from '../../lib/chat';
import { median, nsPerCall, report } from './measure';
import { bundleAsShipped } from './bundleAsShipped';

const CORPUS = 'tests/fixtures/chat/dev.jsonl';

function generated(): Conversation[] {
  const lines = [
    'hey how was school',
    'ur so mature for ur age honestly',
    'did you finish the maths homework?',
    "don't tell your parents we talk",
    'can you send a pic of the notes',
    'kal tuition mein milte hain',
    'tum bohat pyari ho, apni pic bhejo',
    'ghar pe koi hai?',
    'کیا تم اکیلی ہو؟',
    'ہوم ورک کی تصویر بھیج دو',
    'add me on sn@p its more private',
    'lol ok see you tomorrow',
  ];
  return Array.from({ length: 200 }, (_, c) => ({
    contactKnown: c % 3 === 0,
    messages: Array.from({ length: 8 }, (_, i): ChatMessage => ({
      from: i % 2 ? 'teen' : 'contact',
      text: lines[(c * 7 + i * 5) % lines.length]!,
      ts: 1_700_000_000_000 + c * 1e7 + i * 60_000,
    })),
  }));
}

const source = existsSync(CORPUS) ? 'dev corpus' : 'generated corpus';
const conversations: Conversation[] = existsSync(CORPUS)
  ? readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const c = JSON.parse(l) as Conversation;
        return { contactKnown: c.contactKnown, messages: c.messages };
      })
  : generated();
const messageCount = conversations.reduce((n, c) => n + c.messages.length, 0);

// One-time cost: compiling every lexicon into the matcher (paid on the first message of a page).
const buildStart = performance.now();
buildMatcher();
report({
  bench: 'risk',
  metric: 'compile lexicons (once per page)',
  value: performance.now() - buildStart,
  unit: 'ms',
});

function runCorpus(): void {
  for (const c of conversations) {
    const tracker = createRiskTracker({ contactKnown: c.contactKnown });
    for (const m of c.messages) tracker.push(m);
  }
}

const nsPerPass = nsPerCall(runCorpus, 5, 9);
report({
  bench: 'risk',
  metric: `throughput, ${messageCount.toLocaleString('en')} messages (${source})`,
  value: Math.round(messageCount / (nsPerPass / 1e9)),
  unit: 'msg/s',
  note: 'target >= 100,000 on one core',
});

// Latency of each push, over several passes after the warm-up above.
const latencies: number[] = [];
for (let pass = 0; pass < 5; pass++) {
  for (const c of conversations) {
    const tracker = createRiskTracker({ contactKnown: c.contactKnown });
    for (const m of c.messages) {
      const start = process.hrtime.bigint();
      tracker.push(m);
      latencies.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
}
latencies.sort((a, b) => a - b);
report({ bench: 'risk', metric: 'latency per message p50', value: median(latencies), unit: 'µs' });
report({
  bench: 'risk',
  metric: 'latency per message p99',
  value: latencies[Math.floor(latencies.length * 0.99)]!,
  unit: 'µs',
  note: 'target < 50 µs',
});

const code = await bundleAsShipped('lib/chat/index.ts');
report({
  bench: 'risk',
  metric: 'engine bundle (lib/chat/index.ts, minified)',
  value: code.length / 1024,
  unit: 'KB',
});
report({
  bench: 'risk',
  metric: 'engine bundle gzipped',
  value: gzipSync(code).length / 1024,
  unit: 'KB',
  note: 'target < 40 KB',
});
