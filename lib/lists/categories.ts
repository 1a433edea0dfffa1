/**
 * The category taxonomy: ids every layer (policy, lists, rules, events, UI) agrees on. Names and descriptions live
 * in the i18n catalogues under `category.<id>.name` / `category.<id>.desc`.
 *
 * Health, sex education, LGBTQ+ support, counselling and child-protection sites are never in a blocking category:
 * there is deliberately no category that would hold them.
 */
export const CATEGORY_IDS = [
  'adult',
  'gambling',
  'random_chat',
  'anonymizers',
  'dating',
  'drugs',
  'violence',
  'weapons',
  'self_harm',
  'social_media',
  'gaming',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}
