/**
 * "Which categories is this site in?" for the proxy checks (and later time online per category): a DomainLookup over
 * the seeds and every downloaded list, built when the lists change and kept as one buffer in IndexedDB, so a waking
 * service worker loads it in milliseconds instead of rebuilding it.
 */
import { CATEGORY_IDS, type CategoryId } from '../../lib/lists/categories';
import { categoriesInMask, categoryBit } from '../../lib/lists/categoryMask';
import { DomainLookup, DomainLookupBuilder } from '../../lib/lists/domainLookup';
import type { ListLibrary } from '../../lib/lists/listLibrary';
import { RecordStore } from '../../lib/storage/recordStore';
import type { PolicyRuntime } from './policyRuntime';

interface StoredLookup {
  key: string;
  buffer: ArrayBuffer;
}

export interface CategoryIndex {
  categoriesOf(host: string): Promise<CategoryId[]>;
}

export function createCategoryIndex(deps: { policy: PolicyRuntime; lists: ListLibrary }): CategoryIndex {
  const store = new RecordStore<StoredLookup>(indexedDB, 'hifazat-lookup');
  let cached: { key: string; lookup: DomainLookup } | null = null;
  let building: Promise<DomainLookup> | null = null;

  async function current(): Promise<DomainLookup> {
    const { policy } = await deps.policy.current();
    const subs = policy.listSubscriptions;
    const versions = await Promise.all(CATEGORY_IDS.map((c) => deps.lists.versionFor(c, subs)));
    const key = versions.join('|');
    if (cached?.key === key) return cached.lookup;
    building ??= (async () => {
      const stored = await store.get('lookup').catch(() => undefined);
      let lookup: DomainLookup | null = null;
      if (stored?.key === key) {
        try {
          lookup = DomainLookup.fromBuffer(stored.buffer);
        } catch {
          lookup = null; // corrupt: rebuild below
        }
      }
      if (!lookup) {
        const builder = new DomainLookupBuilder();
        for (const category of CATEGORY_IDS) {
          const bit = categoryBit(category);
          for (const domain of await deps.lists.domainsFor(category, subs)) builder.add(domain, bit);
        }
        lookup = builder.build();
        await store.put('lookup', { key, buffer: lookup.toBuffer() }).catch(() => undefined);
      }
      cached = { key, lookup };
      return lookup;
    })().finally(() => {
      building = null;
    });
    return building;
  }

  return {
    async categoriesOf(host) {
      return categoriesInMask((await current()).lookup(host));
    },
  };
}
