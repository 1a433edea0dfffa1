/**
 * Sorting two million domains with `Array.prototype.sort` takes seconds (a runtime string comparison per step,
 * strings scattered over the heap). This sorts indices into a DomainBytes instead, as an MSD radix sort whose
 * digits are six characters: the next six characters of each domain become one 32-bit key, keys are radix-sorted
 * (or natively sorted for small runs), and only runs sharing those characters go on to the next six. Equal domains
 * end up in runs of their own, so duplicates are found on the way at no extra cost. The order is the default
 * string sort's (UTF-16 code units), so results compare equal to `[...domains].sort()`.
 */
import type { DomainBytes } from './domainBytes';

/** Character ranks in code-unit order; 0 means "the domain has ended", which sorts first. */
const RANK = (() => {
  const table = new Uint8Array(256);
  let rank = 1;
  for (let c = 1; c < 128; c++) {
    if (c === 45 || c === 46 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122)) table[c] = rank++;
  }
  return table;
})();
const RADIX = 39; // 38 domain characters + end
/** Characters per digit: 39^6 < 2^32, so a digit is one unsigned 32-bit key. */
const KEY_CHARS = 6;
/** Up to this size a run is insertion-sorted byte by byte. */
const SMALL_RUN = 24;
/** Above this size a run is radix-sorted by key; below, key and position are packed into one number and sorted. */
const RADIX_RUN = 4096;

/**
 * Sorts `indices` (entries of `store`) by their domains, in place. When `duplicates` is given, every entry equal
 * to one before it in the result gets `duplicates[entry] = 1`.
 */
export function sortDomainIndices(
  store: DomainBytes,
  indices: Uint32Array,
  duplicates?: Uint8Array,
): Uint32Array {
  new DomainSorter(store, indices, duplicates ?? null).sortAll();
  return indices;
}

class DomainSorter {
  private readonly keys: Uint32Array;
  private readonly spareKeys: Uint32Array;
  private readonly spareIndices: Uint32Array;
  private readonly packed = new Float64Array(RADIX_RUN);
  private readonly counts = new Uint32Array(256);

  constructor(
    private readonly store: DomainBytes,
    private readonly indices: Uint32Array,
    private readonly duplicates: Uint8Array | null,
  ) {
    this.keys = new Uint32Array(indices.length);
    this.spareKeys = new Uint32Array(indices.length);
    this.spareIndices = new Uint32Array(indices.length);
  }

  /**
   * The first level reads both six-character digits of every entry while the memory is read in order, and
   * carries the second digit through the first sort, so the second level needs no scattered reads.
   */
  sortAll(): void {
    const n = this.indices.length;
    if (n <= RADIX_RUN) {
      this.sortRun(0, n, 0);
      return;
    }
    const { keys } = this;
    const secondKeys = new Uint32Array(n);
    this.computeKeys(0, n, KEY_CHARS);
    secondKeys.set(keys);
    this.computeKeys(0, n, 0);
    this.radixSort(0, n, secondKeys, new Uint32Array(n));
    let groupStart = 0;
    for (let i = 1; i <= n; i++) {
      if (i < n && keys[i] === keys[groupStart]) continue;
      if (i - groupStart > 1) {
        if ((keys[groupStart] ?? 0) % RADIX === 0) {
          this.markDuplicates(groupStart + 1, i);
        } else {
          // keys[groupStart, i) is done with: reuse it for the carried second digit and sort on that.
          keys.set(secondKeys.subarray(groupStart, i), groupStart);
          this.sortByKeysThenRecurse(groupStart, i, KEY_CHARS);
        }
      }
      groupStart = i;
    }
  }

  /** Sorts indices[lo, hi), whose domains all share their first `depth` characters. */
  sortRun(lo: number, hi: number, depth: number): void {
    const n = hi - lo;
    if (n < 2) return;
    if (n <= SMALL_RUN) {
      this.insertionSort(lo, hi, depth);
      return;
    }
    this.computeKeys(lo, hi, depth);
    this.sortByKeysThenRecurse(lo, hi, depth);
  }

  /** With keys[lo, hi) holding the digit at `depth`, orders the run by it and each tie run by what follows. */
  private sortByKeysThenRecurse(lo: number, hi: number, depth: number): void {
    if (hi - lo > RADIX_RUN) this.radixSort(lo, hi, null, null);
    else this.packedSort(lo, hi);
    const { keys } = this;
    let groupStart = lo;
    for (let i = lo + 1; i <= hi; i++) {
      if (i < hi && keys[i] === keys[groupStart]) continue;
      if (i - groupStart > 1) {
        // All ended within these characters: the run is one domain repeated. Otherwise order by what follows
        // (the recursion reuses keys[groupStart, i), which this loop has read already).
        if ((keys[groupStart] ?? 0) % RADIX === 0) this.markDuplicates(groupStart + 1, i);
        else this.sortRun(groupStart, i, depth + KEY_CHARS);
      }
      groupStart = i;
    }
  }

