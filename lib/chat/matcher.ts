/**
 * Finds the lexicon entries a message matches. All patterns of all lexicons live in one index keyed by their
 * anchor word, so a message only runs the few patterns whose anchor it contains. Mixed-language messages need
 * nothing special: Urdu-script, Roman Urdu and English patterns all look at the same normalized tokens.
 *
 * For each category at most one hit per message is kept (the heaviest), after negation and benign-context checks.
 * Phone numbers and e-mail addresses are found by contactDetails.
 */
import { findPhone, hasEmail } from './contactDetails';
import { LEXICONS } from './lexicons';
import { isNegated, type NegationRules } from './negation';
import { normalize, type NormalizedText } from './normalize';
import { compilePattern } from './pattern';
import type { Category, Direction, Hit, Lexicon, Sender } from './types';
import { addWords, containsAny, emptyWordSet, isEmpty, type WordSet } from './wordSet';

interface CompiledEntry {
  id: string;
  category: Category;
  weight: number;
  dir: Direction;
  negatable: boolean;
  /** A negation anywhere in the message cancels it. */
  negateWhole: boolean;
  /** Negation words before the phrase count (English word order). */
  negateBefore: boolean;
  ask: boolean;
  also: Category | null;
  benign: WordSet | null;
}

interface CompiledRef {
  entry: number;
  regex: RegExp;
  literals: ReadonlySet<string>;
  required: { words: string[]; prefixes: string[] }[];
}

/** The previous message, whose words also count as benign context. */
export interface MatchContext {
  tokens: readonly string[];
  text: string;
}

export interface SignalMatcher {
  /** Every word the lexicons use (lets words typed letter by letter be joined). */
  readonly vocabulary: ReadonlySet<string>;
  /** Number of lexicon entries and compiled patterns. */
  readonly size: { entries: number; patterns: number };
  match(
    norm: NormalizedText,
    from: Sender,
    raw: string,
    context?: MatchContext | null,
    contactKnown?: boolean,
  ): Hit[];
}

const SYSTEM_HITS = {
  teenPhone: { entry: 'sys.self_disclosure.phone', category: 'self_disclosure', weight: 0.35 },
  teenPkMobile: { entry: 'sys.self_disclosure.phone_pk_mobile', category: 'self_disclosure', weight: 0.35 },
  teenEmail: { entry: 'sys.self_disclosure.email', category: 'self_disclosure', weight: 0.3 },
  contactPhone: { entry: 'sys.platform_switch.phone', category: 'platform_switch', weight: 0.4 },
  contactEmail: { entry: 'sys.platform_switch.email', category: 'platform_switch', weight: 0.35 },
} as const satisfies Record<string, Hit>;

/** A phrase's second category counts at this share of its weight. */
const ALSO_FACTOR = 0.6;
const DISCLOSURE_STEP = 0.15;
const DISCLOSURE_MAX = 0.55;

function singleWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const tokens = normalize(w.replace(/_/g, ' ')).tokens;
    if (tokens.length === 1) out.add(tokens[0]!);
  }
  return out;
}

