/**
 * The conversation corpus (tests/fixtures/chat/*.jsonl) is evaluation data, so its shape is checked like code: every
 * line well-formed, labels consistent with signals, ids unique across files, and no held-out message reused in a
 * file the engine was tuned on (that would make the held-out figures meaningless).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/chat';

const FOLDER = new URL('../../fixtures/chat/', import.meta.url);
const LANGS = new Set(['en', 'roman-ur', 'ur', 'mixed']);

interface Line {
  id: string;
  lang: string;
  contactKnown: boolean;
  label: string;
  signals: string[];
  messages: { from: string; text: string; ts: number }[];
}

const files = readdirSync(FOLDER).filter((name) => name.endsWith('.jsonl'));
const corpus = new Map<string, Line[]>(
  files.map((name) => [
    name,
    readFileSync(new URL(name, FOLDER), 'utf8')
      .split('\n')
      .filter((l) => l.trim().length > 0)
      .map((l) => JSON.parse(l) as Line),
  ]),
);

describe('chat corpus', () => {
  it('has tuning files and a held-out file', () => {
    expect(files).toContain('dev.jsonl');
    expect(files).toContain('heldout.jsonl');
  });

  it.each(files)('%s: every line is well-formed and labelled consistently', (name) => {
    for (const c of corpus.get(name)!) {
      const where = `${name} ${c.id}`;
      expect(typeof c.id, where).toBe('string');
      expect(LANGS.has(c.lang), where).toBe(true);
      expect(typeof c.contactKnown, where).toBe('boolean');
      expect(['risky', 'benign'], where).toContain(c.label);
      for (const s of c.signals) expect(CATEGORIES as readonly string[], where).toContain(s);
      if (c.label === 'benign') expect(c.signals, where).toEqual([]);
      else expect(c.signals.length, where).toBeGreaterThan(0);
      expect(c.messages.length, where).toBeGreaterThanOrEqual(2);
      let last = 0;
      for (const m of c.messages) {
        expect(['contact', 'teen'], where).toContain(m.from);
        expect(typeof m.text, where).toBe('string');
        expect(m.ts, where).toBeGreaterThanOrEqual(last);
        last = m.ts;
      }
    }
  });

  it('has ids that are unique across all files', () => {
    const seen = new Set<string>();
    for (const [name, lines] of corpus)
      for (const c of lines) {
        expect(seen.has(c.id), `${name} ${c.id}`).toBe(false);
        seen.add(c.id);
      }
  });

  it('is about half risky and covers all four language groups in each file', () => {
    for (const [name, lines] of corpus) {
      const risky = lines.filter((c) => c.label === 'risky').length / lines.length;
      expect(risky, name).toBeGreaterThan(0.4);
      expect(risky, name).toBeLessThan(0.6);
      expect(new Set(lines.map((c) => c.lang)).size, name).toBe(4);
    }
  });

  it('reuses no distinctive held-out message in a tuning file', () => {
    const tuned = new Set<string>();
    for (const [name, lines] of corpus)
      if (name !== 'heldout.jsonl')
        for (const c of lines) for (const m of c.messages) tuned.add(m.text.trim());
    const heldout = (corpus.get('heldout.jsonl') ?? []).flatMap((c) => c.messages);
    // Short everyday lines ("sorry i think u have the wrong number") can come up in two writers' work by chance; a
    // long message from the contact, where the tactics are, must not.
    const distinctive = heldout.filter((m) => m.from === 'contact' && m.text.trim().length >= 40);
    expect(distinctive.filter((m) => tuned.has(m.text.trim())).map((m) => m.text)).toEqual([]);
    const reused = heldout.filter((m) => m.text.trim().length >= 20 && tuned.has(m.text.trim()));
    expect(reused.length).toBeLessThanOrEqual(Math.ceil(heldout.length * 0.01));
  });
});
