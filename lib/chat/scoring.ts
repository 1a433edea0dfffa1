/**
 * Conversation scoring, from the evidence gathered per category (see tracker.ts) to a score and a level.
 *
 * - Each category's evidence is the sum of its hits' weights, decayed with time (half-life `HALF_LIFE_MS`), and
 *   counts up to a cap, so one tactic repeated cannot stand in for several.
 * - Combinations count extra: the stage sequence (trust → isolation → escalation) and pairs that research and
 *   case reviews tie to grooming (a picture request with secrecy, a meeting with an alone check, gifts with pictures).
 * - An unknown contact multiplies the total by `CONTACT_FACTOR.unknown`; a known contact by `CONTACT_FACTOR.known`,
 *   except for coercion, meeting requests and picture requests joined with secrecy (and the combinations of
 *   secrecy with pictures or meeting, and of coercion with pictures), which a known contact never lowers. The
 *   teen's own disclosures count only with a contact who is not known.
 * - score = 1 - exp(-total / SCALE), and the sensitivity's thresholds turn the score into a level.
 */
import { CATEGORIES, CATEGORY_INDEX, STAGE, type Stage } from './categories';
import type { Category, RiskLevel, Sensitivity } from './types';

export const HALF_LIFE_MS = 7 * 24 * 3_600_000;

export const SCALE = 1.5;

export const CAP: Readonly<Record<Category, number>> = {
  secrecy: 1.2,
  isolation: 1.0,
  platform_switch: 0.8,
  personal_info: 0.8,
  alone_check: 1.0,
  image_request: 1.2,
  gifts_money: 0.8,
  meeting: 1.2,
  age_relationship: 0.9,
  flattery: 0.6,
  coercion: 2.0,
  self_disclosure: 0.5,
};

export const CONTACT_FACTOR = { known: 0.5, unknown: 1.3, unsure: 1.0 } as const;

export const THRESHOLDS: Readonly<Record<Sensitivity, { low: number; elevated: number; high: number }>> = {
  gentle: { low: 0.18, elevated: 0.42, high: 0.72 },
  standard: { low: 0.12, elevated: 0.3, high: 0.6 },
  watchful: { low: 0.08, elevated: 0.22, high: 0.5 },
};

/** How much evidence makes a stage or a category fully present in a combination. */
export const PRESENT_AT = 0.5;

export interface Combo {
  id: string;
  /** Either side may be a stage (all its categories summed) or a single category. */
  a: Stage | Category;
  b: Stage | Category;
  bonus: number;
}

export const COMBOS: readonly Combo[] = [
  { id: 'trust_isolate', a: 'trust', b: 'isolate', bonus: 0.35 },
  { id: 'isolate_escalate', a: 'isolate', b: 'escalate', bonus: 0.5 },
  { id: 'trust_escalate', a: 'trust', b: 'escalate', bonus: 0.3 },
  { id: 'image_secrecy', a: 'image_request', b: 'secrecy', bonus: 0.6 },
  { id: 'meeting_secrecy', a: 'meeting', b: 'secrecy', bonus: 0.6 },
  { id: 'meeting_alone', a: 'meeting', b: 'alone_check', bonus: 0.5 },
  { id: 'image_alone', a: 'image_request', b: 'alone_check', bonus: 0.45 },
  { id: 'image_age', a: 'image_request', b: 'age_relationship', bonus: 0.35 },
  { id: 'image_gifts', a: 'image_request', b: 'gifts_money', bonus: 0.5 },
  { id: 'meeting_gifts', a: 'meeting', b: 'gifts_money', bonus: 0.35 },
  { id: 'platform_secrecy', a: 'platform_switch', b: 'secrecy', bonus: 0.4 },
  { id: 'isolation_secrecy', a: 'isolation', b: 'secrecy', bonus: 0.3 },
  { id: 'meeting_personal', a: 'meeting', b: 'personal_info', bonus: 0.35 },
  { id: 'coercion_image', a: 'coercion', b: 'image_request', bonus: 0.4 },
  { id: 'disclosure_asked', a: 'self_disclosure', b: 'personal_info', bonus: 0.25 },
  { id: 'disclosure_platform', a: 'self_disclosure', b: 'platform_switch', bonus: 0.25 },
];

/** Categories whose evidence a known contact never lowers; picture requests and secrecy join them together. */
const ALWAYS_PROTECTED: readonly Category[] = ['coercion', 'meeting'];

