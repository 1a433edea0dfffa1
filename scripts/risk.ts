/**
 * Grooming-risk engine on the command line (JSON Lines in, one conversation per line; stdin when no file).
 *
 *   npm run -s risk -- scan [file] [--sensitivity gentle|standard|watchful]
 *       → one line per conversation: {"id","level","score","signals":[{"category","message"}],"firstAlert"}
 *   npm run -s risk -- explain [file] [--sensitivity ...]
 *       → one line per conversation with the whole explanation: every hit's lexicon entry id, category, weight and
 *         message index, the evidence per category, the combinations, the contact factor and the thresholds.
 *   npm run -s risk -- eval [file] [--sensitivity ...] [--json] [--misses]
 *       → precision, recall, F1, F0.5 and false-positive rate (risky = level elevated or high), per language and
 *         per signal. Lines need "label": "risky"|"benign" and "signals": [...]. --misses lists the ids of wrong
 *         calls (ids only).
 *
 * The engine sees only contactKnown and the messages (from, text, ts); never the id, label or language.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { assessConversation, explainConversation } from '../lib/chat/assess';
import { evaluate, formatReport, isFlagged, type LabelledResult } from '../lib/chat/evaluation';
import { detectLanguage } from '../lib/chat/language';
import type { ChatMessage, Conversation, Sensitivity } from '../lib/chat/types';

const USAGE =
  'usage: risk scan [file] [--sensitivity gentle|standard|watchful]\n' +
  '       risk explain [file] [--sensitivity gentle|standard|watchful]\n' +
  '       risk eval [file] [--sensitivity gentle|standard|watchful] [--json] [--misses]';

interface Line {
  lineNumber: number;
  value: Record<string, unknown>;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function* readLines(file: string | undefined): AsyncGenerator<Line> {
  if (file !== undefined && !existsSync(file)) fail(`risk: no such file: ${file}`);
  const input = file === undefined || file === '-' ? process.stdin : createReadStream(file, 'utf8');
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const raw of rl) {
    lineNumber++;
    const text = raw.trim();
    if (text.length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      process.stderr.write(`risk: line ${lineNumber}: not valid JSON, skipped\n`);
      process.exitCode = 1;
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      process.stderr.write(`risk: line ${lineNumber}: not a JSON object, skipped\n`);
      process.exitCode = 1;
      continue;
    }
    yield { lineNumber, value: value as Record<string, unknown> };
  }
}

/** Only what the engine may see: contactKnown and the messages. */
function toConversation(line: Line): Conversation | null {
  const { messages, contactKnown } = line.value;
  if (!Array.isArray(messages)) {
    process.stderr.write(`risk: line ${line.lineNumber}: "messages" must be an array, skipped\n`);
    process.exitCode = 1;
    return null;
  }
  const clean: ChatMessage[] = [];
  for (const m of messages as unknown[]) {
    if (typeof m !== 'object' || m === null) continue;
    const { from, text, ts } = m as Record<string, unknown>;
    clean.push({
      from: from === 'teen' ? 'teen' : 'contact',
      text: typeof text === 'string' ? text : '',
      ...(typeof ts === 'number' ? { ts } : {}),
    });
  }
  return { contactKnown: typeof contactKnown === 'boolean' ? contactKnown : undefined, messages: clean };
}

function parseArgs(argv: string[]): {
  command: string;
  file?: string;
  sensitivity: Sensitivity;
  flags: Set<string>;
} {
  const [command, ...rest] = argv;
  if (command !== 'scan' && command !== 'eval' && command !== 'explain') fail(USAGE);
  let file: string | undefined;
  let sensitivity: Sensitivity = 'standard';
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--sensitivity') {
      const value = rest[++i];
      if (value !== 'gentle' && value !== 'standard' && value !== 'watchful') fail(USAGE);
      sensitivity = value;
    } else if (arg === '--json' || arg === '--misses') flags.add(arg);
    else if (arg.startsWith('--')) fail(USAGE);
    else if (file === undefined) file = arg;
    else fail(USAGE);
  }
  return { command, file, sensitivity, flags };
}

async function scan(file: string | undefined, sensitivity: Sensitivity, explain: boolean): Promise<void> {
  for await (const line of readLines(file)) {
    const conversation = toConversation(line);
    if (!conversation) continue;
    const id = typeof line.value.id === 'string' || typeof line.value.id === 'number' ? line.value.id : null;
    if (explain) {
      process.stdout.write(
        `${JSON.stringify({ id, ...explainConversation(conversation, { sensitivity }) })}\n`,
      );
      continue;
    }
    const a = assessConversation(conversation, { sensitivity });
    process.stdout.write(
      `${JSON.stringify({ id, level: a.level, score: a.score, signals: a.signals, firstAlert: a.firstAlert })}\n`,
    );
  }
}

async function runEval(
  file: string | undefined,
  sensitivity: Sensitivity,
  flags: Set<string>,
): Promise<void> {
  const results: LabelledResult[] = [];
  const misses: string[] = [];
  for await (const line of readLines(file)) {
    const conversation = toConversation(line);
    if (!conversation) continue;
    const { label, signals, lang, id } = line.value;
    if (label !== 'risky' && label !== 'benign') {
      process.stderr.write(`risk: line ${line.lineNumber}: "label" must be "risky" or "benign", skipped\n`);
      process.exitCode = 1;
      continue;
    }
    const assessment = assessConversation(conversation, { sensitivity });
    results.push({
      lang: typeof lang === 'string' ? lang : detectLanguage(conversation.messages.map((m) => m.text)),
      label,
      expectedSignals: Array.isArray(signals)
        ? signals.filter((s): s is string => typeof s === 'string')
        : [],
      assessment,
      messageCount: conversation.messages.length,
    });
    if (isFlagged(assessment) !== (label === 'risky')) {
      misses.push(
        `${label === 'risky' ? 'FN' : 'FP'} ${String(id ?? `line ${line.lineNumber}`)} ${assessment.level} ${assessment.score}`,
      );
    }
  }
  const report = evaluate(results);
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(`${formatReport(report)}\n`);
  if (flags.has('--misses')) process.stdout.write(`\nmisses:\n${misses.join('\n')}\n`);
}

const args = parseArgs(process.argv.slice(2));
if (args.command === 'scan' || args.command === 'explain')
  await scan(args.file, args.sensitivity, args.command === 'explain');
else await runEval(args.file, args.sensitivity, args.flags);
