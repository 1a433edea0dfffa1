/** The Urdu lexicon ships packed one byte per letter; what runs must be exactly the lexicon in the source. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../lib/chat/lexicons';
import { ur as urSource } from '../../../lib/chat/lexicons/ur';
import {
  PACK_CODES,
  PACKED_LETTERS,
  packUrdu,
  unpackLexicon,
  unpackUrdu,
  urduPackTransform,
} from '../../../lib/chat/lexicons/urduPack';
import type { Lexicon } from '../../../lib/chat/types';
import { bundleAsShipped } from '../../bench/bundleAsShipped';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('Urdu lexicon packing', () => {
  it('has one distinct ASCII code per letter', () => {
    expect(new Set(PACKED_LETTERS).size).toBe(PACKED_LETTERS.length);
    expect(new Set(PACK_CODES).size).toBe(PACK_CODES.length);
    expect(PACK_CODES.length).toBeGreaterThanOrEqual(PACKED_LETTERS.length);
    expect(/^[\x21-\x7e]+$/.test(PACK_CODES)).toBe(true);
    expect(PACK_CODES).not.toMatch(/['"`\\$]/);
  });

  it('uses codes that no Urdu lexicon string contains, so unpacking the source changes nothing', () => {
    for (const s of strings(urSource)) {
      for (const ch of s) expect(PACK_CODES.includes(ch), `"${s}"`).toBe(false);
    }
    expect(unpackLexicon(urSource)).toEqual(urSource);
    expect(LEXICONS.find((l) => l.lang === 'ur')).toEqual(urSource);
  });

  it('packs every letter the Urdu lexicon uses and round-trips each string', () => {
    const texts = strings(urSource);
    for (const s of texts) {
      const packed = packUrdu(s);
      expect(packed).not.toMatch(new RegExp(`[${PACKED_LETTERS}]`));
      expect(unpackUrdu(packed)).toBe(s);
    }
    const unpackable = new Set(texts.join('').replace(/[ -~]/g, ''));
    for (const ch of PACKED_LETTERS) unpackable.delete(ch);
    expect([...unpackable]).toEqual([]);
  });

  it('touches only ur.ts', () => {
    expect(urduPackTransform('const x = "کیوں";', '/p/lib/chat/lexicons/ur.ts')).not.toContain('کیوں');
    expect(urduPackTransform('const x = "کیوں";', '/p/lib/chat/lexicons/ur.ts?v=1')).not.toBeNull();
    expect(urduPackTransform('const x = "کیوں";', '/p/lib/chat/lexicons/romanUr.ts')).toBeNull();
    expect(urduPackTransform('const x = "کیوں";', '/p/lib/i18n/ur.ts')).toBeNull();
  });

  it('a bundle built with the packing step holds the same lexicons as the source', async () => {
    const code = new TextDecoder().decode(
      await bundleAsShipped(path.resolve(__dirname, '../../../lib/chat/lexicons/index.ts')),
    );
    // The packing ran: none of the Urdu lexicon's text is left in the bundle as written.
    const urdu = strings(urSource).filter((s) => /[^ -~]{3}/.test(s));
    expect(urdu.length).toBeGreaterThan(100);
    for (const s of urdu) expect(code.includes(s), s).toBe(false);
    const dir = mkdtempSync(path.join(tmpdir(), 'hifazat-pack-'));
    try {
      const file = path.join(dir, 'lexicons.mjs');
      writeFileSync(file, code);
      const bundled = (await import(pathToFileURL(file).href)) as { LEXICONS: readonly Lexicon[] };
      expect(bundled.LEXICONS).toEqual(LEXICONS);
      expect(bundled.LEXICONS.find((l) => l.lang === 'ur')).toEqual(urSource);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
