/**
 * A plain answer to a personal question. When the contact has just asked for the teen's school, area, age or
 * number and the teen's next message answers it ("LGS, 9th", "14", "rawalpindi"), that reply is self-disclosure
 * even though it matches no phrase. A reply that refuses, asks back or only acknowledges is not an answer.
 */
import { normalize } from './normalize';

const REFUSAL = new Set(
  (
    'no nope nah why not dont never cant wont idk later sorry what who nahi na kyun mat kyu nai nhi bilkul ' +
    'نہیں نہ کیوں مت کیا کون'
  )
    .split(' ')
    .flatMap((w) => normalize(w).tokens),
);

const FILLER = new Set(
  (
    'ok okay k kk lol haha hahaha hehe hmm hm oh acha achha wait um uh jee ji shukriya thanks thank you sure wow ' +
    'yes yeah ya yep haan han ha bhai yaar yar theek thik done coming omw cool fine great nice alright ' +
    'good point true right makes sense ty np ' +
    'اچھا جی شکریہ ٹھیک ہے ہاں بھائی یار'
  )
    .split(' ')
    .flatMap((w) => normalize(w).tokens),
);

/** How many messages after a question an answer may come. */
export const ANSWER_WINDOW = 3;

export const ANSWER_HIT = {
  entry: 'sys.self_disclosure.answered',
  category: 'self_disclosure',
  weight: 0.3,
} as const;

export function isPlainAnswer(raw: string, tokens: readonly string[]): boolean {
  if (tokens.length === 0 || raw.includes('?') || raw.includes('؟')) return false;
  let informative = false;
  for (const t of tokens) {
    if (REFUSAL.has(t)) return false;
    if (!FILLER.has(t)) informative = true;
  }
  return informative;
}