  /** keys[i] = ranks of characters depth..depth+5 of entry indices[i], as a base-39 number. */
  private computeKeys(lo: number, hi: number, depth: number): void {
    const { bytes, offsets, lengths } = this.store;
    const { indices, keys } = this;
    for (let i = lo; i < hi; i++) {
      const entry = indices[i] ?? 0;
      const start = (offsets[entry] ?? 0) + depth;
      const available = (lengths[entry] ?? 0) - depth;
      let key = 0;
      for (let j = 0; j < KEY_CHARS; j++)
        key = key * RADIX + (j < available ? (RANK[bytes[start + j] ?? 0] ?? 0) : 0);
      keys[i] = key;
    }
  }

  /**
   * Stable LSD radix sort of keys[lo, hi) with indices (and `carried`, when given) alongside, 8 bits a pass:
   * four passes end back in place.
   */
  private radixSort(
    lo: number,
    hi: number,
    carried: Uint32Array | null,
    spareCarried: Uint32Array | null,
  ): void {
    const { counts } = this;
    let fromKeys = this.keys;
    let fromIndices = this.indices;
    let toKeys = this.spareKeys;
    let toIndices = this.spareIndices;
    let fromCarried = carried;
    let toCarried = spareCarried;
    for (let shift = 0; shift < 32; shift += 8) {
      counts.fill(0);
      for (let i = lo; i < hi; i++) {
        const digit = ((fromKeys[i] ?? 0) >>> shift) & 255;
        counts[digit] = (counts[digit] ?? 0) + 1;
      }
      let at = lo;
      for (let digit = 0; digit < 256; digit++) {
        const count = counts[digit] ?? 0;
        counts[digit] = at;
        at += count;
      }
      for (let i = lo; i < hi; i++) {
        const key = fromKeys[i] ?? 0;
        const digit = (key >>> shift) & 255;
        const to = counts[digit] ?? 0;
        counts[digit] = to + 1;
        toKeys[to] = key;
        toIndices[to] = fromIndices[i] ?? 0;
        if (fromCarried !== null && toCarried !== null) toCarried[to] = fromCarried[i] ?? 0;
      }
      [fromKeys, toKeys] = [toKeys, fromKeys];
      [fromIndices, toIndices] = [toIndices, fromIndices];
      [fromCarried, toCarried] = [toCarried, fromCarried];
    }
  }

  /** Sorts keys[lo, hi) with indices alongside by sorting key * RADIX_RUN + position (exact below 2^53). */
  private packedSort(lo: number, hi: number): void {
    const n = hi - lo;
    const { keys, indices, spareIndices } = this;
    const packed = this.packed.subarray(0, n);
    for (let i = 0; i < n; i++) {
      packed[i] = (keys[lo + i] ?? 0) * RADIX_RUN + i;
      spareIndices[lo + i] = indices[lo + i] ?? 0;
    }
    packed.sort();
    for (let i = 0; i < n; i++) {
      const value = packed[i] ?? 0;
      const position = value % RADIX_RUN;
      keys[lo + i] = (value - position) / RADIX_RUN;
      indices[lo + i] = spareIndices[lo + position] ?? 0;
    }
  }

  private insertionSort(lo: number, hi: number, depth: number): void {
    const { indices } = this;
    for (let i = lo + 1; i < hi; i++) {
      const entry = indices[i] ?? 0;
      let j = i - 1;
      while (j >= lo && this.compareFrom(indices[j] ?? 0, entry, depth) > 0) {
        indices[j + 1] = indices[j] ?? 0;
        j--;
      }
      indices[j + 1] = entry;
    }
    if (this.duplicates === null) return;
    for (let i = lo + 1; i < hi; i++) {
      if (this.compareFrom(indices[i - 1] ?? 0, indices[i] ?? 0, depth) === 0)
        this.duplicates[indices[i] ?? 0] = 1;
    }
  }

  private markDuplicates(lo: number, hi: number): void {
    if (this.duplicates === null) return;
    for (let i = lo; i < hi; i++) this.duplicates[this.indices[i] ?? 0] = 1;
  }

  private compareFrom(a: number, b: number, depth: number): number {
    const { bytes, offsets, lengths } = this.store;
    const lengthA = lengths[a] ?? 0;
    const lengthB = lengths[b] ?? 0;
    const startA = offsets[a] ?? 0;
    const startB = offsets[b] ?? 0;
    const shared = Math.min(lengthA, lengthB);
    for (let i = depth; i < shared; i++) {
      const difference = (bytes[startA + i] ?? 0) - (bytes[startB + i] ?? 0);
      if (difference !== 0) return difference;
    }
    return lengthA - lengthB;
  }
}