export function buildMatcher(lexicons: readonly Lexicon[] = LEXICONS): SignalMatcher {
  const entries: CompiledEntry[] = [];
  const refs: CompiledRef[] = [];
  const anchors: { ref: number; words: string[]; prefixes: string[] }[] = [];
  const vocabulary = new Set<string>();
  const negators: string[] = [];
  const breakers: string[] = [];
  const categoryBenign = new Map<Category, string[]>();
  const knownBenign = new Map<Category, WordSet>();
  for (const lex of lexicons) {
    for (const [cat, words] of Object.entries(lex.knownBenign ?? {}) as [Category, readonly string[]][]) {
      knownBenign.set(cat, addWords(knownBenign.get(cat) ?? emptyWordSet(), words));
    }
    negators.push(...lex.negators);
    breakers.push(...lex.negationBreakers);
    for (const [cat, words] of Object.entries(lex.benign) as [Category, readonly string[]][]) {
      categoryBenign.set(cat, [...(categoryBenign.get(cat) ?? []), ...words]);
    }
  }
  const rules: NegationRules = { negators: singleWords(negators), breakers: singleWords(breakers) };
  const compiledCategoryBenign = new Map<Category, readonly string[]>(categoryBenign);

  const ids = new Set<string>();
  for (const lex of lexicons) {
    for (const e of lex.entries) {
      const id = `${lex.lang}.${e.cat}.${e.id}`;
      if (ids.has(id)) throw new Error(`duplicate lexicon id ${id}`);
      ids.add(id);
      const benignWords = [
        ...(e.benign ?? []),
        ...(e.catBenign === false ? [] : (compiledCategoryBenign.get(e.cat) ?? [])),
      ];
      const benign = addWords(emptyWordSet(), benignWords);
      const index = entries.length;
      entries.push({
        id,
        category: e.cat,
        weight: e.w,
        dir: e.dir ?? (e.cat === 'self_disclosure' ? 'teen' : 'contact'),
        negatable: e.neg !== false,
        negateWhole: e.neg === 'message',
        negateBefore: lex.lang === 'en',
        ask: e.ask === true,
        also: e.also ?? null,
        benign: isEmpty(benign) ? null : benign,
      });
      for (const source of typeof e.p === 'string' ? [e.p] : e.p) {
        const compiled = compilePattern(source, lex.macros);
        const ref = refs.length;
        refs.push({
          entry: index,
          regex: compiled.regex,
          literals: new Set(compiled.literals),
          // The anchor slot is satisfied whenever the pattern is a candidate; test only the others.
          required: compiled.required.filter(
            (slot) =>
              !(
                slot.prefixes.length === compiled.anchorPrefixes.length &&
                slot.words.length === compiled.anchorWords.length &&
                slot.words.every((w) => compiled.anchorWords.includes(w)) &&
                slot.prefixes.every((w) => compiled.anchorPrefixes.includes(w))
              ),
          ),
        });
        for (const w of compiled.literals) vocabulary.add(w);
        anchors.push({ ref, words: compiled.anchorWords, prefixes: compiled.anchorPrefixes });
      }
    }
  }
  // One index per sender, so the teen's messages only run teen-side patterns and the contact's only contact-side.
  const indexes: Record<Sender, AnchorIndex> = {
    contact: buildIndex(anchors.filter((a) => entries[refs[a.ref]!.entry]!.dir !== 'teen')),
    teen: buildIndex(anchors.filter((a) => entries[refs[a.ref]!.entry]!.dir !== 'contact')),
  };
  const best = new Map<Category, Hit>();
  const benignChecked = new Map<number, boolean>();
  /** Self-disclosure patterns found in the current message (one per kind of detail: area, school, age, handle). */
  const disclosed = new Set<number>();
  const seen = new Int32Array(refs.length);
  let serial = 0;
  const candidates: number[] = [];

  function tokenIndexAt(text: string, charIndex: number): number {
    // The match starts at the space before its first token; count the spaces before it.
    let count = 0;
    for (let i = 0; i < charIndex; i++) if (text.charCodeAt(i) === 0x20) count++;
    return count;
  }

  function match(
    norm: NormalizedText,
    from: Sender,
    raw: string,
    context?: MatchContext | null,
    contactKnown?: boolean,
  ): Hit[] {
    const { tokens, text } = norm;
    const { exact, prefixByHead, shortStems } = indexes[from];
    serial++;
    candidates.length = 0;
    for (const t of tokens) {
      const list = exact.get(t);
      if (list) {
        for (const r of list) {
          if (seen[r] !== serial) {
            seen[r] = serial;
            candidates.push(r);
          }
        }
      }
      const group = t.length < 2 ? undefined : prefixByHead.get(t.slice(0, 2));
      const stems = shortStems.length === 0 ? group : [...(group ?? []), ...shortStems];
      if (!stems) continue;
      for (const { stem, refs: plist } of stems) {
        if (!t.startsWith(stem)) continue;
        for (const r of plist) {
          if (seen[r] !== serial) {
            seen[r] = serial;
            candidates.push(r);
          }
        }
      }
    }
    best.clear();
    benignChecked.clear();
    disclosed.clear();
    const present = new Set(tokens);
    for (const r of candidates) {
      const ref = refs[r]!;
      const entry = entries[ref.entry]!;
      if (entry.dir !== 'any' && entry.dir !== from) continue;
      const current = best.get(entry.category);
      const disclosure = entry.category === 'self_disclosure';
      if (current && current.weight >= entry.weight && !disclosure) continue;
      if (!hasRequired(ref, present, tokens)) continue;
      const regex = ref.regex;
      regex.lastIndex = 0;
      let found = false;
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        if (!entry.negatable) {
          found = true;
          break;
        }
        const start = tokenIndexAt(text, m.index);
        const end = start + (m[0].split(' ').length - 1);
        if (
          !isNegated(
            tokens,
            start,
            end,
            ref.literals,
            rules,
            entry.negateBefore,
            entry.negateWhole,
            norm.sentences,
          )
        ) {
          found = true;
          break;
        }
        if (m[0].length === 0) regex.lastIndex++;
      }
      if (!found) continue;
      if (entry.benign) {
        let benign = benignChecked.get(ref.entry);
        if (benign === undefined) {
          benign =
            containsAny(entry.benign, tokens, text) ||
            (context != null && containsAny(entry.benign, context.tokens, context.text));
          benignChecked.set(ref.entry, benign);
        }
        if (benign) continue;
      }
      if (contactKnown === true) {
        const family = knownBenign.get(entry.category);
        if (
          family &&
          (containsAny(family, tokens, text) ||
            (context != null && containsAny(family, context.tokens, context.text)))
        ) {
          continue;
        }
      }
      if (disclosure) disclosed.add(r);
      if (current && current.weight >= entry.weight) continue;
      const hit: Hit = { entry: entry.id, category: entry.category, weight: entry.weight };
      if (entry.ask) hit.ask = true;
      best.set(entry.category, hit);
      if (entry.also) {
        const weight = entry.weight * ALSO_FACTOR;
        const other = best.get(entry.also);
        if (!other || other.weight < weight)
          best.set(entry.also, { entry: entry.id, category: entry.also, weight });
      }
    }
    addContactDetails(tokens, raw, from, best);
    // Several details in one message (area, school, class and a handle) give away more than one: each kind after
    // the first adds DISCLOSURE_STEP, up to DISCLOSURE_MAX.
    const told = best.get('self_disclosure');
    if (told) {
      const kinds = disclosed.size + (told.entry.startsWith('sys.') ? 1 : 0);
      if (kinds > 1) {
        const weight = Math.min(told.weight + DISCLOSURE_STEP * (kinds - 1), DISCLOSURE_MAX);
        best.set('self_disclosure', { ...told, weight: Math.round(weight * 100) / 100 });
      }
    }
    return [...best.values()];
  }

  return { vocabulary, size: { entries: entries.length, patterns: refs.length }, match };
}