const STAGES: readonly Stage[] = ['trust', 'isolate', 'escalate', 'teen'];

export interface ScoreDetail {
  score: number;
  level: RiskLevel;
  /** Total before the contact factor and the 0..1 mapping. */
  raw: number;
  /** Total after the contact factor. */
  total: number;
  contactFactor: number;
  /** Evidence per category after caps (0 for absent ones), in CATEGORIES order. */
  capped: number[];
  combos: { id: string; bonus: number }[];
}

function present(x: number): number {
  return x >= PRESENT_AT ? 1 : x / PRESENT_AT;
}

export function levelFor(score: number, sensitivity: Sensitivity): RiskLevel {
  const t = THRESHOLDS[sensitivity];
  return score >= t.high ? 'high' : score >= t.elevated ? 'elevated' : score >= t.low ? 'low' : 'none';
}

/** Each combination side as the category indices it sums. */
const RESOLVED = COMBOS.map((c) => {
  const side = (x: Stage | Category): number[] =>
    (STAGES as readonly string[]).includes(x)
      ? CATEGORIES.flatMap((cat, i) => (STAGE[cat] === x ? [i] : []))
      : [CATEGORY_INDEX[x as Category]];
  return { combo: c, a: side(c.a), b: side(c.b) };
});

const PROTECTED_INDEX = ALWAYS_PROTECTED.map((c) => CATEGORY_INDEX[c]);
const IMAGE = CATEGORY_INDEX.image_request;
const SECRECY = CATEGORY_INDEX.secrecy;
const DISCLOSURE = CATEGORY_INDEX.self_disclosure;
const CAPS = CATEGORIES.map((c) => CAP[c]);

function sum(values: Float64Array, indices: readonly number[]): number {
  let t = 0;
  for (const i of indices) t += values[i]!;
  return t;
}

const scratch = new Float64Array(CATEGORIES.length);
const shielded = new Float64Array(CATEGORIES.length);

/** Sum of capped evidence plus combination bonuses; fills `combos` when given. */
function rawOf(capped: Float64Array, combos: { id: string; bonus: number }[] | null): number {
  let total = 0;
  for (let i = 0; i < capped.length; i++) total += capped[i]!;
  for (const { combo, a, b } of RESOLVED) {
    const strength = Math.min(present(sum(capped, a)), present(sum(capped, b)));
    if (strength <= 0) continue;
    const bonus = combo.bonus * strength;
    combos?.push({ id: combo.id, bonus });
    total += bonus;
  }
  return total;
}

/**
 * Scores decayed evidence per category (indexed as CATEGORIES). With `detail` false (every message) it allocates
 * nothing but the result; explanations ask for the capped evidence and the combinations that fired.
 */
export function scoreEvidence(
  evidence: ArrayLike<number>,
  contactKnown: boolean | undefined,
  sensitivity: Sensitivity,
  detail = true,
): ScoreDetail {
  const capped = scratch;
  for (let i = 0; i < CAPS.length; i++) {
    // Self-disclosure is a risk with someone the teen does not know; with a known contact it is ordinary.
    capped[i] = i === DISCLOSURE && contactKnown === true ? 0 : Math.min(evidence[i] ?? 0, CAPS[i]!);
  }
  const combos: { id: string; bonus: number }[] = [];
  const raw = rawOf(capped, detail ? combos : null);
  const contactFactor =
    contactKnown === true
      ? CONTACT_FACTOR.known
      : contactKnown === false
        ? CONTACT_FACTOR.unknown
        : CONTACT_FACTOR.unsure;
  let total = raw * contactFactor;
  if (contactFactor < 1) {
    // What a known contact never lowers: coercion, meeting, and pictures with secrecy, with their combinations.
    shielded.fill(0);
    for (const i of PROTECTED_INDEX) shielded[i] = capped[i]!;
    if (capped[IMAGE]! > 0 && capped[SECRECY]! > 0) {
      shielded[IMAGE] = capped[IMAGE]!;
      shielded[SECRECY] = capped[SECRECY]!;
    }
    const kept = rawOf(shielded, null);
    total = kept + (raw - kept) * contactFactor;
  }
  const score = 1 - Math.exp(-total / SCALE);
  return {
    score,
    level: levelFor(score, sensitivity),
    raw,
    total,
    contactFactor,
    capped: detail ? Array.from(capped) : [],
    combos,
  };
}
