/**
 * The downloaded category lists: fetch on schedule, parse, refuse garbage, store compactly, and answer "which
 * domains does this category hold" for the rule compiler. A failed or garbage fetch never replaces the last good
 * copy; each source keeps its count, last update and last error for the dashboard.
 */
import type { Clock } from '../clock';
import type { CategoryId } from './categories';
import { SEED_LISTS, SEED_VERSION } from './seedLists';

export interface Subscription {
  url: string;
  category: CategoryId;
}

export interface StoredList {
  url: string;
  category: CategoryId;
  packed: Uint8Array;
  count: number;
  hash: string;
  fetchedAt: number;
}

export interface SourceStatus {
  url: string;
  category: CategoryId;
  count: number;
  lastUpdate: number | null;
  lastAttempt: number | null;
  /** A short code: timeout, too_large, http_404, network, garbage, empty. */
  lastError: string | null;
  hash: string | null;
}

export interface ParsedList {
  domains: string[];
  garbage: boolean;
}

export interface ListLibraryDeps {
  clock: Clock;
  fetchText(url: string): Promise<string>;
  parse(text: string): ParsedList;
  pack(domains: string[]): Promise<Uint8Array>;
  unpack(bytes: Uint8Array): Promise<string[]>;
  store: {
    get(key: string): Promise<StoredList | undefined>;
    put(key: string, value: StoredList): Promise<void>;
    delete(key: string): Promise<void>;
    keys(): Promise<string[]>;
  };
  statuses: {
    get(): Promise<Record<string, SourceStatus>>;
    set(value: Record<string, SourceStatus>): Promise<void>;
  };
}

/** Lists are fetched again after this long. */
export const REFRESH_AFTER_MS = 24 * 3_600_000;
/** After a failure, wait this long before trying the same source again. */
export const RETRY_AFTER_MS = 30 * 60_000;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as unknown as ArrayBuffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class ListLibrary {
  constructor(private readonly deps: ListLibraryDeps) {}

  /** Due for a fetch: forced, never fetched, or stale; a source that just failed waits before a retry. */
  private due(sub: Subscription, status: SourceStatus | undefined, force: boolean): boolean {
    if (force || !status) return true;
    const now = this.deps.clock.now();
    if (status.lastError && status.lastAttempt !== null && now - status.lastAttempt < RETRY_AFTER_MS)
      return false;
    if (status.lastUpdate === null) return true;
    return now - status.lastUpdate >= REFRESH_AFTER_MS || status.category !== sub.category;
  }

  /**
   * Fetches what is due, keeps the last good copy on any failure, and forgets lists no longer subscribed.
   * Returns true when some category's domains changed (the rules need recompiling).
   */
  async sync(subscriptions: readonly Subscription[], force = false): Promise<boolean> {
    const statuses = { ...(await this.deps.statuses.get()) };
    let changed = false;
    const wanted = new Set(subscriptions.map((s) => s.url));
    for (const url of Object.keys(statuses)) {
      if (!wanted.has(url)) {
        delete statuses[url];
        changed = true;
      }
    }
    for (const key of await this.deps.store.keys()) {
      if (!wanted.has(key)) await this.deps.store.delete(key);
    }
    for (const sub of subscriptions) {
      const previous = statuses[sub.url];
      if (!this.due(sub, previous, force)) continue;
      const now = this.deps.clock.now();
      const base: SourceStatus = previous ?? {
        url: sub.url,
        category: sub.category,
        count: 0,
        lastUpdate: null,
        lastAttempt: null,
        lastError: null,
        hash: null,
      };
      try {
        const text = await this.deps.fetchText(sub.url);
        const parsed = this.deps.parse(text);
        if (parsed.garbage) throw new Error('garbage');
        if (parsed.domains.length === 0) throw new Error('empty');
        const packed = await this.deps.pack(parsed.domains);
        const hash = await sha256Hex(packed);
        // Also when the stored copy is gone (corrupt, or evicted): same content, but it must be stored again.
        const missing = !(await this.deps.store.get(sub.url).catch(() => undefined));
        if (hash !== base.hash || sub.category !== base.category || missing) {
          await this.deps.store.put(sub.url, {
            url: sub.url,
            category: sub.category,
            packed,
            count: parsed.domains.length,
            hash,
            fetchedAt: now,
          });
          changed = true;
        }
        statuses[sub.url] = {
          ...base,
          category: sub.category,
          count: parsed.domains.length,
          lastUpdate: now,
          lastAttempt: now,
          lastError: null,
          hash,
        };
      } catch (err) {
        const code = (err as { code?: string }).code ?? (err as Error).message ?? 'error';
        statuses[sub.url] = { ...base, lastAttempt: now, lastError: code.slice(0, 40) };
      }
    }
    await this.deps.statuses.set(statuses);
    return changed;
  }

  async statusList(subscriptions: readonly Subscription[]): Promise<SourceStatus[]> {
    const statuses = await this.deps.statuses.get();
    return subscriptions.map(
      (s) =>
        statuses[s.url] ?? {
          url: s.url,
          category: s.category,
          count: 0,
          lastUpdate: null,
          lastAttempt: null,
          lastError: null,
          hash: null,
        },
    );
  }

  /** Changes whenever the domains of `category` change: seed version plus the hashes of its stored lists. */
  async versionFor(category: CategoryId, subscriptions: readonly Subscription[]): Promise<string> {
    const statuses = await this.deps.statuses.get();
    const hashes = subscriptions
      .filter((s) => s.category === category)
      .map((s) => statuses[s.url]?.hash ?? '-')
      .sort();
    return [`seed${SEED_VERSION}`, ...hashes].join(',');
  }

  /** Seeds plus every stored list of the category, deduplicated. */
  async domainsFor(category: CategoryId, subscriptions: readonly Subscription[]): Promise<string[]> {
    const all = new Set<string>(SEED_LISTS[category]);
    for (const sub of subscriptions) {
      if (sub.category !== category) continue;
      // A storage error or a corrupt copy counts as missing (seeds and other lists still apply); the next sync
      // stores it again, and forgetting its hash makes this category's rule rebuild then.
      const stored = await this.deps.store.get(sub.url).catch(() => undefined);
      if (!stored || stored.category !== category) continue;
      try {
        for (const domain of await this.deps.unpack(stored.packed)) all.add(domain);
      } catch {
        await this.deps.store.delete(sub.url).catch(() => undefined);
        const statuses = await this.deps.statuses.get();
        const status = statuses[sub.url];
        if (status) {
          await this.deps.statuses.set({
            ...statuses,
            [sub.url]: { ...status, hash: null, lastUpdate: null },
          });
        }
      }
    }
    return [...all];
  }
}
