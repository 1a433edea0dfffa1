/** The signals in one message on its own (no conversation context): lexicon ids and categories, never text. */
import { defaultMatcher } from './matcher';
import { normalize } from './normalize';
import type { Hit, Sender } from './types';

export function detectSignals(text: string, from: Sender = 'contact'): Hit[] {
  const matcher = defaultMatcher();
  return matcher.match(normalize(text, matcher.vocabulary), from, text);
}
