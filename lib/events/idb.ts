/**
 * A small typed layer over the plain IndexedDB API for the event log: opening/upgrading the database and
 * turning requests and transactions into promises. No library, so the extension stays small and auditable.
 */

export const EVENTS_DB_NAME = 'hifazat-events';
export const EVENTS_DB_VERSION = 1;
/** Raw events; out-of-line auto-increment keys so stored values are exactly the validated event. */
export const RAW_STORE = 'events';
/** Index on `hour` in the raw store. */
export const HOUR_INDEX = 'by_hour';
/** Daily roll-ups, keyed by `[day, kind, category]`. */
export const ROLLUP_STORE = 'rollups';

export type StoreName = typeof RAW_STORE | typeof ROLLUP_STORE;

function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const raw = db.createObjectStore(RAW_STORE, { autoIncrement: true });
    raw.createIndex(HOUR_INDEX, 'hour', { unique: false });
    db.createObjectStore(ROLLUP_STORE, { keyPath: ['day', 'kind', 'category'] });
  }
}

/**
 * Opens (creating or upgrading if needed) the events database. The connection closes itself when another
 * context wants to upgrade, and `onGone` is told so the caller can reopen next time.
 */
export function openEventsDb(factory: IDBFactory, name: string, onGone: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(name, EVENTS_DB_VERSION);
    } catch (err) {
      reject(err);
      return;
    }
    req.onupgradeneeded = (ev) => upgrade(req.result, ev.oldVersion);
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => {
        db.close();
        onGone();
      };
      db.onclose = () => onGone();
      resolve(db);
    };
    // `onblocked` is not an error: the open completes once older connections close (they do on versionchange).
    req.onerror = () => reject(req.error ?? new Error(`could not open ${name}`));
  });
}

/**
 * Runs `body` in one transaction and resolves when it commits, rejecting if it aborts. `body` queues its
 * requests synchronously (or from request callbacks); if it throws, the transaction is aborted.
 */
export function runTransaction(
  db: IDBDatabase,
  stores: StoreName[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction, fail: (err: unknown) => void) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode);
    let failure: unknown = null;
    const fail = (err: unknown): void => {
      failure ??= err;
      try {
        tx.abort();
      } catch {
        // already finished or aborting
      }
    };
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failure ?? tx.error ?? new Error('IndexedDB transaction aborted'));
    try {
      body(tx, fail);
    } catch (err) {
      fail(err);
    }
  });
}

/** Deletes every record in `index` whose key is in `range`, inside `tx`. */
export function deleteByIndexRange(
  tx: IDBTransaction,
  store: StoreName,
  index: string | null,
  range: IDBKeyRange,
  fail: (err: unknown) => void,
): void {
  const os = tx.objectStore(store);
  const source = index === null ? os : os.index(index);
  const cursorReq = source.openCursor(range);
  cursorReq.onsuccess = () => {
    try {
      const cursor = cursorReq.result;
      if (!cursor) return;
      cursor.delete();
      cursor.continue();
    } catch (err) {
      fail(err);
    }
  };
}

/** Reads every value in `range` of `index` (or of the store itself when `index` is null). */
export function getAllInRange(
  db: IDBDatabase,
  store: StoreName,
  index: string | null,
  range: IDBKeyRange,
): Promise<unknown[]> {
  let result: unknown[] = [];
  return runTransaction(db, [store], 'readonly', (tx, fail) => {
    const os = tx.objectStore(store);
    const req = (index === null ? os : os.index(index)).getAll(range);
    req.onsuccess = () => {
      result = req.result as unknown[];
    };
    req.onerror = () => fail(req.error);
  }).then(() => result);
}
