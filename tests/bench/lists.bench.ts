/**
 * List figures: how fast a downloaded list becomes rules-ready domains (parse + normalize + dedupe + subsume +
 * sort) and the peak memory it takes, how small the stored copy is, and the in-extension lookup's size, build,
 * load and lookup times. Uses the biggest real list in ../shared/data/blocklists when it is there (read only, never
 * copied), generated lists otherwise.
 *
 * The code is measured as it ships: bundled into one file (esbuild here, Vite in the extension), run by plain Node.
 * Under vite-node every call between modules goes through a getter, which costs this hot code ~25%. Peak memory
 * is measured in a fresh child process per list, so one measurement's garbage does not hide another's peak.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DomainLookup } from '../../lib/lists/domainLookup';
import { packDomains, unpackDomains } from '../../lib/lists/packedList';
import { parseList } from '../../lib/lists/parseList';
import { randomDomainGenerator, randomDomains } from '../unit/lists/randomDomains';
import { median, msPerAsyncCall, nsPerCall, report, type Figure } from './measure';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Unset when started by scripts/bench.mjs; `bundled` in the bundled run; `memory:<source>` in a memory child. */
const MODE_VARIABLE = 'HIFAZAT_LISTS_BENCH_MODE';
const REAL_LIST_VARIABLE = 'HIFAZAT_LISTS_BENCH_REAL_LIST';
const REAL_LIST =
  process.env[REAL_LIST_VARIABLE] ??
  fileURLToPath(new URL('../../../shared/data/blocklists/big/adult_union.txt', import.meta.url));
const GENERATED_COUNT = 2_000_000;
const LOOKUP_COUNT = 500_000;
const RUNS = 5;

type Source = 'real' | 'generated domains' | 'generated hosts';

/** A generated list as one text, built in chunks so the generator's strings do not outlive it. */
function generatedText(format: 'domains' | 'hosts'): string {
  const next = randomDomainGenerator(2026);
  const chunks: string[] = [];
  for (let done = 0; done < GENERATED_COUNT; done += 100_000) {
    const lines = Array.from({ length: Math.min(100_000, GENERATED_COUNT - done) }, next);
    chunks.push(
      format === 'hosts' ? lines.map((domain) => `0.0.0.0 ${domain}`).join('\n') : lines.join('\n'),
    );
  }
  return chunks.join('\n');
}

function sourceText(source: Source): string {
  if (source === 'real') return readFileSync(REAL_LIST, 'utf8');
  return generatedText(source === 'generated hosts' ? 'hosts' : 'domains');
}

/** In the child: one parse of one list, printing RSS before and the peak after. */
function measureMemoryInChild(source: Source): void {
  const text = sourceText(source);
  collectGarbage();
  const before = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const { domains } = parseList(text);
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({ before, peakBefore, peakAfter, domains: domains.length, textLength: text.length }),
  );
}

function reportPeakMemory(source: Source): void {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, [MODE_VARIABLE]: `memory:${source}` },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = child.stdout.split('\n').find((text) => text.startsWith('{'));
  if (child.status !== 0 || line === undefined) throw new Error(`memory child failed: ${child.stderr}`);
  const { before, peakBefore, peakAfter, textLength } = JSON.parse(line) as Record<string, number>;
  const mb = (bytes: number | undefined) => Math.round((bytes ?? 0) / 1024 / 1024);
  report({
    bench: 'lists',
    metric: `parse peak memory, ${source}`,
    value: mb((peakAfter ?? 0) - Math.max(before ?? 0, peakBefore ?? 0)),
    unit: 'MB',
    note: `peak RSS above the ${mb(before)} MB before the parse (the ${mb(textLength)} MB text already loaded)`,
  });
}

/** Median throughput over RUNS parses of one list (the text is dropped afterwards). */
function reportThroughput(source: Source, label: string): void {
  const text = sourceText(source);
  let result = parseList(text); // warm-up
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    collectGarbage();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    result = parseList(text);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    rates.push(result.stats.accepted / seconds);
    cpuRates.push(result.stats.accepted / ((cpu.user + cpu.system) / 1e6));
  }
  const { stats, domains } = result;
  report({
    bench: 'lists',
    metric: `parse+normalize+subsume, ${label}`,
    value: Math.round(median(rates)),
    unit: 'domains/s',
    note:
      `wall clock, median of ${RUNS}; ${stats.accepted.toLocaleString('en')} in, ${domains.length.toLocaleString('en')} out ` +
      `(${stats.duplicates} dup, ${stats.subsumed} subsumed, ${stats.publicSuffixes} public suffixes); target >= 1,000,000`,
  });
  report({
    bench: 'lists',
    metric: `parse+normalize+subsume, ${label}, per CPU second`,
    value: Math.round(median(cpuRates)),
    unit: 'domains/s',
    note: 'process CPU time (all threads, GC helpers included): steadier than wall clock on a busy machine',
  });
}

