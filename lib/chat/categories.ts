/**
 * The signal categories, their order, and the grooming stage each belongs to. Stages follow O'Connell's and
 * Olson's models as later summarized by Lorenzo-Dus et al.: building trust (flattery, gifts, talk of age and
 * relationships), then isolating and assessing risk (secrecy, isolation, checking who is around, personal details),
 * then escalating (another channel, pictures, meeting, pressure and threats).
 */
import type { Category } from './types';

export const CATEGORIES = [
  'secrecy',
  'isolation',
  'platform_switch',
  'personal_info',
  'alone_check',
  'image_request',
  'gifts_money',
  'meeting',
  'age_relationship',
  'flattery',
  'coercion',
  'self_disclosure',
] as const satisfies readonly Category[];

export type Stage = 'trust' | 'isolate' | 'escalate' | 'teen';

export const STAGE: Readonly<Record<Category, Stage>> = {
  flattery: 'trust',
  age_relationship: 'trust',
  gifts_money: 'trust',
  secrecy: 'isolate',
  isolation: 'isolate',
  alone_check: 'isolate',
  personal_info: 'isolate',
  platform_switch: 'escalate',
  image_request: 'escalate',
  meeting: 'escalate',
  coercion: 'escalate',
  self_disclosure: 'teen',
};

/** Category → its position in CATEGORIES (for flat arrays of evidence). */
export const CATEGORY_INDEX: Readonly<Record<Category, number>> = Object.fromEntries(
  CATEGORIES.map((c, i) => [c, i]),
) as Record<Category, number>;
