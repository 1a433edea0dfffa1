/**
 * "Which categories is this hostname (or a parent domain) in?" for the block page, access requests, time online
 * per category and the proxy checks, over lists of hundreds of thousands of domains. A service worker wakes often,
 * so the structure is one ArrayBuffer stored as it is and used in place: no per-domain objects, no strings.
 *
 * Layout (little-endian): header | bucket index u32[2^B + 1] | keys u32[n] | categories u16[n].
 * Each domain is hashed right to left into two independent 32-bit hashes. The first picks one of 2^B buckets
 * (B chosen for ~4-8 domains a bucket); the second is the key stored, sorted within its bucket; the category
 * bitmask (bits by index in CATEGORY_IDS) sits beside it. About 6.5 bytes a domain.
 *
 * A lookup hashes the hostname once from the right and probes at each label boundary, so `a.b.example.com`
 * checks `example.com`, `b.example.com` and `a.b.example.com` (never the bare top-level label, and public
 * suffixes such as `co.uk` are refused at build time) and ORs the categories found.
 *
 * False positives: a name not in the list matches only if both hashes collide: per probe, the probability is
 * (domains in its bucket) / 2^32, on average n / 2^(B+32) <= 8 / 2^32 ≈ 1.9e-9 (see `falsePositiveRate`);
 * a hostname with k labels makes k - 1 probes. Two listed domains that collide share their categories
 * (expected ≈ n² / 2^(B+33) pairs: ~4e-4 for 500,000 domains).
 */
import { crc32 } from './crc32';
import { murmurFinalize } from './hashMix';
import { isIcannPublicSuffix } from './publicSuffix';

export interface DomainCategories {
  /** A normalized domain (lowercase ASCII). */
  domain: string;
  /** Bitmask of categories: bit i is CATEGORY_IDS[i]; up to 16 bits. */
  categories: number;
}

export class DomainLookupError extends Error {
  override name = 'DomainLookupError';
}

export const DOMAIN_LOOKUP_VERSION = 1;
const MAGIC = 0x4c445a48; // bytes "HZDL"
const HEADER_BYTES = 24;
const MIN_BUCKET_BITS = 1;
const MAX_BUCKET_BITS = 24;
const TARGET_PER_BUCKET = 8;

const SEED_1 = 0x811c9dc5;
const SEED_2 = 0x3b9aca07;
const PRIME_1 = 0x01000193;
const PRIME_2 = 0x5bd1e995;
const CHAR_DOT = 46;

export class DomainLookup {
  private readonly shift: number;

  private constructor(
    private readonly buffer: ArrayBuffer,
    private readonly bucketBits: number,
    private readonly index: Uint32Array,
    private readonly keys: Uint32Array,
    private readonly categories: Uint16Array,
  ) {
    this.shift = 32 - bucketBits;
  }

  static build(entries: Iterable<DomainCategories>): DomainLookup {
    const builder = new DomainLookupBuilder();
    for (const { domain, categories } of entries) builder.add(domain, categories);
    return builder.build();
  }

  /** Uses a buffer from `toBuffer()` in place (a Uint8Array is copied unless it spans its whole buffer). */
  static fromBuffer(
    source: ArrayBuffer | Uint8Array,
    { verify = true }: { verify?: boolean } = {},
  ): DomainLookup {
    const buffer = ownBuffer(source);
    if (buffer.byteLength < HEADER_BYTES)
      throw new DomainLookupError('Not a domain lookup buffer (too short).');
    const header = new DataView(buffer, 0, HEADER_BYTES);
    if (header.getUint32(0, true) !== MAGIC)
      throw new DomainLookupError('Not a domain lookup buffer (bad header).');
    const version = header.getUint8(4);
    if (version !== DOMAIN_LOOKUP_VERSION)
      throw new DomainLookupError(`Unsupported domain lookup version ${version}.`);
    const bucketBits = header.getUint8(5);
    const count = header.getUint32(8, true);
    if (bucketBits < MIN_BUCKET_BITS || bucketBits > MAX_BUCKET_BITS) {
      throw new DomainLookupError('Corrupt domain lookup buffer (bucket count).');
    }
    const buckets = 2 ** bucketBits;
    if (buffer.byteLength !== byteLengthFor(bucketBits, count)) {
      throw new DomainLookupError('Corrupt domain lookup buffer (sizes do not match).');
    }
    if (verify && crc32(new Uint8Array(buffer, HEADER_BYTES)) !== header.getUint32(12, true)) {
      throw new DomainLookupError('Corrupt domain lookup buffer (checksum mismatch).');
    }
    const index = new Uint32Array(buffer, HEADER_BYTES, buckets + 1);
    const keys = new Uint32Array(buffer, HEADER_BYTES + 4 * (buckets + 1), count);
    const categories = new Uint16Array(buffer, HEADER_BYTES + 4 * (buckets + 1) + 4 * count, count);
    if (index[0] !== 0 || index[buckets] !== count) {
      throw new DomainLookupError('Corrupt domain lookup buffer (index).');
    }
    for (let b = 0; b < buckets; b++) {
      if ((index[b] ?? 0) > (index[b + 1] ?? 0))
        throw new DomainLookupError('Corrupt domain lookup buffer (index).');
    }
    return new DomainLookup(buffer, bucketBits, index, keys, categories);
  }

