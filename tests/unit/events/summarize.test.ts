/** The dashboard numbers: summaries over day ranges and the comparison with the previous period. */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../lib/clock';
import {
  compareWithPrevious,
  emptyChoiceCounts,
  fixedTzOffset,
  previousRange,
  rangeForLastDays,
  rollUp,
  type RollupRow,
  summarize,
} from '../../../lib/events';
import { eventAt, HOUR } from './helpers';

const row = (day: string, kind: Exclude<RollupRow['kind'], 'chat_prompt'>, category: string, count: number) =>
  ({ day, kind, category, count }) as RollupRow;

const chatRow = (day: string, category: string, choices: Partial<ReturnType<typeof emptyChoiceCounts>>) => {
  const all = { ...emptyChoiceCounts(), ...choices };
  const count = Object.values(all).reduce((a, b) => a + b, 0);
  return { day, kind: 'chat_prompt', category, count, choices: all } as RollupRow;
};

describe('summarize', () => {
  it('includes every day of the range in the series, with zeros for quiet days', () => {
    const s = summarize([row('2026-01-03', 'block', 'adult', 2)], { from: '2026-01-01', to: '2026-01-05' });
    expect(s.series.map((p) => p.day)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
      '2026-01-05',
    ]);
    expect(s.series.map((p) => p.totals.block)).toEqual([0, 0, 2, 0, 0]);
    expect(s.series[0]?.totals).toEqual({
      block: 0,
      safe_search: 0,
      chat_prompt: 0,
      chat_nudge: 0,
      access_request: 0,
      time_online: 0,
      protection_gap: 0,
      settings_repair: 0,
      pin_failure: 0,
      host_access: 0,
    });
  });

  it('totals per kind and per category, ignoring rows outside the range', () => {
    const rows = [
      row('2026-01-01', 'block', 'adult', 2),
      row('2026-01-02', 'block', 'adult', 3),
      row('2026-01-02', 'block', 'gambling', 1),
      row('2026-01-02', 'time_online', 'gaming', 95),
      row('2025-12-31', 'block', 'adult', 100),
      row('2026-01-03', 'block', 'adult', 100),
    ];
    const s = summarize(rows, { from: '2026-01-01', to: '2026-01-02' });
    expect(s.totals.block).toBe(6);
    expect(s.totals.time_online).toBe(95);
    expect(s.totals.safe_search).toBe(0);
    expect(s.byCategory.block).toEqual({ adult: 5, gambling: 1 });
    expect(s.byCategory.time_online).toEqual({ gaming: 95 });
    expect(s.byCategory.pin_failure).toEqual({});
  });

  it('sums chat prompt choices overall and per signal category', () => {
    const rows = [
      chatRow('2026-01-01', 'secrecy', { ok: 1, block_report: 2 }),
      chatRow('2026-01-02', 'secrecy', { help: 1 }),
      chatRow('2026-01-02', 'meetup', { dismissed: 3, why: 1 }),
    ];
    const s = summarize(rows, { from: '2026-01-01', to: '2026-01-02' });
    expect(s.totals.chat_prompt).toBe(8);
    expect(s.chatChoices).toEqual({ ok: 1, block_report: 2, help: 1, why: 1, dismissed: 3, none: 0 });
    expect(s.chatChoicesByCategory.secrecy).toEqual({
      ...emptyChoiceCounts(),
      ok: 1,
      block_report: 2,
      help: 1,
    });
    expect(s.chatChoicesByCategory.meetup).toEqual({ ...emptyChoiceCounts(), dismissed: 3, why: 1 });
  });

  it('treats category ids that look like object properties as ordinary categories', () => {
    const s = summarize(
      [row('2026-01-01', 'block', 'constructor', 2), row('2026-01-01', 'block', 'tostring', 1)],
      { from: '2026-01-01', to: '2026-01-01' },
    );
    expect(s.byCategory.block.constructor).toBe(2);
    expect(s.byCategory.block.tostring).toBe(1);
  });

  it('counts events on the local day of a non-UTC parent when built from raw events', () => {
    const pkt = fixedTzOffset(300);
    // 19:30 UTC on Jan 5 is 00:30 on Jan 6 in Pakistan.
    const late = eventAt(Date.UTC(2026, 0, 5, 19, 30) / HOUR, 'block', 'adult', { reason: 'schedule' });
    const early = eventAt(Date.UTC(2026, 0, 5, 18, 59) / HOUR, 'block', 'adult', { reason: 'schedule' });
    const s = summarize(rollUp([late, early], pkt), { from: '2026-01-05', to: '2026-01-06' });
    expect(s.series.map((p) => [p.day, p.totals.block])).toEqual([
      ['2026-01-05', 1],
      ['2026-01-06', 1],
    ]);
  });

  it('crosses month and leap-day boundaries', () => {
    const s = summarize([], { from: '2028-02-27', to: '2028-03-01' });
    expect(s.series.map((p) => p.day)).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('rejects reversed or malformed ranges', () => {
    expect(() => summarize([], { from: '2026-01-05', to: '2026-01-04' })).toThrow(RangeError);
    expect(() => summarize([], { from: '2026-1-5', to: '2026-01-05' })).toThrow(RangeError);
  });
});

describe('compareWithPrevious', () => {
  it('compares with the equally long period just before the range', () => {
    expect(previousRange({ from: '2026-01-08', to: '2026-01-14' })).toEqual({
      from: '2026-01-01',
      to: '2026-01-07',
    });
    const rows = [
      row('2026-01-03', 'block', 'adult', 4),
      row('2026-01-10', 'block', 'adult', 6),
      row('2026-01-10', 'block', 'gambling', 2),
      row('2026-01-02', 'block', 'dating', 1),
      row('2025-12-31', 'block', 'adult', 50), // before the previous period
    ];
    const c = compareWithPrevious(rows, { from: '2026-01-08', to: '2026-01-14' });
    expect(c.previous.range).toEqual({ from: '2026-01-01', to: '2026-01-07' });
    expect(c.previous.series).toHaveLength(7);
    expect(c.change.totals.block).toEqual({ current: 8, previous: 5, absolute: 3, percent: 60 });
    expect(c.change.byCategory.block.adult).toEqual({ current: 6, previous: 4, absolute: 2, percent: 50 });
    expect(c.change.byCategory.block.dating).toEqual({
      current: 0,
      previous: 1,
      absolute: -1,
      percent: -100,
    });
  });

  it('reports a null percent when the previous period had nothing', () => {
    const c = compareWithPrevious([row('2026-01-10', 'block', 'gambling', 2)], {
      from: '2026-01-08',
      to: '2026-01-14',
    });
    expect(c.change.byCategory.block.gambling).toEqual({
      current: 2,
      previous: 0,
      absolute: 2,
      percent: null,
    });
    expect(c.change.totals.safe_search).toEqual({ current: 0, previous: 0, absolute: 0, percent: null });
  });

  it('compares chat prompt choices', () => {
    const c = compareWithPrevious(
      [chatRow('2026-01-01', 'secrecy', { ok: 2 }), chatRow('2026-01-02', 'secrecy', { ok: 1, help: 1 })],
      { from: '2026-01-02', to: '2026-01-02' },
    );
    expect(c.change.chatChoices.ok).toEqual({ current: 1, previous: 2, absolute: -1, percent: -50 });
    expect(c.change.chatChoices.help).toEqual({ current: 1, previous: 0, absolute: 1, percent: null });
  });
});

describe('rangeForLastDays', () => {
  it('ends today and spans n local days', () => {
    const clock = manualClock(Date.UTC(2026, 0, 5, 10));
    expect(rangeForLastDays(7, clock, fixedTzOffset(0))).toEqual({ from: '2025-12-30', to: '2026-01-05' });
    expect(rangeForLastDays(1, clock, fixedTzOffset(0))).toEqual({ from: '2026-01-05', to: '2026-01-05' });
  });

  it('uses the local date, which can differ from the UTC date', () => {
    const clock = manualClock(Date.UTC(2026, 0, 5, 20)); // 01:00 on Jan 6 in UTC+5
    expect(rangeForLastDays(30, clock, fixedTzOffset(300))).toEqual({ from: '2025-12-08', to: '2026-01-06' });
  });

  it('rejects a non-positive day count', () => {
    expect(() => rangeForLastDays(0, manualClock())).toThrow(RangeError);
  });
});
