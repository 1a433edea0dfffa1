/**
 * The one order of declarativeNetRequest rules (higher number wins). Defined once here and used by every compiler
 * in lib/enforce, so that, for example, allowing youtube.com can never switch Restricted Mode off:
 *   school blocks > parent blocks > safe-search and restricted-mode rules > allows and approved requests > category blocks
 * Chrome: an allow rule of equal or higher priority cancels redirect and header rules on the same request, so
 * safe-search rules must sit above allows.
 */
export const RULE_PRIORITY = {
  schoolBlock: 50,
  parentBlock: 40,
  /** Closing a safe-search bypass (DuckDuckGo's !safeoff) must win over the ordinary rewrite of the same request. */
  safeSearchBypass: 31,
  safeSearch: 30,
  /**
   * A school's own blocked categories sit above allows: a parent's allow list or an approved request never opens
   * what the school closed (the school opens categories with allowedCategories, or sites with its own allowDomains).
   */
  schoolCategoryBlock: 25,
  allow: 20,
  categoryBlock: 10,
} as const;

export type RuleLayer = keyof typeof RULE_PRIORITY;

/**
 * Dynamic rule ids are grouped in ranges per layer, so a rule's id says which layer made it (useful when explaining a
 * decision) and layers never collide.
 */
export const RULE_ID_BASE: Readonly<Record<RuleLayer, number>> = {
  schoolBlock: 1_000,
  parentBlock: 2_000,
  safeSearchBypass: 3_500,
  safeSearch: 3_000,
  allow: 4_000,
  categoryBlock: 5_000,
  schoolCategoryBlock: 5_500,
};

export function layerOfRuleId(id: number): RuleLayer | null {
  for (const [layer, base] of Object.entries(RULE_ID_BASE) as [RuleLayer, number][]) {
    if (id >= base && id < base + 500) return layer;
  }
  return null;
}
