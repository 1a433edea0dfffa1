/** How raw events become daily roll-up rows: the single definition of counting. */
import { describe, expect, it } from 'vitest';
import { dayOfHour, fixedTzOffset, parseRollupRow, rollUp, type TzOffsetFn } from '../../../lib/events';
import { block, eventAt, HOUR } from './helpers';

const utc = fixedTzOffset(0);
const h = (iso: string): number => Date.parse(iso) / HOUR;

describe('rollUp', () => {
  it('counts one per event, grouped by local day, kind and category', () => {
    const rows = rollUp(
      [
        block(h('2026-01-05T08:00:00Z')),
        block(h('2026-01-05T09:00:00Z')),
        block(h('2026-01-05T09:00:00Z'), 'gambling'),
        block(h('2026-01-06T01:00:00Z')),
        eventAt(h('2026-01-05T09:00:00Z'), 'safe_search', 'google', {}),
      ],
      utc,
    );
    expect(rows).toEqual([
      { day: '2026-01-05', kind: 'block', category: 'adult', count: 2 },
      { day: '2026-01-05', kind: 'block', category: 'gambling', count: 1 },
      { day: '2026-01-06', kind: 'block', category: 'adult', count: 1 },
      { day: '2026-01-05', kind: 'safe_search', category: 'google', count: 1 },
    ]);
  });

  it('adds the minutes of time_online events instead of counting them', () => {
    const hour = h('2026-01-05T12:00:00Z');
    const rows = rollUp(
      [
        eventAt(hour, 'time_online', 'gaming', { minutes: 45 }),
        eventAt(hour + 1, 'time_online', 'gaming', { minutes: 60 }),
        eventAt(hour, 'time_online', 'uncategorized', { minutes: 3 }),
      ],
      utc,
    );
    expect(rows).toEqual([
      { day: '2026-01-05', kind: 'time_online', category: 'gaming', count: 105 },
      { day: '2026-01-05', kind: 'time_online', category: 'uncategorized', count: 3 },
    ]);
  });

  it('keeps per-choice counts for chat prompts that add up to the count', () => {
    const hour = h('2026-01-05T12:00:00Z');
    const prompt = (choice: 'ok' | 'help' | 'dismissed') =>
      eventAt(hour, 'chat_prompt', 'secrecy', { site: 'whatsapp', level: 'elevated', choice });
    const [row, ...rest] = rollUp([prompt('ok'), prompt('ok'), prompt('help'), prompt('dismissed')], utc);
    expect(rest).toEqual([]);
    expect(row).toEqual({
      day: '2026-01-05',
      kind: 'chat_prompt',
      category: 'secrecy',
      count: 4,
      choices: { ok: 2, block_report: 0, help: 1, why: 0, dismissed: 1, none: 0 },
    });
    expect(parseRollupRow(row)).toEqual(row);
  });

  it('puts an evening hour on the next local day in a timezone east of UTC', () => {
    const pkt = fixedTzOffset(5 * 60); // Pakistan, UTC+5
    const rows = rollUp([block(h('2026-01-05T18:00:00Z')), block(h('2026-01-05T19:00:00Z'))], pkt);
    // 18:00Z is 23:00 local on the 5th; 19:00Z is 00:00 local on the 6th.
    expect(rows.map((r) => [r.day, r.count])).toEqual([
      ['2026-01-05', 1],
      ['2026-01-06', 1],
    ]);
  });

  it('puts an early-morning UTC hour on the previous local day in a timezone west of UTC', () => {
    const est = fixedTzOffset(-5 * 60);
    expect(dayOfHour(h('2026-01-06T04:00:00Z'), est)).toBe('2026-01-05');
    expect(dayOfHour(h('2026-01-06T05:00:00Z'), est)).toBe('2026-01-06');
  });

  it('asks the offset function about each event instant, so DST changes apply per event', () => {
    const seen: number[] = [];
    const dstAfterJan10: TzOffsetFn = (ms) => {
      seen.push(ms);
      return ms >= Date.UTC(2026, 0, 10) ? 60 : 0;
    };
    const rows = rollUp([block(h('2026-01-05T23:00:00Z')), block(h('2026-01-10T23:00:00Z'))], dstAfterJan10);
    expect(rows.map((r) => r.day)).toEqual(['2026-01-05', '2026-01-11']);
    expect(seen).toEqual([Date.parse('2026-01-05T23:00:00Z'), Date.parse('2026-01-10T23:00:00Z')]);
  });

  it('rejects roll-up rows with identifying categories or broken counts', () => {
    const ok = { day: '2026-01-05', kind: 'block', category: 'adult', count: 1 };
    expect(parseRollupRow(ok)).toEqual(ok);
    expect(parseRollupRow({ ...ok, category: 'example.com' })).toBeNull();
    expect(parseRollupRow({ ...ok, count: -1 })).toBeNull();
    expect(parseRollupRow({ ...ok, day: '2026-02-30' })).toBeNull();
    expect(parseRollupRow({ ...ok, kind: 'chat_prompt' })).toBeNull(); // chat prompts need choices
  });
});
