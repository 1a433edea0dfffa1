/**
 * Subscriptions: fetched when due, refused when garbage, and the last good copy kept on any failure; each source
 * keeps its count, last update and last error.
 */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../lib/clock';
import {
  ListLibrary,
  REFRESH_AFTER_MS,
  RETRY_AFTER_MS,
  type SourceStatus,
  type StoredList,
} from '../../../lib/lists/listLibrary';
import { SEED_LISTS } from '../../../lib/lists/seedLists';

const URL_A = 'https://lists.example/gambling.txt';

function setup(responses: (string | Error)[]) {
  const clock = manualClock();
  const records = new Map<string, StoredList>();
  let statuses: Record<string, SourceStatus> = {};
  const fetched: string[] = [];
  const library = new ListLibrary({
    clock,
    fetchText: async (url) => {
      fetched.push(url);
      const next = responses.shift();
      if (next === undefined) throw new Error('no response prepared');
      if (next instanceof Error) throw next;
      return next;
    },
    parse: (text) => {
      const lines = text.split('\n').filter(Boolean);
      const domains = lines.filter((l) => /^[a-z0-9.-]+\.[a-z]+$/.test(l));
      return { domains, garbage: text.includes('<html') || domains.length < lines.length / 2 };
    },
    pack: async (domains) => new TextEncoder().encode(domains.join('\n')),
    unpack: async (bytes) => new TextDecoder().decode(bytes).split('\n'),
    store: {
      get: async (k) => records.get(k),
      put: async (k, v) => void records.set(k, v),
      delete: async (k) => void records.delete(k),
      keys: async () => [...records.keys()],
    },
    statuses: { get: async () => statuses, set: async (v) => void (statuses = v) },
  });
  return { clock, library, records, fetched, statuses: () => statuses };
}

const subs = [{ url: URL_A, category: 'gambling' as const }];

describe('ListLibrary', () => {
  it('fetches a new subscription, stores it, and adds its domains to the seeds', async () => {
    const { library } = setup(['casino-one.example\ncasino-two.example\n']);
    expect(await library.sync(subs)).toBe(true);
    const domains = await library.domainsFor('gambling', subs);
    expect(domains).toEqual(expect.arrayContaining(['casino-one.example', ...SEED_LISTS.gambling]));
    const [status] = await library.statusList(subs);
    expect(status).toMatchObject({ count: 2, lastError: null });
  });

  it('keeps the last good copy when a later fetch fails or returns garbage', async () => {
    const { library, clock, statuses } = setup([
      'casino-one.example\n',
      new Error('timeout'),
      '<html><body>Error 500</body></html>',
    ]);
    await library.sync(subs);
    const version = await library.versionFor('gambling', subs);
    clock.advance(REFRESH_AFTER_MS);
    expect(await library.sync(subs)).toBe(false);
    expect(statuses()[URL_A]).toMatchObject({ lastError: 'timeout', count: 1 });
    clock.advance(RETRY_AFTER_MS);
    expect(await library.sync(subs)).toBe(false);
    expect(statuses()[URL_A]?.lastError).toBe('garbage');
    expect(await library.domainsFor('gambling', subs)).toContain('casino-one.example');
    expect(await library.versionFor('gambling', subs)).toBe(version);
  });

  it('does not fetch again before a day has passed, nor retry a failure within half an hour', async () => {
    const { library, clock, fetched } = setup([new Error('network'), 'casino-one.example\n']);
    await library.sync(subs);
    await library.sync(subs);
    expect(fetched).toHaveLength(1);
    clock.advance(RETRY_AFTER_MS);
    await library.sync(subs);
    await library.sync(subs);
    expect(fetched).toHaveLength(2);
  });

  it('forgets a list that is no longer subscribed', async () => {
    const { library, records } = setup(['casino-one.example\n']);
    await library.sync(subs);
    expect(await library.sync([])).toBe(true);
    expect(records.size).toBe(0);
    expect(await library.domainsFor('gambling', subs)).not.toContain('casino-one.example');
  });

  it('reports no change when a refetch brings the same list', async () => {
    const { library, clock } = setup(['casino-one.example\n', 'casino-one.example\n']);
    await library.sync(subs);
    clock.advance(REFRESH_AFTER_MS);
    expect(await library.sync(subs)).toBe(false);
  });
});
