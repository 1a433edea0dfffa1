/**
 * A minimal promise wrapper over one IndexedDB object store, for records too large for storage.local (downloaded
 * category lists, the lookup buffer). Keys are strings; values are structured-cloneable records.
 */
export class RecordStore<T> {
  private db: Promise<IDBDatabase> | null = null;

  constructor(
    private readonly factory: IDBFactory,
    private readonly dbName: string,
    private readonly storeName = 'records',
  ) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = this.factory.open(this.dbName, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(this.storeName);
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => {
          db.close();
          this.db = null;
        };
        resolve(db);
      };
      req.onerror = () => {
        this.db = null;
        reject(req.error ?? new Error(`could not open ${this.dbName}`));
      };
    });
    return this.db;
  }

  private async run<R>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<R>): Promise<R> {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(this.storeName, mode);
      const req = body(tx.objectStore(this.storeName));
      tx.oncomplete = () => resolve(req.result);
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  }

  get(key: string): Promise<T | undefined> {
    return this.run('readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
  }

  async put(key: string, value: T): Promise<void> {
    await this.run('readwrite', (s) => s.put(value, key));
  }

  async delete(key: string): Promise<void> {
    await this.run('readwrite', (s) => s.delete(key));
  }

  keys(): Promise<string[]> {
    return this.run('readonly', (s) => s.getAllKeys() as IDBRequest<string[]>);
  }

  async clear(): Promise<void> {
    await this.run('readwrite', (s) => s.clear());
  }
}
