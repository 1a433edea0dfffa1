/**
 * What each event-log transaction does, on an open database: write a batch with its roll-up increments, read
 * ranges back (skipping rows that fail the schema), prune by age, and wipe. `EventLog` decides when these run.
 */
import type { Day, TzOffsetFn } from './days';
import {
  HOUR_INDEX,
  RAW_STORE,
  ROLLUP_STORE,
  deleteByIndexRange,
  getAllInRange,
  runTransaction,
} from './idb';
import { type RollupRow, mergeRollupRows, parseRollupRow, rollUp, rollupKey } from './rollup';
import { type LogEvent, parseEvent } from './schema';

/** Raw events and their roll-up increments in a single transaction: both are written or neither. */
export function writeBatch(db: IDBDatabase, batch: readonly LogEvent[], tz: TzOffsetFn): Promise<void> {
  const increments = rollUp(batch, tz);
  return runTransaction(db, [RAW_STORE, ROLLUP_STORE], 'readwrite', (tx, fail) => {
    const raw = tx.objectStore(RAW_STORE);
    for (const event of batch) raw.add(event);
    const rollups = tx.objectStore(ROLLUP_STORE);
    for (const increment of increments) {
      const req = rollups.get(rollupKey(increment));
      req.onsuccess = () => {
        try {
          // A corrupt or foreign row under this key is replaced rather than trusted.
          const existing = parseRollupRow(req.result);
          rollups.put(existing ? mergeRollupRows(existing, increment) : increment);
        } catch (err) {
          fail(err);
        }
      };
    }
  });
}

/** Raw events with `fromHour <= hour <= toHour`, oldest first; invalid rows skipped. */
export async function readEvents(db: IDBDatabase, fromHour: number, toHour: number): Promise<LogEvent[]> {
  const values = await getAllInRange(db, RAW_STORE, HOUR_INDEX, IDBKeyRange.bound(fromHour, toHour));
  return values.map(parseEvent).filter((e): e is LogEvent => e !== null);
}

/** Roll-up rows for `fromDay..toDay` inclusive, ordered by key; invalid rows skipped. */
export async function readRollups(db: IDBDatabase, fromDay: Day, toDay: Day): Promise<RollupRow[]> {
  // Compound keys sort by day first; an array sorts after every string, so [toDay, []] ends toDay's rows.
  const range = IDBKeyRange.bound([fromDay], [toDay, []]);
  const values = await getAllInRange(db, ROLLUP_STORE, null, range);
  return values.map(parseRollupRow).filter((r): r is RollupRow => r !== null);
}

/** Deletes raw events with `hour < oldestHour` and roll-ups with `day < oldestDay`. */
export function deleteOlderThan(db: IDBDatabase, oldestHour: number, oldestDay: Day): Promise<void> {
  return runTransaction(db, [RAW_STORE, ROLLUP_STORE], 'readwrite', (tx, fail) => {
    deleteByIndexRange(tx, RAW_STORE, HOUR_INDEX, IDBKeyRange.upperBound(oldestHour, true), fail);
    // Every key of a day before oldestDay sorts below [oldestDay]; keys of oldestDay itself sort above it.
    tx.objectStore(ROLLUP_STORE).delete(IDBKeyRange.upperBound([oldestDay], true));
  });
}

export function deleteEverything(db: IDBDatabase): Promise<void> {
  return runTransaction(db, [RAW_STORE, ROLLUP_STORE], 'readwrite', (tx) => {
    tx.objectStore(RAW_STORE).clear();
    tx.objectStore(ROLLUP_STORE).clear();
  });
}
