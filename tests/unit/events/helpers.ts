/**
 * Shared fixtures for the event-log tests: a timer the test fires by hand, a fresh in-memory IndexedDB per log,
 * and direct database access for planting corrupt rows.
 */
import { IDBFactory } from 'fake-indexeddb';
import { manualClock } from '../../../lib/clock';
import {
  type CategoryOf,
  type DetailOf,
  type EventKind,
  type EventLogOptions,
  type EventOfKind,
  EventLog,
  fixedTzOffset,
  makeEvent,
  type TimerLike,
} from '../../../lib/events';

export const HOUR = 3_600_000;
/** 2026-01-05 10:00 UTC, a Monday. */
export const NOW = Date.UTC(2026, 0, 5, 10, 0, 0);
export const NOW_HOUR = NOW / HOUR;
/** Every hour a stored event can have. */
export const ALL_HOURS: [number, number] = [0, 5_000_000];

export interface ManualTimer extends TimerLike {
  /** Delays of the timers currently armed. */
  readonly armed: number[];
  /** Runs every armed timer now. */
  fire(): void;
}

export function manualTimer(): ManualTimer {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let nextId = 1;
  return {
    set(fn, ms) {
      const id = nextId++;
      pending.set(id, { fn, ms });
      return id;
    },
    clear(handle) {
      pending.delete(handle as number);
    },
    get armed() {
      return [...pending.values()].map((p) => p.ms);
    },
    fire() {
      const due = [...pending.values()];
      pending.clear();
      for (const p of due) p.fn();
    },
  };
}

/** An event stamped at the given epoch hour. */
export function eventAt<K extends EventKind>(
  hour: number,
  kind: K,
  category: CategoryOf<K>,
  detail: DetailOf<K>,
): EventOfKind<K> {
  return makeEvent(kind, category, detail, manualClock(hour * HOUR));
}

export function block(hour: number, category = 'adult'): EventOfKind<'block'> {
  return eventAt(hour, 'block', category, { reason: 'category' });
}

export interface TestLog {
  log: EventLog;
  factory: IDBFactory;
  dbName: string;
  timer: ManualTimer;
  clock: ReturnType<typeof manualClock>;
}

let dbCounter = 0;

/** A log over a brand-new in-memory IndexedDB, UTC days, a manual clock at NOW and a manual timer. */
export function freshLog(options: EventLogOptions = {}): TestLog {
  const factory = new IDBFactory();
  const dbName = `hifazat-events-test-${++dbCounter}`;
  const timer = manualTimer();
  const clock = manualClock(NOW);
  const log = new EventLog(factory, dbName, { clock, timer, tzOffset: fixedTzOffset(0), ...options });
  return { log, factory, dbName, timer, clock };
}

/** Opens the test database directly (after the log has created it) and runs `write` in one transaction. */
export async function writeDirectly(
  factory: IDBFactory,
  dbName: string,
  write: (raw: IDBObjectStore, rollups: IDBObjectStore) => void,
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['events', 'rollups'], 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
    write(tx.objectStore('events'), tx.objectStore('rollups'));
  });
  db.close();
}