async function reportPacking(domains: string[], label: string): Promise<void> {
  const packed = await packDomains(domains);
  const figures: Figure[] = [
    {
      bench: 'lists',
      metric: `packed size, ${label}`,
      value: packed.length / domains.length,
      unit: 'bytes/domain',
      note: `${domains.length.toLocaleString('en')} domains in ${(packed.length / 1e6).toFixed(2)} MB; target <= 5`,
    },
    {
      bench: 'lists',
      metric: 'pack (front-code + deflate-raw)',
      value: await msPerAsyncCall(() => packDomains(domains)),
      unit: 'ms',
    },
    {
      bench: 'lists',
      metric: 'unpack (inflate + checks)',
      value: await msPerAsyncCall(() => unpackDomains(packed)),
      unit: 'ms',
    },
  ];
  figures.forEach(report);
}

function reportLookup(domains: string[]): void {
  const entries = domains.map((domain, i) => ({ domain, categories: 1 << (i % 11) }));
  const buildTimes: number[] = [];
  let lookup = DomainLookup.build(entries);
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    lookup = DomainLookup.build(entries);
    buildTimes.push(performance.now() - started);
  }
  report({
    bench: 'lists',
    metric: 'lookup size',
    value: lookup.byteLength / lookup.size,
    unit: 'bytes/domain',
    note: `${lookup.size.toLocaleString('en')} domains, ${(lookup.byteLength / 1e6).toFixed(2)} MB; target <= 8 (uBO trie 19.8)`,
  });
  report({
    bench: 'lists',
    metric: 'lookup build',
    value: median(buildTimes),
    unit: 'ms',
    note: `median of ${RUNS}`,
  });
  const loadTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const stored = lookup.toBuffer().slice(0);
    const started = performance.now();
    DomainLookup.fromBuffer(stored);
    loadTimes.push(performance.now() - started);
  }
  report({
    bench: 'lists',
    metric: 'lookup load from stored buffer',
    value: median(loadTimes),
    unit: 'ms',
    note: 'includes the CRC-32 check',
  });

  // A quarter listed domains, a quarter subdomains of them, half names not listed; flat strings, as
  // `new URL(...).hostname` gives (template-literal strings would time V8's rope flattening instead).
  const misses = randomDomains(100_000, 555);
  const mixed: string[] = [];
  for (let i = 0; i < 200_000; i++) {
    const listed = domains[(i * 7_919) % domains.length] ?? 'example.com';
    const miss = misses[i % misses.length] ?? 'example.org';
    const kind = i % 4;
    mixed.push(
      kind === 0 ? listed : kind === 1 ? `www.cdn${i % 10}.${listed}` : kind === 2 ? miss : `img.${miss}`,
    );
  }
  const queries = JSON.parse(JSON.stringify(mixed)) as string[];
  let cursor = 0;
  let sink = 0;
  const nsPerLookup = nsPerCall(() => {
    sink += lookup.lookup(queries[cursor++ % queries.length] ?? '');
  }, queries.length);
  report({
    bench: 'lists',
    metric: 'lookup time (mixed hits and misses)',
    value: nsPerLookup,
    unit: 'ns/lookup',
    note: `median of 7 × ${queries.length.toLocaleString('en')} (checksum ${sink}); target <= 300 (uBO trie 543)`,
  });

  let falsePositives = 0;
  const probes = 2_000_000;
  for (let i = 0; i < probes; i++)
    if (lookup.lookup(`q${i}.unlisted-${i % 997}.example`) !== 0) falsePositives++;
  report({
    bench: 'lists',
    metric: 'lookup false-positive rate (computed, per probe)',
    value: lookup.falsePositiveRate,
    unit: 'probability',
    note: `measured: ${falsePositives} hits in ${(probes * 2).toLocaleString('en')} probes of unlisted names`,
  });
}

async function main(): Promise<void> {
  const hasRealList = existsSync(REAL_LIST);
  if (hasRealList) {
    reportThroughput('real', 'big/adult_union.txt');
    reportPeakMemory('real');
  }
  reportThroughput('generated domains', `generated ${GENERATED_COUNT.toLocaleString('en')} (plain)`);
  reportPeakMemory('generated domains');
  reportThroughput('generated hosts', `generated ${GENERATED_COUNT.toLocaleString('en')} (hosts file)`);

  // Storage and lookup: the real list (502,498 domains, as uBlock Origin's trie was measured) or 500,000 generated.
  const lines = hasRealList
    ? readFileSync(REAL_LIST, 'utf8')
        .split('\n')
        .filter((line) => line.length > 0)
    : randomDomains(LOOKUP_COUNT, 99);
  await reportPacking(parseList(lines.join('\n')).domains, hasRealList ? 'adult_union' : 'generated');
  reportLookup(lines);
}

/** Bundles this file with its imports and runs the bundle in plain Node, its figures going straight to stdout. */
async function runBundled(): Promise<void> {
  const { build } = await import('esbuild');
  const directory = mkdtempSync(join(tmpdir(), 'hifazat-lists-bench-'));
  try {
    const outfile = join(directory, 'lists.bench.mjs');
    await build({
      entryPoints: [fileURLToPath(import.meta.url)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      external: ['esbuild'],
      logLevel: 'error',
    });
    const child = spawnSync(process.execPath, [outfile], {
      env: { ...process.env, [MODE_VARIABLE]: 'bundled', [REAL_LIST_VARIABLE]: REAL_LIST },
      stdio: 'inherit',
    });
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const mode = process.env[MODE_VARIABLE];
if (mode === undefined) await runBundled();
else if (mode.startsWith('memory:')) measureMemoryInChild(mode.slice('memory:'.length) as Source);
else await main();
