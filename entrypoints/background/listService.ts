/**
 * Wires the list library to the browser: IndexedDB for the lists, storage.local for their status, fetch with a
 * timeout and size cap. Downloads happen only for subscriptions the parent or school added.
 */
import type { Clock } from '../../lib/clock';
import { fetchListText } from '../../lib/lists/fetchList';
import { ListLibrary, type StoredList } from '../../lib/lists/listLibrary';
import { listStatusItem } from '../../lib/lists/listItems';
import { packDomains, unpackDomains } from '../../lib/lists/packedList';
import { looksLikeGarbage, parseList } from '../../lib/lists/parseList';
import { RecordStore } from '../../lib/storage/recordStore';

export function createListLibrary(clock: Clock): ListLibrary {
  return new ListLibrary({
    clock,
    fetchText: (url) => fetchListText(url),
    parse: (text) => {
      const { domains, stats } = parseList(text);
      return { domains, garbage: looksLikeGarbage(stats) };
    },
    pack: packDomains,
    unpack: unpackDomains,
    store: new RecordStore<StoredList>(indexedDB, 'hifazat-lists'),
    statuses: { get: () => listStatusItem.getValue(), set: (v) => listStatusItem.setValue(v) },
  });
}
