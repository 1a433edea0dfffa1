/**
 * Why: the block page, access requests and proxy checks ask "which categories is this hostname in" against lists
 * of hundreds of thousands of domains. A listed domain must cover its subdomains but never a sibling, a look-alike
 * (`example.com.evil.net`) or the whole top-level domain; a name in two categories must report both; and a stored
 * buffer must load back to the same answers, or fail loudly when damaged.
 */
import { describe, expect, it } from 'vitest';
import { categoriesInMask, categoryBit, categoryMask } from '../../../lib/lists/categoryMask';
import { DomainLookup, DomainLookupBuilder, DomainLookupError } from '../../../lib/lists/domainLookup';
import { randomDomains } from './randomDomains';

const ADULT = categoryBit('adult');
const GAMBLING = categoryBit('gambling');
const SOCIAL = categoryBit('social_media');

const lookup = DomainLookup.build([
  { domain: 'example.com', categories: ADULT },
  { domain: 'casino.example.com', categories: GAMBLING },
  { domain: 'bet.example', categories: GAMBLING },
  { domain: 'bet.example', categories: SOCIAL },
  { domain: 'co.uk', categories: ADULT },
  { domain: 'site.co.uk', categories: SOCIAL },
]);

describe('DomainLookup.lookup', () => {
  it('finds a listed domain and any subdomain of it', () => {
    expect(lookup.lookup('example.com')).toBe(ADULT);
    expect(lookup.lookup('www.example.com')).toBe(ADULT);
    expect(lookup.lookup('a.b.c.example.com')).toBe(ADULT);
  });

  it('does not find siblings, look-alikes or parents of a listed domain', () => {
    expect(lookup.lookup('example.org')).toBe(0);
    expect(lookup.lookup('notexample.com')).toBe(0);
    expect(lookup.lookup('example.com.evil.net')).toBe(0);
    expect(lookup.lookup('com')).toBe(0);
    expect(lookup.lookup('other.com')).toBe(0);
    expect(lookup.lookup('')).toBe(0);
    expect(lookup.lookup('.')).toBe(0);
  });

  it('ORs the categories of the hostname and its parents, and of repeated entries', () => {
    expect(lookup.lookup('casino.example.com')).toBe(ADULT | GAMBLING);
    expect(lookup.lookup('live.casino.example.com')).toBe(ADULT | GAMBLING);
    expect(categoriesInMask(lookup.lookup('m.bet.example'))).toEqual(['gambling', 'social_media']);
  });

  it('never matches a bare public suffix, even when a list names one', () => {
    expect(lookup.lookup('bbc.co.uk')).toBe(0);
    expect(lookup.lookup('www.site.co.uk')).toBe(SOCIAL);
  });

  it('tolerates uppercase and a trailing dot in the hostname', () => {
    expect(lookup.lookup('WWW.Example.COM')).toBe(ADULT);
    expect(lookup.lookup('www.example.com.')).toBe(ADULT);
  });

  it('reports its size and refused entries', () => {
    const builder = new DomainLookupBuilder();
    builder.add('a.example', ADULT);
    builder.add('co.uk', ADULT);
    builder.add('localhost', ADULT);
    builder.add('b.example', 0);
    expect(builder.skipped).toBe(3);
    expect(builder.build().size).toBe(1);
    expect(lookup.size).toBe(4); // bet.example merged, co.uk refused
  });

  it('works empty', () => {
    const empty = DomainLookup.build([]);
    expect(empty.lookup('example.com')).toBe(0);
    expect(DomainLookup.fromBuffer(empty.toBuffer()).lookup('example.com')).toBe(0);
  });
});

describe('DomainLookup at list scale', () => {
  const listed = [...new Set(randomDomains(100_000, 77))];
  const masks = listed.map((_, i) => 1 << (i % 11));
  const big = DomainLookup.build(listed.map((domain, i) => ({ domain, categories: masks[i] ?? 0 })));

  it('finds every listed domain with its category', () => {
    for (let i = 0; i < listed.length; i++) {
      const found = big.lookup(`x.${listed[i]}`);
      if ((found & (masks[i] ?? 0)) === 0) expect({ domain: listed[i], found }).toBe('found');
    }
  });

  it('has no false positive among 200,000 unlisted names, and says how rare they are', () => {
    let falsePositives = 0;
    for (let i = 0; i < 200_000; i++)
      if (big.lookup(`n${i}.unlisted${i % 1000}.example`) !== 0) falsePositives++;
    expect(falsePositives).toBe(0);
    expect(big.falsePositiveRate).toBeLessThan(1e-8);
  });

  it('takes at most 8 bytes a domain', () => {
    expect(big.byteLength / big.size).toBeLessThanOrEqual(8);
  });
});

describe('DomainLookup buffers', () => {
  it('round-trips through a stored copy (ArrayBuffer or Uint8Array view)', () => {
    const copy = DomainLookup.fromBuffer(lookup.toBuffer().slice(0));
    const view = new Uint8Array(lookup.byteLength + 6);
    view.set(new Uint8Array(lookup.toBuffer()), 2);
    const fromView = DomainLookup.fromBuffer(view.subarray(2, 2 + lookup.byteLength));
    for (const host of [
      'www.example.com',
      'casino.example.com',
      'm.bet.example',
      'example.org',
      'site.co.uk',
    ]) {
      expect(copy.lookup(host)).toBe(lookup.lookup(host));
      expect(fromView.lookup(host)).toBe(lookup.lookup(host));
    }
  });

  it('refuses damaged, truncated or foreign buffers', () => {
    const bytes = new Uint8Array(lookup.toBuffer().slice(0));
    for (const position of [0, 4, 5, 8, 12, 40, bytes.length - 1]) {
      const damaged = bytes.slice();
      damaged[position] = (damaged[position] ?? 0) ^ 0x04;
      expect(() => DomainLookup.fromBuffer(damaged.buffer)).toThrow(DomainLookupError);
    }
    expect(() => DomainLookup.fromBuffer(bytes.slice(0, bytes.length - 2).buffer)).toThrow(DomainLookupError);
    expect(() => DomainLookup.fromBuffer(new ArrayBuffer(10))).toThrow(DomainLookupError);
  });
});

describe('category masks', () => {
  it('maps categories to bits and back', () => {
    expect(categoryMask(['adult', 'gambling'])).toBe(0b11);
    expect(categoriesInMask(categoryMask(['gaming', 'adult']))).toEqual(['adult', 'gaming']);
    expect(categoriesInMask(0)).toEqual([]);
  });
});
