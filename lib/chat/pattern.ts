/**
 * The lexicon pattern language, compiled to a regular expression over normalized text (tokens joined by single
 * spaces, with a space at each end).
 *
 * A pattern is a sequence of slots separated by spaces:
 * - `send|share|show`  one token out of several;
 * - `between_us`       several tokens in a row (`_` joins them);
 * - `pic*`             any token starting with "pic";
 * - `@parents`         a macro from the lexicon (itself a list of alternatives, which may use other macros);
 * - `#num` / `#age` / `#adult`  any number / a number from 8 to 19 / from 18 to 69;
 * - `slot?`            the whole slot is optional;
 * - `..` / `...`       up to 3 / up to 6 other tokens in between.
 * Words in patterns are normalized exactly like messages, so patterns are written in plain spelling.
 *
 * Each pattern also gets an anchor: the required slot that is cheapest to look up, so that only patterns whose
 * anchor word occurs in a message are ever run.
 */
import { normalize } from './normalize';

export interface CompiledPattern {
  regex: RegExp;
  /** Exact tokens, one of which must occur for the pattern to match. */
  anchorWords: string[];
  /** Token prefixes, one of which must begin some token (used when the anchor slot has `word*` alternatives). */
  anchorPrefixes: string[];
  /** Every literal token of the pattern (the lexicon's vocabulary, and words a negation check must skip). */
  literals: string[];
  /**
   * For each required slot, the words (and prefixes) one of which must occur: a cheap test that rules a pattern
   * out before its regular expression runs. Slots with numbers (`#num`) are left out.
   */
  required: { words: string[]; prefixes: string[] }[];
}

const wordCache = new Map<string, string[]>();

/** Pattern words go through the same normalization as messages (memoized: macros repeat them a lot). */
function normalizeWords(word: string, expand = true): string[] {
  const key = expand ? word : `${word}*`;
  let tokens = wordCache.get(key);
  if (!tokens) {
    tokens = normalize(word, undefined, expand).tokens;
    wordCache.set(key, tokens);
  }
  return tokens;
}

/** Common words that make poor anchors. */
const COMMON = new Set(
  (
    'you your are is i me a the to and of in on it my do be for what can with no so go get just only ' +
    'will how when where why that this or at as have not dont ok up am we us if all bhi ye wo aur hain ' +
    'kar karo mat hoon tha thi ab bas ho hai ko ki ka ke se tum main mein kya na nahi ہی کو کی کا کی سی ' +
    'میں تم نہیں کیا ہو ہی'
  )
    .split(' ')
    .flatMap((w) => normalizeWords(w)),
);

const GAPS: Readonly<Record<string, number>> = { '..': 3, '...': 6 };
const SPECIAL: Readonly<Record<string, string>> = {
  '#num': '\\d+',
  '#age': '(?:[89]|1\\d)',
  '#adult': '(?:1[89]|[2-6]\\d)',
};

interface Alternative {
  /** Regex source for this alternative (tokens joined by single spaces). */
  source: string;
  /** The token this alternative is looked up by (its least common one), or null when it cannot anchor. */
  anchor: { word: string; prefix: boolean } | null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function expandMacros(alternatives: string[], macros: Readonly<Record<string, string>>, depth = 0): string[] {
  const out: string[] = [];
  for (const alt of alternatives) {
    if (alt.startsWith('@')) {
      const body = macros[alt.slice(1)];
      if (body === undefined) throw new Error(`unknown macro ${alt}`);
      if (depth > 8) throw new Error(`macro ${alt} nests too deep`);
      out.push(...expandMacros(body.split('|'), macros, depth + 1));
    } else out.push(alt);
  }
  return out;
}

function compileAlternative(alt: string, literals: Set<string>): Alternative {
  const special = SPECIAL[alt];
  if (special !== undefined) return { source: special, anchor: null };
  const prefix = alt.endsWith('*');
  const words = (prefix ? alt.slice(0, -1) : alt).split('_').filter((w) => w.length > 0);
  const tokens: string[] = [];
  for (const w of words) tokens.push(...normalizeWords(w, !prefix));
  if (tokens.length === 0) throw new Error(`empty alternative in pattern: "${alt}"`);
  for (const t of tokens) literals.add(t);
  const source = tokens.map(escape).join(' ') + (prefix ? '[^ ]*' : '');
  // Any token of the alternative must occur for it to match, so look it up by the rarest one.
  let anchor: { word: string; prefix: boolean } | null = null;
  let anchorCostSoFar = Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const isPrefix = prefix && i === tokens.length - 1;
    const cost = tokenCost(tokens[i]!, isPrefix);
    if (cost < anchorCostSoFar) {
      anchorCostSoFar = cost;
      anchor = { word: tokens[i]!, prefix: isPrefix };
    }
  }
  return { source, anchor };
}