interface AnchorIndex {
  exact: Map<string, number[]>;
  /** Prefix anchors grouped by their first two characters: one lookup per token, then a few startsWith checks. */
  prefixByHead: Map<string, { stem: string; refs: number[] }[]>;
  shortStems: { stem: string; refs: number[] }[];
}

function buildIndex(anchors: readonly { ref: number; words: string[]; prefixes: string[] }[]): AnchorIndex {
  const exact = new Map<string, number[]>();
  const prefix = new Map<string, number[]>();
  for (const { ref, words, prefixes } of anchors) {
    for (const w of words) {
      const list = exact.get(w);
      if (list) list.push(ref);
      else exact.set(w, [ref]);
    }
    for (const p of prefixes) {
      const list = prefix.get(p);
      if (list) list.push(ref);
      else prefix.set(p, [ref]);
    }
  }
  const prefixByHead = new Map<string, { stem: string; refs: number[] }[]>();
  const shortStems: { stem: string; refs: number[] }[] = [];
  for (const [stem, list] of prefix) {
    if (stem.length < 2) {
      shortStems.push({ stem, refs: list });
      continue;
    }
    const head = stem.slice(0, 2);
    const group = prefixByHead.get(head);
    if (group) group.push({ stem, refs: list });
    else prefixByHead.set(head, [{ stem, refs: list }]);
  }
  return { exact, prefixByHead, shortStems };
}

/** Cheap test before the regular expression: every required slot has one of its words in the message. */
function hasRequired(ref: CompiledRef, present: ReadonlySet<string>, tokens: readonly string[]): boolean {
  for (const slot of ref.required) {
    let ok = false;
    for (const w of slot.words) {
      if (present.has(w)) {
        ok = true;
        break;
      }
    }
    if (!ok && slot.prefixes.length > 0) {
      for (const t of tokens) {
        for (const p of slot.prefixes) {
          if (t.startsWith(p)) {
            ok = true;
            break;
          }
        }
        if (ok) break;
      }
    }
    if (!ok) return false;
  }
  return true;
}

/** Parent and guardian words, in all three languages. */
const GUARDIAN = new Set(
  (
    'dad dads father fathers mom moms mum mother mothers parent parents guardian abbu abu abba ammi ammy amma ' +
    'walid walida walidain ابو ابا امی اماں والد والدہ والدین'
  )
    .split(' ')
    .flatMap((w) => normalize(w).tokens),
);

function addContactDetails(
  tokens: readonly string[],
  raw: string,
  from: Sender,
  best: Map<Category, Hit>,
): void {
  const phone = findPhone(tokens);
  const email = hasEmail(raw);
  if (!phone && !email) return;
  let hit: Hit;
  // A teen passing on a parent's number ("my dad's number is…", "ابو کا نمبر…", to an academy or a shop) gives
  // away no detail of their own.
  if (from === 'teen' && !email && tokens.some((t) => GUARDIAN.has(t))) return;
  if (from === 'teen') {
    hit =
      phone === 'phone_pk_mobile'
        ? SYSTEM_HITS.teenPkMobile
        : phone
          ? SYSTEM_HITS.teenPhone
          : SYSTEM_HITS.teenEmail;
  } else hit = phone ? SYSTEM_HITS.contactPhone : SYSTEM_HITS.contactEmail;
  const current = best.get(hit.category);
  if (!current || current.weight < hit.weight) best.set(hit.category, { ...hit });
}

let shared: SignalMatcher | null = null;

/** The matcher over the built-in lexicons, compiled once on first use. */
export function defaultMatcher(): SignalMatcher {
  shared ??= buildMatcher();
  return shared;
}
