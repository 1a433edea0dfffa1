/**
 * The event log's storage: raw events (kept `retentionDays`) and daily roll-ups (kept twice as long, so a view
 * always has a previous period to compare with) in IndexedDB. Recording is cheap and never throws: events are
 * queued in memory and written in batches, one transaction per batch, and a failed write keeps them queued.
 */
import { type Clock, systemClock } from '../clock';
import { type Day, type TzOffsetFn, addDays, dayOfMs, isDay, localTzOffset } from './days';
import { EVENTS_DB_NAME, openEventsDb } from './idb';
import { deleteEverything, deleteOlderThan, readEvents, readRollups, writeBatch } from './persist';
import type { RollupRow } from './rollup';
import {
  type CategoryOf,
  type DetailOf,
  type EventKind,
  type LogEvent,
  makeEvent,
  parseEvent,
  toHour,
} from './schema';

export const DEFAULT_RETENTION_DAYS = 30;

/** setTimeout/clearTimeout, injectable so tests decide when the flush timer fires. */
export interface TimerLike {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const systemTimer: TimerLike = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface EventLogOptions {
  clock?: Clock;
  /** Decides which local day an event counts for. Default: the runtime's timezone. */
  tzOffset?: TzOffsetFn;
  timer?: TimerLike;
  /** Flush as soon as this many events are queued. Default 50. */
  batchSize?: number;
  /** Flush this long after the first queued event. Default 1000 ms. */
  flushDelayMs?: number;
  /** After failures the retry delay doubles up to this. Default 60 s. */
  maxRetryDelayMs?: number;
  /** Memory guard if IndexedDB stays broken: beyond this many queued events the oldest are dropped. Default 5000. */
  maxQueue?: number;
  /** Told about failed flushes (which are otherwise silent and retried). */
  onError?: (error: unknown) => void;
}

export type FlushResult = { ok: true; written: number } | { ok: false; error: unknown; pending: number };

export class EventLog {
  private readonly clock: Clock;
  private readonly tz: TzOffsetFn;
  private readonly timer: TimerLike;
  private readonly batchSize: number;
  private readonly flushDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly maxQueue: number;
  private readonly onError: ((error: unknown) => void) | undefined;

  private queue: LogEvent[] = [];
  private dbPromise: Promise<IDBDatabase> | null = null;
  /** Every write runs after the previous one, so flushes, prunes and clears never interleave. */
  private chain: Promise<unknown> = Promise.resolve();
  /** A flush that is queued on the chain but has not started; further flush requests share it. */
  private queuedFlush: Promise<FlushResult> | null = null;
  private timerArmed = false;
  private timerHandle: unknown = undefined;
  private failures = 0;
  /** Queued events currently being written by a running flush. */
  private inFlight = 0;
  /** clearAll calls waiting on the chain; flushes before them must not write events recorded after the call. */
  private clearsPending = 0;

  constructor(
    private readonly factory: IDBFactory,
    private readonly dbName: string = EVENTS_DB_NAME,
    options: EventLogOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.tz = options.tzOffset ?? localTzOffset;
    this.timer = options.timer ?? systemTimer;
    this.batchSize = Math.max(1, options.batchSize ?? 50);
    this.flushDelayMs = Math.max(0, options.flushDelayMs ?? 1000);
    this.maxRetryDelayMs = Math.max(this.flushDelayMs, options.maxRetryDelayMs ?? 60_000);
    this.maxQueue = Math.max(this.batchSize, options.maxQueue ?? 5000);
    this.onError = options.onError;
  }

  /** Events recorded but not yet written. */
  get pendingCount(): number {
    return this.queue.length;
  }

  /**
   * Queues an event for the next batched write. Never throws; returns false (and stores nothing) if the event
   * fails the schema.
   */
  record(event: LogEvent): boolean {
    const valid = parseEvent(event);
    if (!valid) return false;
    if (this.queue.length >= this.maxQueue) this.queue.shift();
    this.queue.push(valid);
    if (this.queue.length - this.inFlight >= this.batchSize) void this.flush();
    else this.arm(this.flushDelayMs);
    return true;
  }

  /** `record(makeEvent(kind, category, detail, clock))` with this log's clock; false when the event is invalid. */
  log<K extends EventKind>(kind: K, category: CategoryOf<K>, detail: DetailOf<K>): boolean {
    try {
      return this.record(makeEvent(kind, category, detail, this.clock));
    } catch {
      return false;
    }
  }

