/**
 * Millions of domains as one growable byte buffer (lowercase ASCII, one byte per character) plus offsets, instead
 * of millions of strings: deduplicating, subsuming and sorting then read contiguous memory and make no garbage,
 * and strings are created only for the domains that survive.
 */

export const MAX_DOMAIN_BYTES = 253;

export class DomainBytes {
  bytes: Uint8Array;
  offsets: Uint32Array;
  lengths: Uint8Array;
  /** Dots in each domain (labels - 1): most domains have one, and then cannot have a listed parent. */
  dots: Uint8Array;
  count = 0;
  used = 0;
  private decoded: string | null = null;

  constructor(expectedDomains = 1024, expectedBytes = expectedDomains * 16) {
    this.bytes = new Uint8Array(Math.max(256, expectedBytes));
    this.offsets = new Uint32Array(Math.max(16, expectedDomains));
    this.lengths = new Uint8Array(this.offsets.length);
    this.dots = new Uint8Array(this.offsets.length);
  }

  static fromStrings(domains: Iterable<string>): DomainBytes {
    const store = new DomainBytes();
    for (const domain of domains) store.addString(domain);
    return store;
  }

  /** Copies `text[from, to)`, lowercasing A-Z. The caller has checked it is a valid ASCII domain. */
  addRange(text: string, from: number, to: number): void {
    const length = to - from;
    const offset = this.reserve(length);
    const { bytes } = this;
    let dots = 0;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(from + i);
      if (c === 46) dots++;
      bytes[offset + i] = c >= 65 && c <= 90 ? c + 32 : c;
    }
    this.dots[this.count - 1] = dots;
  }

  /** Adds a domain that is already normalized (lowercase ASCII). */
  addString(domain: string): void {
    this.addRange(domain, 0, domain.length);
  }

  /** The domain at `index` as a string (a slice of one decoded string: no copy per domain). */
  domainAt(index: number): string {
    if (this.decoded === null) this.decoded = new TextDecoder().decode(this.bytes.subarray(0, this.used));
    const offset = this.offsets[index] ?? 0;
    return this.decoded.slice(offset, offset + (this.lengths[index] ?? 0));
  }

  /** Whether the last `length` bytes of entries `a` and `b` are equal. */
  equalSuffixes(a: number, b: number, length: number): boolean {
    const { bytes, offsets, lengths } = this;
    const endA = (offsets[a] ?? 0) + (lengths[a] ?? 0);
    const endB = (offsets[b] ?? 0) + (lengths[b] ?? 0);
    for (let i = 1; i <= length; i++) if (bytes[endA - i] !== bytes[endB - i]) return false;
    return true;
  }

  private reserve(length: number): number {
    if (this.count === this.offsets.length) {
      const offsets = new Uint32Array(this.offsets.length * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
      const lengths = new Uint8Array(offsets.length);
      lengths.set(this.lengths);
      this.lengths = lengths;
      const dots = new Uint8Array(offsets.length);
      dots.set(this.dots);
      this.dots = dots;
    }
    if (this.used + length > this.bytes.length) {
      const bytes = new Uint8Array(Math.max(this.bytes.length * 2, this.used + length));
      bytes.set(this.bytes.subarray(0, this.used));
      this.bytes = bytes;
    }
    const offset = this.used;
    this.offsets[this.count] = offset;
    this.lengths[this.count] = length;
    this.count++;
    this.used += length;
    this.decoded = null;
    return offset;
  }
}