  /** The buffer to store (IndexedDB, storage); do not modify it while this lookup is in use. */
  toBuffer(): ArrayBuffer {
    return this.buffer;
  }

  /** Domains held. */
  get size(): number {
    return this.keys.length;
  }

  get byteLength(): number {
    return this.buffer.byteLength;
  }

  /** Average chance that one probe of a name not in the list matches anyway (a lookup makes labels - 1 probes). */
  get falsePositiveRate(): number {
    return this.keys.length / 2 ** (this.bucketBits + 32);
  }

  /**
   * Categories bitmask of `hostname` and its parent domains, OR-ed; 0 when none is listed. Expects a URL's
   * hostname (ASCII/punycode; uppercase letters and one trailing dot are tolerated).
   */
  lookup(hostname: string): number {
    let end = hostname.length;
    if (end > 0 && hostname.charCodeAt(end - 1) === CHAR_DOT) end--;
    let h1 = SEED_1;
    let h2 = SEED_2;
    let found = 0;
    let labels = 1;
    for (let i = end - 1; i >= 0; i--) {
      let c = hostname.charCodeAt(i);
      if (c === CHAR_DOT) {
        // The suffix after this dot; the first one is the bare top-level label, never listed.
        if (labels++ > 1) found |= this.probe(h1, h2);
      } else if (c >= 65 && c <= 90) {
        c += 32;
      }
      h1 = Math.imul(h1 ^ c, PRIME_1);
      h2 = Math.imul(h2 ^ c, PRIME_2);
    }
    if (labels > 1) found |= this.probe(h1, h2);
    return found;
  }

  private probe(state1: number, state2: number): number {
    const bucket = murmurFinalize(state1) >>> this.shift;
    const key = finishKeyHash(state2);
    const { keys } = this;
    const end = this.index[bucket + 1] ?? 0;
    for (let i = this.index[bucket] ?? 0; i < end; i++) {
      const candidate = keys[i] ?? 0;
      if (candidate === key) return this.categories[i] ?? 0;
      if (candidate > key) return 0;
    }
    return 0;
  }
}

/** Collects domains without keeping them: each `add` keeps only two hashes and the categories. */
export class DomainLookupBuilder {
  private bucketHashes = new Uint32Array(1024);
  private keyHashes = new Uint32Array(1024);
  private masks = new Uint16Array(1024);
  private count = 0;
  /** Domains refused: public suffixes, single labels, empty category masks. */
  skipped = 0;

  add(domain: string, categories: number): void {
    const mask = categories & 0xffff;
    if (mask === 0 || domain.indexOf('.') <= 0 || isIcannPublicSuffix(domain)) {
      this.skipped++;
      return;
    }
    let h1 = SEED_1;
    let h2 = SEED_2;
    for (let i = domain.length - 1; i >= 0; i--) {
      let c = domain.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      h1 = Math.imul(h1 ^ c, PRIME_1);
      h2 = Math.imul(h2 ^ c, PRIME_2);
    }
    if (this.count === this.masks.length) this.grow();
    this.bucketHashes[this.count] = murmurFinalize(h1);
    this.keyHashes[this.count] = finishKeyHash(h2);
    this.masks[this.count] = mask;
    this.count++;
  }

