/** The command line: `scan` writes one line per conversation, `eval` prints the figures. Runs the real script. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir = '';
let file = '';

const LINES = [
  {
    id: 'cli-1',
    lang: 'en',
    contactKnown: false,
    label: 'risky',
    signals: ['secrecy', 'image_request'],
    messages: [
      { from: 'contact', text: "don't tell your parents about us zqxsecretword", ts: 1700000000000 },
      { from: 'contact', text: 'send me a pic of you', ts: 1700000060000 },
    ],
  },
  {
    id: 'cli-2',
    lang: 'roman-ur',
    contactKnown: true,
    label: 'benign',
    signals: [],
    messages: [{ from: 'contact', text: 'kal class mein milte hain', ts: 1700000000000 }],
  },
];

function run(args: string[], input?: string) {
  return spawnSync('npx', ['vite-node', 'scripts/risk.ts', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hifazat-risk-'));
  file = path.join(dir, 'chats.jsonl');
  writeFileSync(file, `${LINES.map((l) => JSON.stringify(l)).join('\n')}\n`);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A successful run's standard output, one parsed JSON value per line. */
function jsonLines(result: ReturnType<typeof run>) {
  expect(result.status).toBe(0);
  return result.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

describe('risk CLI', () => {
  it(
    'scan writes one JSON line per conversation with ids, levels, signals and the first alert',
    { timeout: 60_000 },
    () => {
      const result = run(['scan', file]);
      const out = jsonLines(result);
      expect(out).toHaveLength(2);
      expect(Object.keys(out[0]).sort()).toEqual(['firstAlert', 'id', 'level', 'score', 'signals']);
      expect(out[0].id).toBe('cli-1');
      expect(['elevated', 'high']).toContain(out[0].level);
      expect(out[0].signals).toContainEqual({ category: 'secrecy', message: 0 });
      expect(out[0].firstAlert).toBe(0);
      expect(out[1]).toMatchObject({ id: 'cli-2', level: 'none', signals: [], firstAlert: null });
      expect(result.stdout).not.toContain('zqxsecretword');
    },
  );

  it(
    'explain gives every hit with its entry id and message index, and never the text',
    { timeout: 60_000 },
    () => {
      const result = run(['explain', file]);
      const out = jsonLines(result);
      expect(out).toHaveLength(2);
      expect(out[0].id).toBe('cli-1');
      expect(out[0].contactFactor).toBeGreaterThan(1);
      const secrecy = out[0].hits.find((h: { category: string }) => h.category === 'secrecy');
      expect(secrecy).toMatchObject({ message: 0 });
      expect(secrecy.entry).toMatch(/^en\.secrecy\./);
      expect(out[0].hits.some((h: { category: string }) => h.category === 'image_request')).toBe(true);
      expect(out[1].hits).toEqual([]);
      expect(result.stdout).not.toContain('zqxsecretword');
      expect(result.stdout).not.toContain('pic of you');
    },
  );

  it('scan reads stdin when no file is given', { timeout: 60_000 }, () => {
    const result = run(['scan'], `${JSON.stringify(LINES[1])}\n`);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ id: 'cli-2', level: 'none' });
  });

  it(
    'eval prints precision, recall, F1, F0.5, false-positive rate, per language and per signal',
    { timeout: 60_000 },
    () => {
      const result = run(['eval', file]);
      expect(result.status).toBe(0);
      for (const name of [
        'precision',
        'recall',
        'F1',
        'F0.5',
        'false-positive rate',
        'per language',
        'per signal',
      ]) {
        expect(result.stdout).toContain(name);
      }
      expect(result.stdout).toMatch(/recall: 1\.000/);
      expect(result.stdout).toMatch(/false-positive rate: 0\.000/);
      expect(result.stdout).toContain('roman-ur');
      expect(result.stdout).not.toContain('zqxsecretword');
    },
  );

  it('skips a broken line, says so, and exits non-zero', { timeout: 60_000 }, () => {
    const result = run(['scan'], `not json\n${JSON.stringify(LINES[1])}\n`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('line 1');
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('explains its usage on a wrong command', { timeout: 60_000 }, () => {
    const result = run(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage');
  });
});
