/** The IndexedDB event store, keeping and reading: retention, deleting all history, and skipping bad rows. */
import { describe, expect, it } from 'vitest';
import { fixedTzOffset } from '../../../lib/events';
import { ALL_HOURS, block, freshLog, HOUR, NOW_HOUR, writeDirectly } from './helpers';

describe('EventLog retention', () => {
  it('drops raw events older than the retention period but keeps roll-ups twice as long', async () => {
    const { log } = freshLog();
    const daysAgo = (n: number) => NOW_HOUR - n * 24;
    for (const n of [0, 29, 31, 45, 59, 61]) log.record(block(daysAgo(n)));
    await log.flush();
    expect(await log.getEvents(...ALL_HOURS)).toHaveLength(6);

    await log.prune(30);

    const hours = (await log.getEvents(...ALL_HOURS)).map((e) => (NOW_HOUR - e.hour) / 24);
    expect(hours).toEqual([29, 0]);
    const days = (await log.getRollups('2000-01-01', '2100-01-01')).map((r) => r.day);
    // The last 60 local days (2025-11-07 .. 2026-01-05) survive: the 30-day view and the period before it.
    expect(days).toEqual(['2025-11-07', '2025-11-21', '2025-12-05', '2025-12-07', '2026-01-05']);
  });

  it('uses a 30-day retention by default and honours shorter ones', async () => {
    const { log } = freshLog();
    for (const n of [0, 3, 8, 20, 40]) log.record(block(NOW_HOUR - n * 24));
    await log.flush();
    await log.prune();
    expect(await log.getEvents(...ALL_HOURS)).toHaveLength(4);
    await log.prune(7);
    expect((await log.getEvents(...ALL_HOURS)).map((e) => (NOW_HOUR - e.hour) / 24)).toEqual([3, 0]);
    expect((await log.getRollups('2000-01-01', '2100-01-01')).map((r) => r.day)).toEqual([
      '2025-12-28',
      '2026-01-02',
      '2026-01-05',
    ]);
    await expect(log.prune(0)).rejects.toThrow(RangeError);
  });

  it('prunes roll-ups by local day in the parent timezone', async () => {
    const { log, clock } = freshLog({ tzOffset: fixedTzOffset(300) });
    clock.set(Date.UTC(2026, 0, 5, 20)); // already Jan 6 in UTC+5
    log.record(block(Date.UTC(2026, 0, 5, 18) / HOUR)); // 23:00 local Jan 5
    log.record(block(Date.UTC(2026, 0, 4, 18) / HOUR)); // 23:00 local Jan 4
    await log.flush();
    await log.prune(1); // keep the last 2 local days: Jan 5 and Jan 6
    expect((await log.getRollups('2026-01-01', '2026-01-31')).map((r) => r.day)).toEqual(['2026-01-05']);
  });

  it('deletes all history, including events still queued', async () => {
    const { log, timer } = freshLog();
    log.record(block(NOW_HOUR));
    await log.flush();
    log.record(block(NOW_HOUR, 'gambling'));
    await log.clearAll();
    expect(log.pendingCount).toBe(0);
    expect(timer.armed).toEqual([]);
    expect(await log.flush()).toEqual({ ok: true, written: 0 });
    expect(await log.getEvents(...ALL_HOURS)).toEqual([]);
    expect(await log.getRollups('2000-01-01', '2100-01-01')).toEqual([]);
  });

  it('keeps events recorded after a clear was requested', async () => {
    const { log } = freshLog();
    log.record(block(NOW_HOUR));
    const flushing = log.flush();
    const clearing = log.clearAll();
    log.record(block(NOW_HOUR, 'dating'));
    void log.flush();
    await Promise.all([flushing, clearing]);
    await log.flush();
    expect((await log.getEvents(...ALL_HOURS)).map((e) => e.category)).toEqual(['dating']);
  });
});

describe('EventLog reading', () => {
  it('returns events and roll-ups within inclusive bounds', async () => {
    const { log } = freshLog();
    for (const d of [-2, -1, 0]) log.record(block(NOW_HOUR + d * 24));
    await log.flush();
    expect((await log.getEvents(NOW_HOUR - 24, NOW_HOUR)).map((e) => e.hour)).toEqual([
      NOW_HOUR - 24,
      NOW_HOUR,
    ]);
    expect((await log.getRollups('2026-01-03', '2026-01-04')).map((r) => r.day)).toEqual([
      '2026-01-03',
      '2026-01-04',
    ]);
    expect(await log.getRollups('2026-01-05', '2026-01-03')).toEqual([]);
  });

  it('skips corrupt or foreign rows instead of throwing', async () => {
    const { log, factory, dbName } = freshLog();
    log.record(block(NOW_HOUR));
    await log.flush();
    await log.close();
    await writeDirectly(factory, dbName, (raw, rollups) => {
      raw.add({ v: 1, hour: NOW_HOUR, kind: 'block', category: 'https://x', detail: { reason: 'category' } });
      raw.add({ v: 2, hour: NOW_HOUR, kind: 'visit', url: 'https://example.com' });
      raw.add({ hour: NOW_HOUR, note: 'left by an old build' });
      raw.add({ v: 1, hour: NOW_HOUR, kind: 'time_online', category: 'gaming', detail: { minutes: 999 } });
      rollups.put({ day: '2026-01-05', kind: 'block', category: 'Example.com', count: 3 });
      rollups.put({ day: '2026-01-05', kind: 'safe_search', category: 'google', count: -4 });
      rollups.put({ day: '2026-01-05', kind: 'chat_prompt', category: 'secrecy', count: 1 });
    });

    expect(await log.getEvents(...ALL_HOURS)).toEqual([block(NOW_HOUR)]);
    expect(await log.getRollups('2026-01-05', '2026-01-05')).toEqual([
      { day: '2026-01-05', kind: 'block', category: 'adult', count: 1 },
    ]);
  });

  it('replaces a corrupt roll-up row rather than adding to it', async () => {
    const { log, factory, dbName } = freshLog();
    await log.getEvents(0, 1); // creates the database
    await log.close();
    await writeDirectly(factory, dbName, (_raw, rollups) => {
      rollups.put({ day: '2026-01-05', kind: 'block', category: 'adult', count: 'many' });
    });
    log.record(block(NOW_HOUR));
    expect((await log.flush()).ok).toBe(true);
    expect(await log.getRollups('2026-01-05', '2026-01-05')).toEqual([
      { day: '2026-01-05', kind: 'block', category: 'adult', count: 1 },
    ]);
  });

  it('gives each test its own empty database', async () => {
    const { log } = freshLog();
    expect(await log.getEvents(...ALL_HOURS)).toEqual([]);
  });
});
