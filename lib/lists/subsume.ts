/**
 * The last step of every list: drop duplicates, drop entries that are public suffixes (see publicSuffix.ts) before
 * they can swallow the real entries under them, drop subdomains a listed parent already covers (a request-domain
 * rule for `b.com` also matches `a.b.com`), and sort. Works on a DomainBytes, because `Set<string>` and string
 * sorting cost more than parsing at list scale: the radix sort finds duplicates on the way, and a small hash table
 * holds only the parent domains that some entry asks about (hashed right to left, no substrings).
 */
import { murmurFinalize } from './hashMix';
import { DomainBytes } from './domainBytes';
import { isIcannPublicSuffix } from './publicSuffix';
import { sortDomainIndices } from './sortDomainBytes';

export interface SubsumedDomains {
  /** Sorted (UTF-16 code unit order), without duplicates, public suffixes or covered subdomains. */
  domains: string[];
  duplicates: number;
  publicSuffixes: number;
  subsumed: number;
}

const UNKNOWN = 0;
const PUBLIC_SUFFIX = 1;
const NOT_PUBLIC_SUFFIX = 2;

/** Convenience for merging lists of normalized domains. */
export function subsumeDomains(domains: Iterable<string>): SubsumedDomains {
  return subsumeDomainBytes(DomainBytes.fromStrings(domains));
}

export function subsumeDomainBytes(store: DomainBytes): SubsumedDomains {
  const { count, dots } = store;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const duplicate = new Uint8Array(count);
  sortDomainIndices(store, order, duplicate);

  let wanted = 0;
  for (let entry = 0; entry < count; entry++) {
    const entryDots = dots[entry] ?? 0;
    if (entryDots >= 2 && duplicate[entry] === 0) wanted += entryDots - 1;
  }
  const parents = new ParentTable(store, wanted);
  if (wanted > 0) {
    for (let entry = 0; entry < count; entry++) {
      if ((dots[entry] ?? 0) >= 2 && duplicate[entry] === 0) parents.want(entry);
    }
    for (let entry = 0; entry < count; entry++) if (duplicate[entry] === 0) parents.markIfWanted(entry);
  }

  // Decide per entry in storage order (sequential memory), then emit the survivors in sorted order.
  const publicSuffixState = new Uint8Array(count);
  const isPublicSuffix = (entry: number, domain: string): boolean => {
    if (publicSuffixState[entry] === UNKNOWN) {
      publicSuffixState[entry] = isIcannPublicSuffix(domain) ? PUBLIC_SUFFIX : NOT_PUBLIC_SUFFIX;
    }
    return publicSuffixState[entry] === PUBLIC_SUFFIX;
  };
  const coversChildren = (parent: number): boolean => !isPublicSuffix(parent, store.domainAt(parent));
  const survivors = new Array<string | undefined>(count).fill(undefined);
  let duplicates = 0;
  let publicSuffixes = 0;
  let subsumed = 0;
  for (let entry = 0; entry < count; entry++) {
    if (duplicate[entry] === 1) {
      duplicates++;
    } else if ((dots[entry] ?? 0) >= 2 && parents.hasListedParent(entry, coversChildren)) {
      subsumed++;
    } else {
      const domain = store.domainAt(entry);
      if (isPublicSuffix(entry, domain)) publicSuffixes++;
      else survivors[entry] = domain;
    }
  }
  const domains = new Array<string>(count - duplicates - publicSuffixes - subsumed);
  let written = 0;
  for (let i = 0; i < count; i++) {
    const domain = survivors[order[i] ?? 0];
    if (domain !== undefined) domains[written++] = domain;
  }
  return { domains, duplicates, publicSuffixes, subsumed };
}

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;
const SLOT_INTS = 4; // hash, entry + 1 (0 = empty), suffix length, listed entry + 1 (0 = not listed)
const FILTER_MAX_BITS = 25; // 4 MB

/**
 * The parent domains entries could be covered by, each held as "the last `length` bytes of `entry`", and whether
 * a list entry equals it. Probed by FNV-1a hashes of suffixes read right to left (with a murmur3 finish).
 */
class ParentTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** One bit per hash prefix of the wanted parents: most entries are nobody's parent and stop here (in cache). */
  private readonly filter: Uint32Array;
  private readonly filterShift: number;

  constructor(
    private readonly store: DomainBytes,
    expected: number,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * SLOT_INTS);
    this.mask = capacity - 1;
    const filterBits = Math.min(FILTER_MAX_BITS, Math.max(5, Math.ceil(Math.log2(capacity * 8))));
    this.filter = new Uint32Array(2 ** (filterBits - 5));
    this.filterShift = 32 - filterBits;
  }

  /** Records every parent of `entry` with two labels or more (the bare top-level label never counts). */
  want(entry: number): void {
    const { bytes, offsets, lengths } = this.store;
    const end = (offsets[entry] ?? 0) + (lengths[entry] ?? 0);
    const start = offsets[entry] ?? 0;
    let state = HASH_SEED;
    let dotsSeen = 0;
    for (let i = end - 1; i > start; i--) {
      const c = bytes[i] ?? 0;
      if (c === 46 && dotsSeen++ > 0) this.insert(finishHash(state), entry, end - i - 1);
      state = Math.imul(state ^ c, HASH_PRIME);
    }
  }

  /** Marks the wanted parent equal to `entry`, if any, as listed. */
  markIfWanted(entry: number): void {
    const length = this.store.lengths[entry] ?? 0;
    const hash = hashSuffix(this.store, entry, length);
    const bit = hash >>> this.filterShift;
    if (((this.filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return;
    const slot = this.find(hash, entry, length);
    if (slot >= 0) this.slots[slot * SLOT_INTS + 3] = entry + 1;
  }

  /** Whether a listed parent of `entry` covers it (`covers` says no for public suffixes). Shortest first. */
  hasListedParent(entry: number, covers: (parent: number) => boolean): boolean {
    const { bytes, offsets, lengths } = this.store;
    const start = offsets[entry] ?? 0;
    const end = start + (lengths[entry] ?? 0);
    let state = HASH_SEED;
    let dotsSeen = 0;
    for (let i = end - 1; i > start; i--) {
      const c = bytes[i] ?? 0;
      if (c === 46 && dotsSeen++ > 0) {
        const slot = this.find(finishHash(state), entry, end - i - 1);
        const listed = slot < 0 ? 0 : (this.slots[slot * SLOT_INTS + 3] ?? 0);
        if (listed > 0 && covers(listed - 1)) return true;
      }
      state = Math.imul(state ^ c, HASH_PRIME);
    }
    return false;
  }

  private insert(hash: number, entry: number, length: number): void {
    const { slots } = this;
    let slot = hash & this.mask;
    for (;;) {
      const base = slot * SLOT_INTS;
      const holder = slots[base + 1] ?? 0;
      if (holder === 0) {
        slots[base] = hash;
        slots[base + 1] = entry + 1;
        slots[base + 2] = length;
        const bit = hash >>> this.filterShift;
        this.filter[bit >>> 5] = (this.filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
        return;
      }
      if (
        slots[base] === hash &&
        slots[base + 2] === length &&
        this.store.equalSuffixes(holder - 1, entry, length)
      ) {
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The slot holding the last `length` bytes of `entry`, or -1. */
  private find(hash: number, entry: number, length: number): number {
    const { slots } = this;
    let slot = hash & this.mask;
    for (;;) {
      const base = slot * SLOT_INTS;
      const holder = slots[base + 1] ?? 0;
      if (holder === 0) return -1;
      if (
        slots[base] === hash &&
        slots[base + 2] === length &&
        this.store.equalSuffixes(holder - 1, entry, length)
      ) {
        return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

function hashSuffix(store: DomainBytes, entry: number, length: number): number {
  const { bytes } = store;
  const end = (store.offsets[entry] ?? 0) + (store.lengths[entry] ?? 0);
  let state = HASH_SEED;
  for (let i = end - 1; i >= end - length; i--) state = Math.imul(state ^ (bytes[i] ?? 0), HASH_PRIME);
  return finishHash(state);
}

/** The shared finalizer, as a signed 32-bit integer (the form Int32Array stores). */
function finishHash(state: number): number {
  return murmurFinalize(state) | 0;
}
