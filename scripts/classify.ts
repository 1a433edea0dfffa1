// `npm run -s classify -- <domain> [...]`: prints `domain<TAB>category` for each domain (several categories joined
// with commas, `-` for none), using the built-in seed lists, the same lookup the extension uses. With no
// arguments it reads one domain per line from standard input. For support and for tests.
import { createInterface } from 'node:readline';
import { categoriesInMask, categoryBit } from '../lib/lists/categoryMask';
import { CATEGORY_IDS } from '../lib/lists/categories';
import { normalizeDomain } from '../lib/lists/domain';
import { DomainLookupBuilder } from '../lib/lists/domainLookup';
import { NEVER_BLOCK } from '../lib/lists/neverBlock';
import { SEED_LISTS } from '../lib/lists/seedLists';

const builder = new DomainLookupBuilder();
for (const category of CATEGORY_IDS) {
  for (const domain of SEED_LISTS[category]) builder.add(domain, categoryBit(category));
}
const lookup = builder.build();
const neverBlocked = (host: string) => NEVER_BLOCK.some((d) => host === d || host.endsWith(`.${d}`));

function classify(input: string): string {
  const host = normalizeDomain(input);
  if (!host) return `${input}\t-`;
  const categories = neverBlocked(host) ? [] : categoriesInMask(lookup.lookup(host));
  return `${input}\t${categories.length > 0 ? categories.join(',') : '-'}`;
}

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length > 0) {
  for (const arg of args) console.log(classify(arg));
} else {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) if (line.trim()) console.log(classify(line.trim()));
}
