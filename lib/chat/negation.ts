/**
 * Negation: "I won't ask for your pic", "pic mat bhejo", "تصویر نہیں بھیجنی". A negation word just before a phrase
 * (English puts it there) or inside it (Urdu and Roman Urdu put it before the verb at the end) cancels the phrase,
 * unless the word is part of the pattern itself ("don't tell anyone" is the signal, not its negation) or is turned
 * into a request by a word before it ("why don't you", "kyun nahi"). Only English looks before the phrase: in Urdu
 * a "na" there is usually a tag ("hain na") and the verb's negation sits inside the phrase.
 */

export interface NegationRules {
  negators: ReadonlySet<string>;
  breakers: ReadonlySet<string>;
}

/** How many tokens before a phrase a negation word still reaches. */
export const NEGATION_REACH = 4;

/**
 * Whether the phrase at tokens [start, end) is negated. A negation word never reaches across a sentence's start
 * (`sentences`, from normalize): "i dont want money. just hop on video" still asks for the video. With
 * `wholeMessage`, a negation anywhere in the phrase's sentence counts.
 */
export function isNegated(
  tokens: readonly string[],
  start: number,
  end: number,
  literals: ReadonlySet<string>,
  rules: NegationRules,
  before = true,
  wholeMessage = false,
  sentences?: readonly number[],
): boolean {
  let first = 0;
  let last = tokens.length;
  if (sentences) {
    for (const s of sentences) {
      if (s <= start) first = s;
      else {
        last = s;
        break;
      }
    }
  }
  const from = wholeMessage ? first : before ? Math.max(first, start - NEGATION_REACH) : start;
  const to = wholeMessage ? last : end;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!rules.negators.has(t)) continue;
    if (k >= start && k < end && literals.has(t)) continue;
    const b1 = k > 0 ? tokens[k - 1]! : '';
    const b2 = k > 1 ? tokens[k - 2]! : '';
    if (rules.breakers.has(b1) || rules.breakers.has(b2)) continue;
    return true;
  }
  return false;
}
