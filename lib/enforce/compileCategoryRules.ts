/**
 * Category blocks as declarativeNetRequest rules: one redirect rule per blocked category, whose condition is
 * `regexFilter: '^https?://.*'` plus `requestDomains` (verified in Chromium with 2,000,000 domains in one rule) and
 * whose regexSubstitution sends the tab to `blocked.html?r=category&c=<category>#<blocked URL>`. Sites that must
 * never be blocked (help lines, health, counselling) are excluded from every category rule.
 *
 * Rules are planned before they are built: a plan has a fingerprint made from its small inputs (category, list
 * versions, host access), so the background rebuilds and re-installs only the categories whose lists changed.
 */
import { CATEGORY_IDS, type CategoryId } from '../lists/categories';
import { blockRedirect } from './compileRules';
import { RULE_ID_BASE, RULE_PRIORITY } from './priorities';
import type { DnrRule, ResourceType } from './types';

const FRAMES: ResourceType[] = ['main_frame', 'sub_frame'];

export function categoryRuleId(category: CategoryId, school = false): number {
  return (
    (school ? RULE_ID_BASE.schoolCategoryBlock : RULE_ID_BASE.categoryBlock) + CATEGORY_IDS.indexOf(category)
  );
}

export interface CategoryRulePlan {
  id: number;
  category: CategoryId;
  /** The school blocks this category itself: its rule sits above allows. */
  school: boolean;
  /** Changes whenever the rule's content would change. */
  fingerprint: string;
}

export interface CategoryPlanInput {
  categories: readonly CategoryId[];
  /** A version string per category for its domain sources (seed version + stored list hashes). */
  sourceVersion: (category: CategoryId) => string;
  neverBlockVersion: string;
  hostAccess: boolean;
  /** Categories the school itself blocks. */
  schoolCategories?: ReadonlySet<CategoryId>;
}

export function planCategoryRules(input: CategoryPlanInput): CategoryRulePlan[] {
  return [...new Set(input.categories)].sort().map((category) => {
    const school = input.schoolCategories?.has(category) ?? false;
    const parts = [
      category,
      input.sourceVersion(category),
      input.neverBlockVersion,
      input.hostAccess,
      school,
    ];
    return { id: categoryRuleId(category, school), category, school, fingerprint: parts.join('|') };
  });
}

export function buildCategoryRule(
  category: CategoryId,
  domains: readonly string[],
  neverBlock: readonly string[],
  hostAccess: boolean,
  blockPageUrl: string,
  school = false,
): DnrRule | null {
  if (domains.length === 0) return null;
  const condition: DnrRule['condition'] = hostAccess
    ? { regexFilter: '^https?://.*', requestDomains: [...domains], resourceTypes: FRAMES }
    : { requestDomains: [...domains], resourceTypes: FRAMES };
  if (neverBlock.length > 0) condition.excludedRequestDomains = [...neverBlock];
  return {
    id: categoryRuleId(category, school),
    priority: school ? RULE_PRIORITY.schoolCategoryBlock : RULE_PRIORITY.categoryBlock,
    action: hostAccess ? blockRedirect(blockPageUrl, 'category', category) : { type: 'block' },
    condition,
  };
}

/**
 * The categories to block now: the policy's, plus scheduled ones inside their window, minus scheduled ones outside
 * it; a school's own blocked categories are never narrowed by a schedule.
 */
export function categoriesInForce(input: {
  blocked: readonly CategoryId[];
  scheduled: ReadonlySet<CategoryId>;
  scheduledNow: readonly CategoryId[];
  schoolBlocked: readonly CategoryId[];
}): CategoryId[] {
  const out = new Set<CategoryId>(input.schoolBlocked);
  for (const c of input.blocked) if (!input.scheduled.has(c)) out.add(c);
  for (const c of input.scheduledNow) out.add(c);
  return [...out].sort();
}