  build(): DomainLookup {
    const { count } = this;
    const bucketBits = bucketBitsFor(count);
    const shift = 32 - bucketBits;
    const buckets = 2 ** bucketBits;
    // Counting sort by bucket, then sort each (small) bucket by key, merging equal keys.
    const starts = new Uint32Array(buckets + 1);
    for (let i = 0; i < count; i++) {
      const bucket = (this.bucketHashes[i] ?? 0) >>> shift;
      starts[bucket + 1] = (starts[bucket + 1] ?? 0) + 1;
    }
    for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b + 1] ?? 0) + (starts[b] ?? 0);
    const cursor = starts.slice(0, buckets);
    const sortedKeys = new Uint32Array(count);
    const sortedMasks = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
      const bucket = (this.bucketHashes[i] ?? 0) >>> shift;
      const at = cursor[bucket] ?? 0;
      cursor[bucket] = at + 1;
      sortedKeys[at] = this.keyHashes[i] ?? 0;
      sortedMasks[at] = this.masks[i] ?? 0;
    }
    const index = new Uint32Array(buckets + 1);
    let written = 0;
    for (let b = 0; b < buckets; b++) {
      const from = starts[b] ?? 0;
      const to = starts[b + 1] ?? 0;
      sortBucket(sortedKeys, sortedMasks, from, to);
      index[b] = written;
      for (let i = from; i < to; i++) {
        const key = sortedKeys[i] ?? 0;
        if (written > (index[b] ?? 0) && sortedKeys[written - 1] === key) {
          sortedMasks[written - 1] = (sortedMasks[written - 1] ?? 0) | (sortedMasks[i] ?? 0); // same domain again
        } else {
          sortedKeys[written] = key;
          sortedMasks[written] = sortedMasks[i] ?? 0;
          written++;
        }
      }
    }
    index[buckets] = written;
    const buffer = new ArrayBuffer(byteLengthFor(bucketBits, written));
    const keysStart = HEADER_BYTES + 4 * (buckets + 1);
    new Uint32Array(buffer, HEADER_BYTES, buckets + 1).set(index);
    new Uint32Array(buffer, keysStart, written).set(sortedKeys.subarray(0, written));
    new Uint16Array(buffer, keysStart + 4 * written, written).set(sortedMasks.subarray(0, written));
    const header = new DataView(buffer, 0, HEADER_BYTES);
    header.setUint32(0, MAGIC, true);
    header.setUint8(4, DOMAIN_LOOKUP_VERSION);
    header.setUint8(5, bucketBits);
    header.setUint32(8, written, true);
    header.setUint32(12, crc32(new Uint8Array(buffer, HEADER_BYTES)), true);
    return DomainLookup.fromBuffer(buffer, { verify: false });
  }

  private grow(): void {
    const size = this.masks.length * 2;
    const bucketHashes = new Uint32Array(size);
    bucketHashes.set(this.bucketHashes);
    this.bucketHashes = bucketHashes;
    const keyHashes = new Uint32Array(size);
    keyHashes.set(this.keyHashes);
    this.keyHashes = keyHashes;
    const masks = new Uint16Array(size);
    masks.set(this.masks);
    this.masks = masks;
  }
}

function bucketBitsFor(count: number): number {
  const bits = Math.ceil(Math.log2(Math.max(1, count) / TARGET_PER_BUCKET));
  return Math.min(MAX_BUCKET_BITS, Math.max(MIN_BUCKET_BITS, bits));
}

function byteLengthFor(bucketBits: number, count: number): number {
  return HEADER_BYTES + 4 * (2 ** bucketBits + 1) + 6 * count;
}

/** Sorts keys[from, to) ascending, carrying masks along (insertion sort: buckets hold ~8). */
function sortBucket(keys: Uint32Array, masks: Uint16Array, from: number, to: number): void {
  if (to - from > 64) {
    // An unusually full bucket: sort key and mask packed into one exact number.
    const packed = new Float64Array(to - from);
    for (let i = from; i < to; i++) packed[i - from] = (keys[i] ?? 0) * 65536 + (masks[i] ?? 0);
    packed.sort();
    for (let i = from; i < to; i++) {
      const value = packed[i - from] ?? 0;
      const mask = value % 65536;
      keys[i] = (value - mask) / 65536;
      masks[i] = mask;
    }
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const key = keys[i] ?? 0;
    const mask = masks[i] ?? 0;
    let j = i - 1;
    while (j >= from && (keys[j] ?? 0) > key) {
      keys[j + 1] = keys[j] ?? 0;
      masks[j + 1] = masks[j] ?? 0;
      j--;
    }
    keys[j + 1] = key;
    masks[j + 1] = mask;
  }
}

function finishKeyHash(state: number): number {
  let h = state;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h >>> 0;
}

function ownBuffer(source: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (source instanceof ArrayBuffer) return source;
  if (source.byteOffset % 4 === 0 && source.buffer instanceof ArrayBuffer) {
    if (source.byteOffset === 0 && source.byteLength === source.buffer.byteLength) return source.buffer;
  }
  return source.slice().buffer;
}
