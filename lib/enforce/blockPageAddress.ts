/**
 * Reads the block page's own address (`blocked.html?r=<reason>&c=<category>#<blocked URL>`, written by
 * compileRules). Anything a page could forge is checked against known values; the blocked URL is reduced to its
 * hostname, which is all the page ever shows.
 */
import { isCategoryId, type CategoryId } from '../lists/categories';
import type { BlockReason } from './compileRules';

const REASONS: readonly BlockReason[] = [
  'school_block',
  'parent_block',
  'category',
  'schedule',
  'unsafe_engine',
  'proxy',
];

export interface BlockedPageInfo {
  reason: BlockReason;
  category: CategoryId | 'custom';
  host: string | null;
}

export function parseBlockedAddress(search: string, hash: string): BlockedPageInfo {
  const params = new URLSearchParams(search);
  const reasonParam = params.get('r') ?? '';
  const reason = (REASONS as readonly string[]).includes(reasonParam)
    ? (reasonParam as BlockReason)
    : 'category';
  const categoryParam = params.get('c');
  const category = isCategoryId(categoryParam) ? categoryParam : 'custom';
  let host: string | null = null;
  const target = hash.replace(/^#/, '');
  if (URL.canParse(target)) {
    const url = new URL(target);
    if (url.protocol === 'http:' || url.protocol === 'https:') host = url.hostname;
  }
  return { reason, category, host };
}
