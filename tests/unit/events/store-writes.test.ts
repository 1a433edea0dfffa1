/** The IndexedDB event store, writing: batching into single transactions, and never losing events on failure. */
import { IDBDatabase as FakeIDBDatabase, IDBObjectStore as FakeIDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { LogEvent } from '../../../lib/events';
import { ALL_HOURS, block, eventAt, freshLog, NOW, NOW_HOUR } from './helpers';

function readwriteTransactions(): { count(): number } {
  const spy = vi.spyOn(FakeIDBDatabase.prototype, 'transaction');
  return { count: () => spy.mock.calls.filter((call) => call[1] === 'readwrite').length };
}

describe('EventLog batching', () => {
  it('writes many recorded events and their roll-ups in a single transaction', async () => {
    const { log } = freshLog({ batchSize: 1000 });
    await log.getEvents(0, 1); // open the database before counting
    const tx = readwriteTransactions();
    for (let i = 0; i < 120; i++) log.record(block(NOW_HOUR, i % 2 ? 'adult' : 'gambling'));
    expect(tx.count()).toBe(0);

    expect(await log.flush()).toEqual({ ok: true, written: 120 });
    expect(tx.count()).toBe(1);
    expect(await log.getEvents(...ALL_HOURS)).toHaveLength(120);
    expect(await log.getRollups('2026-01-05', '2026-01-05')).toEqual([
      { day: '2026-01-05', kind: 'block', category: 'adult', count: 60 },
      { day: '2026-01-05', kind: 'block', category: 'gambling', count: 60 },
    ]);
  });

  it('flushes on its own once 50 events are queued, without waiting for the timer', async () => {
    const { log, timer } = freshLog();
    for (let i = 0; i < 49; i++) log.record(block(NOW_HOUR));
    await new Promise((r) => setTimeout(r, 20));
    expect(log.pendingCount).toBe(49);
    expect(await log.getEvents(...ALL_HOURS)).toHaveLength(0);

    log.record(block(NOW_HOUR));
    await vi.waitFor(async () => expect(await log.getEvents(...ALL_HOURS)).toHaveLength(50));
    expect(log.pendingCount).toBe(0);
    expect(timer.armed).toEqual([]);
  });

  it('flushes a small batch when the delay timer fires', async () => {
    const { log, timer } = freshLog();
    log.record(block(NOW_HOUR));
    log.record(eventAt(NOW_HOUR, 'time_online', 'gaming', { minutes: 30 }));
    expect(timer.armed).toEqual([1000]); // one timer for the batch, not one per event
    await new Promise((r) => setTimeout(r, 20));
    expect(await log.getEvents(...ALL_HOURS)).toHaveLength(0);

    timer.fire();
    await vi.waitFor(async () => expect(await log.getEvents(...ALL_HOURS)).toHaveLength(2));
    expect(log.pendingCount).toBe(0);
  });

  it('adds to existing roll-up rows across flushes, counting time online in minutes', async () => {
    const { log } = freshLog();
    log.record(eventAt(NOW_HOUR, 'time_online', 'gaming', { minutes: 40 }));
    await log.flush();
    log.record(eventAt(NOW_HOUR + 1, 'time_online', 'gaming', { minutes: 15 }));
    log.record(eventAt(NOW_HOUR, 'chat_prompt', 'secrecy', { site: 'generic', level: 'low', choice: 'why' }));
    await log.flush();
    log.record(
      eventAt(NOW_HOUR, 'chat_prompt', 'secrecy', { site: 'discord', level: 'high', choice: 'help' }),
    );
    await log.flush();

    expect(await log.getRollups('2026-01-05', '2026-01-05')).toEqual([
      {
        day: '2026-01-05',
        kind: 'chat_prompt',
        category: 'secrecy',
        count: 2,
        choices: { ok: 0, block_report: 0, help: 1, why: 1, dismissed: 0, none: 0 },
      },
      { day: '2026-01-05', kind: 'time_online', category: 'gaming', count: 55 },
    ]);
  });

  it('rejects invalid events at record time without throwing', () => {
    const { log } = freshLog();
    const leaky = { ...block(NOW_HOUR), category: 'example.com' } as LogEvent;
    expect(log.record(leaky)).toBe(false);
    expect(log.log('block', 'https://x', { reason: 'category' })).toBe(false);
    expect(log.log('block', 'adult', { reason: 'proxy' })).toBe(true);
    expect(log.pendingCount).toBe(1);
  });

  it('stamps events logged through the log with its own clock', async () => {
    const { log, clock } = freshLog();
    clock.set(NOW + 90 * 60_000);
    log.log('safe_search', 'google', {});
    await log.flush();
    expect(await log.getEvents(...ALL_HOURS)).toEqual([
      { v: 1, hour: NOW_HOUR + 1, kind: 'safe_search', category: 'google', detail: {} },
    ]);
  });
});

describe('EventLog failures', () => {
  it('keeps queued events after a failed flush and writes them on the next try', async () => {
    const onError = vi.fn();
    const { log, timer } = freshLog({ onError });
    await log.getEvents(0, 1);
    vi.spyOn(FakeIDBDatabase.prototype, 'transaction').mockImplementationOnce(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    log.record(block(NOW_HOUR));
    log.record(block(NOW_HOUR));

    const failed = await log.flush();
    expect(failed.ok).toBe(false);
    expect(failed).toMatchObject({ pending: 2 });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(log.pendingCount).toBe(2);
    expect(timer.armed).toEqual([2000]); // retried later, with back-off
    expect(() => log.record(block(NOW_HOUR))).not.toThrow();

    timer.fire();
    await vi.waitFor(() => expect(log.pendingCount).toBe(0));
    expect(await log.getEvents(...ALL_HOURS)).toHaveLength(3);
    expect(await log.getRollups('2026-01-05', '2026-01-05')).toEqual([
      { day: '2026-01-05', kind: 'block', category: 'adult', count: 3 },
    ]);
  });

  it('writes neither raw events nor roll-ups when the transaction fails part-way', async () => {
    const { log } = freshLog();
    vi.spyOn(FakeIDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('broken', 'UnknownError');
    });
    log.record(block(NOW_HOUR));
    expect((await log.flush()).ok).toBe(false);
    expect(await log.getEvents(...ALL_HOURS)).toEqual([]);
    expect(await log.getRollups('2026-01-01', '2026-01-31')).toEqual([]);

    expect(await log.flush()).toEqual({ ok: true, written: 1 });
    expect(await log.getRollups('2026-01-01', '2026-01-31')).toEqual([
      { day: '2026-01-05', kind: 'block', category: 'adult', count: 1 },
    ]);
  });

  it('never throws into record when a size-triggered flush fails', async () => {
    const { log } = freshLog({ batchSize: 2 });
    await log.getEvents(0, 1);
    vi.spyOn(FakeIDBDatabase.prototype, 'transaction').mockImplementation(() => {
      throw new Error('database gone');
    });
    for (let i = 0; i < 5; i++) expect(log.record(block(NOW_HOUR))).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(log.pendingCount).toBe(5);
  });
});
