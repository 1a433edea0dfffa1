/**
 * Which language a conversation is in: Urdu script, Roman Urdu, English, or a mix. Used for per-language
 * figures; matching itself runs every lexicon on every message, so mixed messages need no choice.
 */
import { isArabicScript } from './foldChars';
import { normalize } from './normalize';
import type { LanguageId } from './types';

export type ConversationLanguage = LanguageId | 'mixed';

const ROMAN_URDU = new Set(
  (
    'hai hain ho hoon kya tum aap nahi mat ko ki ka ke se mein main mera meri mere tera teri yaar acha kar karo ' +
    'raha rahi bhi kuch kyun kahan kab aur ye yeh wo woh tha thi jao gaya gayi hum apna apni sirf bohat bas abhi ' +
    'phir lekin magar ghar ammi abbu batao bata chalo theek hoga hogi sakta sakti wala wali tumhe mujhe tumhara ' +
    'tumhari kaisi kaise kon kaun haan jee ji'
  )
    .split(' ')
    .flatMap((w) => normalize(w).tokens),
);

const ENGLISH = new Set(
  (
    'the is are you your i to and what do it my me that this of in for have with can be so just will about was ' +
    'not dont am how where when why if we they he she at on get want send know tell like'
  )
    .split(' ')
    .flatMap((w) => normalize(w).tokens),
);

/** The language of one message, or null when it has no words to tell. */
export function messageLanguage(text: string): LanguageId | null {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isArabicScript(c)) arabic++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
  }
  if (arabic === 0 && latin === 0) return null;
  if (arabic >= latin) return 'ur';
  let ru = 0;
  let en = 0;
  for (const t of normalize(text).tokens) {
    if (ROMAN_URDU.has(t)) ru++;
    if (ENGLISH.has(t)) en++;
  }
  if (ru === 0 && en === 0) return null;
  return ru > en ? 'roman-ur' : 'en';
}

/** The language of a conversation: the one most messages use, or 'mixed' when a second one has a quarter or more. */
export function detectLanguage(texts: readonly string[]): ConversationLanguage {
  const counts: Record<LanguageId, number> = { en: 0, ur: 0, 'roman-ur': 0 };
  let total = 0;
  for (const t of texts) {
    const lang = messageLanguage(t);
    if (lang) {
      counts[lang]++;
      total++;
    }
  }
  if (total === 0) return 'en';
  const ranked = (Object.entries(counts) as [LanguageId, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (second && second[1] >= total * 0.25) return 'mixed';
  return first![0];
}
