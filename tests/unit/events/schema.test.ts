/** The event schema is the privacy boundary: these tests show what can and cannot be stored. */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../lib/clock';
import {
  type DetailOf,
  EVENT_KINDS,
  InvalidEventError,
  logEventSchema,
  makeEvent,
  parseEvent,
  toHour,
} from '../../../lib/events';
import { NOW } from './helpers';

const clock = manualClock(NOW);

describe('event schema', () => {
  it('accepts a well-formed event of every kind', () => {
    const events = [
      makeEvent('block', 'adult', { reason: 'parent_block' }, clock),
      makeEvent('safe_search', 'google', {}, clock),
      makeEvent('chat_prompt', 'secrecy', { site: 'whatsapp', level: 'high', choice: 'block_report' }, clock),
      makeEvent('chat_nudge', 'phone', { site: 'generic', choice: 'dismissed' }, clock),
      makeEvent('access_request', 'gaming', { status: 'approved' }, clock),
      makeEvent('time_online', 'uncategorized', { minutes: 60 }, clock),
      makeEvent('protection_gap', 'heartbeat', { minutes: 600, reason: 'browser_closed' }, clock),
      makeEvent('settings_repair', 'school_policy', { fields: 2 }, clock),
      makeEvent('pin_failure', 'pin', {}, clock),
      makeEvent('host_access', 'withheld', {}, clock),
    ];
    expect(events.map((e) => e.kind)).toEqual([...EVENT_KINDS]);
    for (const e of events) expect(logEventSchema.parse(e)).toEqual(e);
  });

  it('stamps events with whole hours since the Unix epoch from the injected clock', () => {
    const c = manualClock(Date.UTC(2026, 0, 5, 10, 59, 59, 999));
    const e = makeEvent('pin_failure', 'pin', {}, c);
    expect(e).toEqual({
      v: 1,
      hour: Math.floor(c.now() / 3_600_000),
      kind: 'pin_failure',
      category: 'pin',
      detail: {},
    });
    expect(e.hour).toBe(toHour(Date.UTC(2026, 0, 5, 10)));
  });

  it.each([
    ['a hostname', 'example.com'],
    ['a URL', 'https://x'],
    ['text with spaces', 'my secret chat'],
    ['a name with capitals', 'Ayesha'],
    ['an email address', 'kid@example'],
    ['an empty string', ''],
    ['an overlong id', 'a'.repeat(41)],
    ['a prototype key', '__proto__'],
  ])('rejects %s as a category', (_label, category) => {
    expect(() => makeEvent('block', category, { reason: 'category' }, clock)).toThrow(InvalidEventError);
    expect(parseEvent({ v: 1, hour: 1, kind: 'block', category, detail: { reason: 'category' } })).toBeNull();
  });

  it('rejects a hostname or URL as the chat site', () => {
    for (const site of ['web.whatsapp.com', 'https://discord.com/channels/1']) {
      expect(() => makeEvent('chat_nudge', 'phone', { site, choice: 'none' }, clock)).toThrow(
        InvalidEventError,
      );
    }
  });

  it('rejects unknown detail keys instead of storing them', () => {
    const withUrl = { reason: 'category', url: 'https://example.com/page' } as unknown as DetailOf<'block'>;
    expect(() => makeEvent('block', 'adult', withUrl, clock)).toThrow(InvalidEventError);
    const withText = { site: 'whatsapp', level: 'high', choice: 'ok', text: 'send me a photo' };
    expect(
      parseEvent({ v: 1, hour: 1, kind: 'chat_prompt', category: 'secrecy', detail: withText }),
    ).toBeNull();
  });

  it('rejects unknown top-level keys', () => {
    const event = makeEvent('safe_search', 'bing', {}, clock);
    expect(parseEvent({ ...event, query: 'how to' })).toBeNull();
  });

  it('rejects details that do not match their kind', () => {
    expect(
      parseEvent({ v: 1, hour: 1, kind: 'block', category: 'adult', detail: { reason: 'because' } }),
    ).toBeNull();
    expect(
      parseEvent({ v: 1, hour: 1, kind: 'safe_search', category: 'google', detail: { reason: 'proxy' } }),
    ).toBeNull();
    for (const minutes of [0, 61, 1.5, -3]) {
      expect(
        parseEvent({ v: 1, hour: 1, kind: 'time_online', category: 'gaming', detail: { minutes } }),
      ).toBeNull();
    }
  });

  it('allows only the fixed categories of system kinds', () => {
    expect(parseEvent({ v: 1, hour: 1, kind: 'pin_failure', category: 'adult', detail: {} })).toBeNull();
    expect(parseEvent({ v: 1, hour: 1, kind: 'host_access', category: 'granted', detail: {} })).toBeNull();
    expect(
      parseEvent({ v: 1, hour: 1, kind: 'settings_repair', category: 'storage', detail: { fields: 1 } }),
    ).toBeNull();
  });

  it('rejects other versions, unknown kinds and fractional or negative hours', () => {
    const ok = { v: 1, hour: 10, kind: 'pin_failure', category: 'pin', detail: {} };
    expect(parseEvent(ok)).toEqual(ok);
    expect(parseEvent({ ...ok, v: 2 })).toBeNull();
    expect(parseEvent({ ...ok, kind: 'page_visit' })).toBeNull();
    expect(parseEvent({ ...ok, hour: 1.5 })).toBeNull();
    expect(parseEvent({ ...ok, hour: -1 })).toBeNull();
    expect(parseEvent(null)).toBeNull();
    expect(parseEvent('pin_failure')).toBeNull();
  });
});
