/** Per-conversation memory: no names stored, known after several days of writing, bounded. */
import { describe, expect, it } from 'vitest';
import {
  conversationRef,
  isKnown,
  KNOWN_AFTER_DAYS,
  MAX_CONVERSATIONS,
  newRecord,
  recordActivity,
  trimRecords,
} from '../../../lib/chat/conversationState';
import { helpLinesFor, teenCountry } from '../../../lib/help/helpLines';

describe('conversation state', () => {
  it('keys a conversation by an HMAC that depends on the install secret and hides the key', async () => {
    const a = await conversationRef(new Uint8Array(32).fill(1), 'whatsapp', 'Ali Khan');
    const b = await conversationRef(new Uint8Array(32).fill(2), 'whatsapp', 'Ali Khan');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Ali');
    expect(await conversationRef(new Uint8Array(32).fill(1), 'telegram', 'Ali Khan')).not.toBe(a);
  });
  it('treats a contact as known after the teen writes on several different days, or when marked', () => {
    let record = newRecord(0);
    for (let d = 1; d < KNOWN_AFTER_DAYS; d++) record = recordActivity(record, `2026-01-0${d}`, d);
    record = recordActivity(record, '2026-01-01', 9); // the same day again does not count twice
    expect(isKnown(record)).toBe(false);
    record = recordActivity(record, '2026-01-09', 10);
    expect(isKnown(record)).toBe(true);
    expect(isKnown({ ...newRecord(0), markedKnown: true })).toBe(true);
    expect(isKnown(undefined)).toBe(false);
  });
  it('remembers at most a bounded number of conversations, the most recent', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_CONVERSATIONS + 10 }, (_, i) => [`r${i}`, { ...newRecord(i), lastSeen: i }]),
    );
    const trimmed = trimRecords(many);
    expect(Object.keys(trimmed)).toHaveLength(MAX_CONVERSATIONS);
    expect(trimmed[`r${MAX_CONVERSATIONS + 9}`]).toBeDefined();
    expect(trimmed.r0).toBeUndefined();
  });
});

describe('help lines', () => {
  it('puts Pakistan first for Karachi, for Urdu readers and for devices without a zone', () => {
    expect(teenCountry('Asia/Karachi', 'en')).toBe('PK');
    expect(teenCountry('America/New_York', 'ur')).toBe('PK');
    expect(teenCountry('Etc/UTC', 'en')).toBe('PK');
    expect(teenCountry('Europe/London', 'en')).toBe('GB');
    expect(teenCountry('America/New_York', 'en')).toBe('INT');
    const pk = helpLinesFor('PK').map((h) => h.contact);
    expect(pk.slice(0, 3)).toEqual(['1121', '1799', '0800-39393']);
    expect(pk).toContain('https://takeitdown.ncmec.org');
    expect(helpLinesFor('INT').every((h) => h.countries.includes('INT'))).toBe(true);
  });
  it('names a source and a check date for every line', () => {
    for (const line of helpLinesFor('PK').concat(helpLinesFor('GB'), helpLinesFor('IN'))) {
      expect(line.source).toMatch(/^https:\/\//);
      expect(line.checked).toMatch(/^\d{4}-\d{2}$/);
      expect(line.about.ur).toMatch(/[\u0600-\u06ff]/);
    }
  });
});
