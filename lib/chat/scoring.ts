/**
 * Conversation scoring, from the evidence gathered per category (see tracker.ts) to a score and a level.
 *
 * - Each category's evidence is the sum of its hits' weights, decayed with time (half-life `HALF_LIFE_MS`), and
 *   counts up to a cap, so one tactic repeated cannot stand in for several.
 * - Combinations count extra: the stage sequence (trust → isolation → escalation) and pairs that research and
 *   case reviews tie to grooming (a picture request with secrecy, a meeting with an alone check, gifts with pictures).
 * - An unknown contact multiplies the total by `CONTACT_FACTOR.unknown`; a known contact by `CONTACT_FACTOR.known`,
 *   except for coercion, a picture request joined with secrecy, and a meeting joined with secrecy, an alone check
 *   or a gift (with the combinations among them), which a known contact never lowers. The teen's own disclosures
 *   count only with a contact who is not known.
 * - While every hit is a passing mention (a keyword, weight <= MENTION_MAX), the total counts half; one medium
 *   tactic with nothing beside it (a single category under STRONG) counts SINGLE_FACTOR of it.
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
  self_disclosure: 0.8,
};

export const CONTACT_FACTOR = { known: 0.5, unknown: 1.3, unsure: 1.0 } as const;

/**
 * A hit this light is a passing mention (a keyword such as "secret", "pic" or "discord"), not a tactic. While a
 * conversation holds nothing heavier, its total is multiplied by `MENTIONS_FACTOR`: mentions corroborate a tactic
 * but do not raise an alert on their own.
 */
export const MENTION_MAX = 0.3;
export const MENTIONS_FACTOR = 0.5;

/**
 * One tactic of medium weight (under `STRONG`) with nothing else beside it, "are your parents home?" or "which school
 * do you go to?", counts `SINGLE_FACTOR` of its weight until a second tactic appears: grooming shows several
 * tactics, and most innocent chats that touch the lexicon touch one.
 */
export const STRONG = 0.7;
export const SINGLE_FACTOR = 0.7;

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

const STAGES: readonly Stage[] = ['trust', 'isolate', 'escalate', 'teen'];

export interface ScoreDetail {
  score: number;
  level: RiskLevel;
  /** Total before the contact factor and the 0..1 mapping. */
  raw: number;
  /** Total after the contact factor. */
  total: number;
  contactFactor: number;
  /** True while every hit so far is a passing mention (see MENTION_MAX). */
  mentionsOnly: boolean;
  /** Evidence per category after caps (0 for absent ones), in CATEGORIES order. */
  capped: number[];
  combos: { id: string; bonus: number }[];
}

/** A side holding no more than one passing mention (see MENTION_MAX) joins no combination. */
function present(x: number): number {
  return x >= PRESENT_AT ? 1 : x <= MENTION_MAX ? 0 : x / PRESENT_AT;
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

const COERCION = CATEGORY_INDEX.coercion;
const ALONE = CATEGORY_INDEX.alone_check;
const GIFTS = CATEGORY_INDEX.gifts_money;
const IMAGE = CATEGORY_INDEX.image_request;
const SECRECY = CATEGORY_INDEX.secrecy;
const MEETING = CATEGORY_INDEX.meeting;
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
  mentionsOnly = false,
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
    // What a known contact never lowers: coercion; a picture request with secrecy; a meeting with secrecy, an alone
    // check or a gift (a trusted adult arranging to be alone with the teen, the classic pattern of abuse by someone
    // the family knows); and the combinations among these. A known contact's plain pickup or photo stays lowered.
    shielded.fill(0);
    shielded[COERCION] = capped[COERCION]!;
    const secrecy = capped[SECRECY]!;
    if (secrecy > 0 && capped[IMAGE]! >= PRESENT_AT) shielded[IMAGE] = capped[IMAGE]!;
    if (capped[MEETING]! > 0 && (secrecy > 0 || capped[ALONE]! > 0 || capped[GIFTS]! > 0)) {
      shielded[MEETING] = capped[MEETING]!;
      shielded[ALONE] = capped[ALONE]!;
      shielded[GIFTS] = capped[GIFTS]!;
    }
    if (shielded[IMAGE]! > 0 || shielded[MEETING]! > 0) shielded[SECRECY] = secrecy;
    const kept = rawOf(shielded, null);
    total = kept + (raw - kept) * contactFactor;
  }
  if (mentionsOnly) total *= MENTIONS_FACTOR;
  else {
    let breadth = 0;
    let strongest = 0;
    for (let i = 0; i < capped.length; i++) {
      if (capped[i]! > MENTION_MAX) breadth++;
      if (capped[i]! > strongest) strongest = capped[i]!;
    }
    if (breadth < 2 && strongest < STRONG) total *= SINGLE_FACTOR;
  }
  const score = 1 - Math.exp(-total / SCALE);
  return {
    score,
    level: levelFor(score, sensitivity),
    raw,
    total,
    contactFactor,
    mentionsOnly,
    capped: detail ? Array.from(capped) : [],
    combos,
  };
}