/** How often a token is likely to occur: common words and short prefixes are poor anchors. */
function tokenCost(word: string, prefix: boolean): number {
  if (prefix) return word.length <= 2 ? 60 : 3;
  if (COMMON.has(word) || word.length === 1) return 50;
  return word.length <= 2 ? 5 : 1;
}

function anchorCost(alternatives: Alternative[]): number {
  let cost = 0;
  for (const alt of alternatives) {
    if (!alt.anchor) return Infinity;
    cost += tokenCost(alt.anchor.word, alt.anchor.prefix);
  }
  return cost;
}

interface CompiledSlot {
  /** Regex source of the slot's alternatives, as one group. */
  group: string;
  alternatives: Alternative[];
  literals: string[];
  /** Words (and prefixes) one of which must occur, or null when the slot has numbers. */
  required: { words: string[]; prefixes: string[] } | null;
  cost: number;
}

/** Slots repeat across patterns (macros especially), so each is compiled once per lexicon. */
const slotCache = new WeakMap<Readonly<Record<string, string>>, Map<string, CompiledSlot>>();

function compileSlot(body: string, macros: Readonly<Record<string, string>>): CompiledSlot {
  let cache = slotCache.get(macros);
  if (!cache) {
    cache = new Map();
    slotCache.set(macros, cache);
  }
  const cached = cache.get(body);
  if (cached) return cached;
  const literals = new Set<string>();
  const alternatives = expandMacros(body.split('|'), macros).map((a) => compileAlternative(a, literals));
  // Longest first, so that a longer phrase wins over its own first word.
  const sources = [...new Set(alternatives.map((a) => a.source))].sort((a, b) => b.length - a.length);
  let required: CompiledSlot['required'] = null;
  if (alternatives.every((a) => a.anchor)) {
    const words = new Set<string>();
    const prefixes = new Set<string>();
    for (const a of alternatives) (a.anchor!.prefix ? prefixes : words).add(a.anchor!.word);
    required = { words: [...words], prefixes: [...prefixes] };
  }
  const slot: CompiledSlot = {
    group: `(?:${sources.join('|')})`,
    alternatives,
    literals: [...literals],
    required,
    cost: anchorCost(alternatives),
  };
  cache.set(body, slot);
  return slot;
}

export function compilePattern(pattern: string, macros: Readonly<Record<string, string>>): CompiledPattern {
  const slots = pattern.trim().split(/\s+/);
  const literals = new Set<string>();
  let source = '';
  let best: Alternative[] | null = null;
  let bestCost = Infinity;
  const required: { words: string[]; prefixes: string[] }[] = [];
  for (const rawSlot of slots) {
    const gap = GAPS[rawSlot];
    if (gap !== undefined) {
      source += `(?: [^ ]+){0,${gap}}?`;
      continue;
    }
    const optional = rawSlot.length > 1 && rawSlot.endsWith('?');
    const body = optional ? rawSlot.slice(0, -1) : rawSlot;
    let slot: CompiledSlot;
    try {
      slot = compileSlot(body, macros);
    } catch (error) {
      throw new Error(`${(error as Error).message} in "${pattern}"`);
    }
    for (const w of slot.literals) literals.add(w);
    if (optional) source += `(?: ${slot.group})?`;
    else {
      source += ` ${slot.group}`;
      if (slot.required) required.push(slot.required);
      if (slot.cost < bestCost) {
        bestCost = slot.cost;
        best = slot.alternatives;
      }
    }
  }
  if (!best) throw new Error(`pattern has no required word to anchor on: "${pattern}"`);
  const anchorWords: string[] = [];
  const anchorPrefixes: string[] = [];
  for (const alt of best) {
    if (alt.anchor!.prefix) anchorPrefixes.push(alt.anchor!.word);
    else anchorWords.push(alt.anchor!.word);
  }
  return {
    regex: new RegExp(`${source}(?= )`, 'g'),
    anchorWords: [...new Set(anchorWords)],
    anchorPrefixes: [...new Set(anchorPrefixes)],
    literals: [...literals],
    required,
  };
}
