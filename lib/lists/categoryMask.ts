/**
 * Categories as bits (bit i = CATEGORY_IDS[i]), the form DomainLookup stores and returns: a domain can be in
 * several categories, and a hostname's answer ORs its own and its parents' bits.
 */
import { CATEGORY_IDS, type CategoryId } from './categories';

export function categoryBit(category: CategoryId): number {
  return 1 << CATEGORY_IDS.indexOf(category);
}

export function categoryMask(categories: Iterable<CategoryId>): number {
  let mask = 0;
  for (const category of categories) mask |= categoryBit(category);
  return mask;
}

/** The categories in `mask`, in CATEGORY_IDS order. */
export function categoriesInMask(mask: number): CategoryId[] {
  return CATEGORY_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}
