/**
 * Why: time online is what parents most often ask about, and the easiest number to get wrong. A late alarm must not
 * count an hour the laptop slept, idle time and other apps must not count, and only a category (never the site)
 * may come out of it. These check the accounting minute by minute.
 */
import { describe, expect, it } from 'vitest';
import {
  EMPTY_TIME_ONLINE,
  FLUSH_MINUTES,
  MAX_CREDIT_MS,
  UNCATEGORIZED,
  categoryForTime,
  flushTimeOnline,
  isWebsite,
  parseTimeOnlineState,
  tickTimeOnline,
  type TimeCredit,
  type TimeOnlineState,
  type TimeSample,
} from '../../../lib/events/timeOnline';
import { logEventSchema, toHour } from '../../../lib/events/schema';

const MIN = 60_000;
/** 2026-01-05 10:00 UTC */
const T0 = Date.UTC(2026, 0, 5, 10, 0, 0);

function run(samples: TimeSample[], start: TimeOnlineState = EMPTY_TIME_ONLINE) {
  let state = start;
  const written: TimeCredit[] = [];
  for (const sample of samples) {
    const result = tickTimeOnline(state, sample);
    state = result.state;
    written.push(...result.write);
  }
  return { state, written };
}

const minutes = (n: number, from: number, category: string | null, active = true): TimeSample[] =>
  Array.from({ length: n }, (_, i) => ({ now: from + i * MIN, active, category }));

describe('tickTimeOnline', () => {
  it('writes whole minutes every few minutes while the child stays in one category', () => {
    const { state, written } = run(minutes(12, T0, 'gaming'));
    expect(written).toEqual([
      { hour: toHour(T0), category: 'gaming', minutes: FLUSH_MINUTES },
      { hour: toHour(T0), category: 'gaming', minutes: FLUSH_MINUTES },
    ]);
    expect(state.pending).toEqual({ hour: toHour(T0), category: 'gaming', ms: 2 * MIN });
  });

  it('writes what built up when the category changes', () => {
    const { written, state } = run([
      ...minutes(3, T0, 'social_media'),
      ...minutes(2, T0 + 3 * MIN, UNCATEGORIZED),
    ]);
    expect(written).toEqual([{ hour: toHour(T0), category: 'social_media', minutes: 3 }]);
    expect(state.pending?.category).toBe(UNCATEGORIZED);
    expect(flushTimeOnline(state).write).toEqual([{ hour: toHour(T0), category: UNCATEGORIZED, minutes: 2 }]);
  });

  it('counts nothing while the device is idle or the child is not on a website', () => {
    const { written, state } = run([...minutes(5, T0, 'gaming', false), ...minutes(5, T0 + 5 * MIN, null)]);
    expect(written).toEqual([]);
    expect(state.pending).toBeNull();
    expect(state.lastTickAt).toBe(T0 + 9 * MIN);
  });

  it('credits at most two minutes after a long silence (sleep, browser closed)', () => {
    const first = run(minutes(1, T0, 'gaming'));
    const later = tickTimeOnline(first.state, { now: T0 + 20 * MIN, active: true, category: 'gaming' });
    // Both ticks are in the same hour: one minute, then two (capped) for the twenty silent ones.
    expect(later.state.pending?.ms).toBe(MIN + MAX_CREDIT_MS);
  });

  it('credits nothing when the clock moved backwards', () => {
    const first = run(minutes(2, T0, 'gaming'));
    const back = tickTimeOnline(first.state, { now: T0 - 30 * MIN, active: true, category: 'gaming' });
    expect(back.state.lastTickAt).toBe(T0 - 30 * MIN);
    // A different hour: what built up is written for its own hour.
    expect(back.write).toEqual([{ hour: toHour(T0), category: 'gaming', minutes: 2 }]);
    expect(back.state.pending).toBeNull();
  });

  it('writes the minutes of an hour under that hour when the next hour starts, even if idle by then', () => {
    const start = T0 + 57 * MIN;
    const { written, state } = run([
      ...minutes(3, start, 'gaming'),
      { now: T0 + 61 * MIN, active: false, category: null },
    ]);
    expect(written).toEqual([{ hour: toHour(T0), category: 'gaming', minutes: 3 }]);
    expect(state.pending).toBeNull();
  });

  it('never writes an event the log would refuse, and never more than 60 minutes in one', () => {
    const { written } = run(minutes(600, T0, 'gaming'));
    expect(written.reduce((sum, c) => sum + c.minutes, 0)).toBeGreaterThanOrEqual(595);
    for (const c of written) {
      const event = {
        v: 1,
        hour: c.hour,
        kind: 'time_online',
        category: c.category,
        detail: { minutes: c.minutes },
      };
      expect(logEventSchema.safeParse(event).success).toBe(true);
    }
  });

  it('drops under half a minute rather than rounding it up', () => {
    const half = tickTimeOnline(EMPTY_TIME_ONLINE, { now: T0, active: true, category: 'gaming' }, 20_000);
    expect(flushTimeOnline(half.state).write).toEqual([]);
  });
});

describe('categories and addresses', () => {
  it('counts a site under its first list category, or as uncategorized', () => {
    expect(categoryForTime(['social_media', 'gaming'])).toBe('social_media');
    expect(categoryForTime(['gaming', 'adult'])).toBe('adult');
    expect(categoryForTime([])).toBe(UNCATEGORIZED);
  });

  it('counts only websites, not the browser’s or extensions’ own pages', () => {
    expect(isWebsite('https://example.com/x')).toBe(true);
    expect(isWebsite('http://example.com/')).toBe(true);
    expect(isWebsite('chrome://newtab/')).toBe(false);
    expect(isWebsite('chrome-extension://abc/blocked.html')).toBe(false);
    expect(isWebsite(undefined)).toBe(false);
  });

  it('starts over from a corrupt stored state, and the stored state can hold no hostname', () => {
    expect(
      parseTimeOnlineState({ v: 1, lastTickAt: 5, pending: { hour: 1, category: 'www.site.com', ms: 1 } }),
    ).toEqual(EMPTY_TIME_ONLINE);
    expect(parseTimeOnlineState('junk')).toEqual(EMPTY_TIME_ONLINE);
    const good = { v: 1, lastTickAt: 5, pending: { hour: 1, category: 'gaming', ms: 1 } };
    expect(parseTimeOnlineState(good)).toEqual(good);
  });
});
