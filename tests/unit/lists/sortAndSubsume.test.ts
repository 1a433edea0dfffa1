/**
 * Why: the list pipeline replaces `Set` and `Array.prototype.sort` with its own byte-level hash table and radix
 * sort for speed; packing, diffing and the rules rely on its output being exactly the default string order with
 * no duplicate and no subdomain of a listed parent.
 */
import { describe, expect, it } from 'vitest';
import { DomainBytes } from '../../../lib/lists/domainBytes';
import { sortDomainIndices } from '../../../lib/lists/sortDomainBytes';
import { subsumeDomains } from '../../../lib/lists/subsume';
import { randomDomains, seededRandom } from './randomDomains';

function sortedThroughBytes(domains: string[]): string[] {
  const store = DomainBytes.fromStrings(domains);
  const indices = Uint32Array.from(domains.keys());
  return Array.from(sortDomainIndices(store, indices), (index) => store.domainAt(index));
}

describe('sortDomainIndices', () => {
  it('orders like the default string sort, prefixes first', () => {
    const domains = [
      'b.com',
      'a.com',
      'a.co',
      'a.co.uk',
      'a-b.com',
      '0.com',
      'a.com.br',
      'aaaaaaaaaaaa.com',
      'aaaaaaa.com',
    ];
    expect(sortedThroughBytes(domains)).toEqual([...domains].sort());
  });

  it('orders large sets (radix runs) and sets with long shared prefixes (deep runs) like the default sort', () => {
    const random = seededRandom(3);
    const shared = Array.from(
      { length: 5_000 },
      (_, i) => `www.very-long-shared-prefix-${Math.floor(random() * 1e6)}.example${i % 7}.com`,
    );
    const domains = [...randomDomains(40_000, 9), ...shared, ...shared.slice(0, 100)];
    expect(sortedThroughBytes(domains)).toEqual([...domains].sort());
  });
});

describe('subsumeDomains', () => {
  it('deduplicates, folds subdomains into listed parents and sorts', () => {
    const result = subsumeDomains(['m.b.com', 'b.com', 'x.example', 'b.com', 'deep.m.b.com', 'bb.com']);
    expect(result).toEqual({
      domains: ['b.com', 'bb.com', 'x.example'],
      duplicates: 1,
      publicSuffixes: 0,
      subsumed: 2,
    });
  });

  it('matches a straightforward Set-based reference on a large random set', () => {
    const base = randomDomains(20_000, 21);
    const input = [...base, ...base.slice(0, 2_000).map((domain) => `sub.${domain}`), ...base.slice(0, 500)];
    const unique = new Set(input);
    const reference = [...unique]
      .filter((domain) => {
        const labels = domain.split('.');
        for (let i = 1; i < labels.length - 1; i++) if (unique.has(labels.slice(i).join('.'))) return false;
        return !['co.uk', 'com.br'].includes(domain);
      })
      .sort();
    expect(subsumeDomains(input).domains).toEqual(reference);
  });
});
