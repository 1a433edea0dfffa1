/**
 * A set of context words (benign-context lists, negators) compiled for fast lookup in normalized tokens: exact
 * words, `word*` prefixes, and `several_words` phrases.
 */
import { normalize } from './normalize';

export interface WordSet {
  exact: Set<string>;
  prefixes: string[];
  /** Phrases as they appear in normalized text, with a space at each end. */
  phrases: string[];
}

export function emptyWordSet(): WordSet {
  return { exact: new Set(), prefixes: [], phrases: [] };
}

export function addWords(set: WordSet, words: readonly string[]): WordSet {
  for (const word of words) {
    if (word.endsWith('*')) {
      const [stem] = normalize(word.slice(0, -1), undefined, false).tokens;
      if (stem) set.prefixes.push(stem);
      continue;
    }
    const tokens = normalize(word.replace(/_/g, ' ')).tokens;
    if (tokens.length === 1) set.exact.add(tokens[0]!);
    else if (tokens.length > 1) set.phrases.push(` ${tokens.join(' ')} `);
  }
  return set;
}

/** True when any token of `tokens` (or any phrase in `text`) is in the set. */
export function containsAny(set: WordSet, tokens: readonly string[], text: string): boolean {
  for (const t of tokens) {
    if (set.exact.has(t)) return true;
    for (const p of set.prefixes) if (t.startsWith(p)) return true;
  }
  for (const p of set.phrases) if (text.includes(p)) return true;
  return false;
}

export function isEmpty(set: WordSet): boolean {
  return set.exact.size === 0 && set.prefixes.length === 0 && set.phrases.length === 0;
}