  /** Writes everything queued in one transaction. Never rejects; on failure the events stay queued. */
  flush(): Promise<FlushResult> {
    this.disarm();
    if (this.queuedFlush) return this.queuedFlush;
    const run = this.serial(() => {
      this.queuedFlush = null;
      return this.flushNow();
    });
    this.queuedFlush = run;
    return run;
  }

  /** Raw events with `fromHour <= hour <= toHour`, oldest first. Rows that fail the schema are skipped. */
  async getEvents(fromHour: number, toHour: number): Promise<LogEvent[]> {
    if (!(fromHour <= toHour)) return [];
    return readEvents(await this.db(), fromHour, toHour);
  }

  /** Roll-up rows for days `fromDay..toDay` inclusive. Rows that fail the schema are skipped. */
  async getRollups(fromDay: Day, toDay: Day): Promise<RollupRow[]> {
    if (!isDay(fromDay) || !isDay(toDay) || fromDay > toDay) return [];
    return readRollups(await this.db(), fromDay, toDay);
  }

  /**
   * Deletes raw events older than `retentionDays` (by hour) and roll-ups older than `2 × retentionDays` local
   * days, so `rangeForLastDays(retentionDays)` and the period before it stay complete.
   */
  prune(retentionDays: number = DEFAULT_RETENTION_DAYS): Promise<void> {
    if (!Number.isInteger(retentionDays) || retentionDays < 1) {
      return Promise.reject(new RangeError(`retentionDays must be a positive integer, got ${retentionDays}`));
    }
    const now = this.clock.now();
    const oldestHour = toHour(now) - retentionDays * 24;
    const oldestDay = addDays(dayOfMs(now, this.tz), -(2 * retentionDays - 1));
    return this.serial(async () => deleteOlderThan(await this.db(), oldestHour, oldestDay));
  }

  /** Deletes all history: queued events, raw events and roll-ups. */
  clearAll(): Promise<void> {
    this.queue = [];
    this.disarm();
    this.clearsPending++;
    return this.serial(async () => {
      try {
        await deleteEverything(await this.db());
      } finally {
        this.clearsPending--;
        // Events recorded after clearAll was called were held back; write them now.
        if (this.queue.length > 0) this.arm(this.flushDelayMs);
      }
    });
  }

  /** Flushes, then closes the connection (a later call reopens it). */
  async close(): Promise<FlushResult> {
    const result = await this.flush();
    await this.serial(async () => {
      const pending = this.dbPromise;
      this.dbPromise = null;
      if (pending) (await pending.catch(() => null))?.close();
    });
    return result;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private db(): Promise<IDBDatabase> {
    if (!this.dbPromise) {
      const opening = openEventsDb(this.factory, this.dbName, () => {
        if (this.dbPromise === opening) this.dbPromise = null;
      });
      this.dbPromise = opening;
      opening.catch(() => {
        if (this.dbPromise === opening) this.dbPromise = null;
      });
    }
    return this.dbPromise;
  }

  private async flushNow(): Promise<FlushResult> {
    const batch = this.queue.slice();
    if (batch.length === 0 || this.clearsPending > 0) return { ok: true, written: 0 };
    this.inFlight = batch.length;
    try {
      const db = await this.db();
      await writeBatch(db, batch, this.tz);
    } catch (error) {
      this.inFlight = 0;
      if (error instanceof Error && error.name === 'InvalidStateError') this.dbPromise = null; // connection gone
      this.failures++;
      this.arm(Math.min(this.flushDelayMs * 2 ** this.failures, this.maxRetryDelayMs));
      try {
        this.onError?.(error);
      } catch {
        // a faulty error handler must not break logging
      }
      return { ok: false, error, pending: this.queue.length };
    }
    this.failures = 0;
    this.inFlight = 0;
    const written = new Set(batch);
    this.queue = this.queue.filter((e) => !written.has(e));
    return { ok: true, written: batch.length };
  }

  private arm(ms: number): void {
    if (this.timerArmed) return;
    this.timerArmed = true;
    this.timerHandle = this.timer.set(() => {
      this.timerArmed = false;
      this.timerHandle = undefined;
      void this.flush();
    }, ms);
  }

  private disarm(): void {
    if (!this.timerArmed) return;
    this.timerArmed = false;
    this.timer.clear(this.timerHandle);
    this.timerHandle = undefined;
  }
}
