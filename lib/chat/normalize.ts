/**
 * Normalization for how people really type, so that one lexicon pattern matches every spelling of a phrase:
 * Unicode compatibility forms, case, look-alikes and Urdu script variants (foldChars), leetspeak (leetspeak),
 * stretched letters ("pleeease" → "please": every run of one letter is squeezed to one, in text and patterns
 * alike), letters typed apart ("s n a p" → "snap"), and shorthand / Roman Urdu spelling families (shorthand).
 *
 * The result is a list of tokens and the same tokens as one string with a space before and after each token,
 * which is what compiled patterns run on.
 */
import { foldChars } from './foldChars';
import { decodeLeet } from './leetspeak';
import { ENGLISH_SHORTHAND, ROMAN_URDU_SHORTHAND } from './shorthand';

export interface NormalizedText {
  tokens: string[];
  /** `' ' + tokens.join(' ') + ' '` */
  text: string;
  /**
   * Where each sentence after the first starts (token indices, ascending), when the message has more than one.
   * Patterns still run over the whole message; only negation stops at a sentence's start ("i dont want money. just
   * hop on video" still asks for the video).
   */
  sentences?: number[];
}

const NEEDS_NFKD = /[^\t\n\r -~\u0600-\u06ff\u200b-\u200f\u2018\u2019]/;
const HAS_DIGIT = /\d/;
const ALPHA = /^[a-z]+$/;
const DIGITS = /^\d+$/;

/** Collapses each run of one repeated letter to a single letter ("heyyy" → "hey", "meet" → "met"); digits stay. */
export function squeeze(token: string): string {
  let doubled = false;
  for (let i = 1; i < token.length; i++) {
    if (token.charCodeAt(i) === token.charCodeAt(i - 1)) {
      doubled = true;
      break;
    }
  }
  if (!doubled) return token;
  let out = '';
  let prev = '';
  for (let i = 0; i < token.length; i++) {
    const ch = token[i]!;
    if (ch === prev && !(ch >= '0' && ch <= '9')) continue;
    out += ch;
    prev = ch;
  }
  return out;
}

function buildShorthand(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const table of [ROMAN_URDU_SHORTHAND, ENGLISH_SHORTHAND]) {
    for (const [canonical, spellings] of Object.entries(table)) {
      const value = canonical.split(' ').map(squeeze);
      for (const spelling of spellings.split(' ')) {
        const key = squeeze(spelling);
        if (key !== value.join(' ') && !map.has(key)) map.set(key, value);
      }
    }
  }
  return map;
}

const SHORTHAND = buildShorthand();

/** One raw token → its decoded, squeezed form(s). */
function hasDigitOrSymbol(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24 || c === 0x21) return true;
  }
  return false;
}

/** Words whose doubled letter is the meaning, not stretching: squeezed, "bff" would read as "bf" (boyfriend). */
const DOUBLED: ReadonlyMap<string, readonly string[]> = new Map([
  ['bff', ['best', 'friend']],
  ['bffs', ['best', 'friends']],
  ['bffl', ['best', 'friend']],
]);

function cleanToken(raw: string, out: string[]): void {
  if (!hasDigitOrSymbol(raw)) {
    const kept = DOUBLED.get(raw);
    if (kept) out.push(...kept);
    else out.push(squeeze(raw));
    return;
  }
  if (HAS_DIGIT.test(raw)) {
    const expansion = SHORTHAND.get(raw);
    if (expansion) {
      out.push(raw); // expanded later, once letters typed apart have been joined
      return;
    }
  }
  const decoded = decodeLeet(raw);
  if (decoded.length === 0) return;
  if (decoded.includes(' ')) {
    for (const part of decoded.split(' ')) out.push(squeeze(part));
  } else out.push(squeeze(decoded));
}

function asWord(letters: readonly string[]): string {
  const joined = letters.join('');
  return DIGITS.test(joined) ? joined : squeeze(decodeLeet(joined));
}

/**
 * Reads a run of single characters: one word ("s n a p"), a number ("0 3 0 0"), two words ("d o n t t e l l"), or
 * a one-letter word next to a word ("a p i c"). Null when it is none of these (leave the letters alone).
 */
function splitRun(run: readonly string[], vocabulary: ReadonlySet<string> | undefined): string[] | null {
  const whole = asWord(run);
  if (DIGITS.test(whole) || vocabulary?.has(whole)) return [whole];
  if (vocabulary && run.length >= 4) {
    for (let k = run.length - 2; k >= 2; k--) {
      const left = asWord(run.slice(0, k));
      const right = asWord(run.slice(k));
      if (vocabulary.has(left) && vocabulary.has(right)) return [left, right];
    }
    const head = asWord(run.slice(1));
    if (vocabulary.has(head)) return [run[0]!, head];
    const tail = asWord(run.slice(0, -1));
    if (vocabulary.has(tail)) return [tail, run[run.length - 1]!];
  }
  return run.length >= 5 ? [whole] : null;
}

/** Joins runs of single characters typed apart ("s n a p", "0 3 0 0"). */
function joinSpacedLetters(tokens: string[], vocabulary: ReadonlySet<string> | undefined): string[] {
  let singles = 0;
  for (const t of tokens) if (t.length === 1) singles++;
  if (singles < 3) return tokens;
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && tokens[j]!.length === 1) j++;
    const run = j - i;
    if (run >= 3) {
      const parts = splitRun(tokens.slice(i, j), vocabulary);
      if (parts) {
        out.push(...parts);
        i = j;
        continue;
      }
    }
    for (; i < j; i++) out.push(tokens[i]!);
    if (i < tokens.length) out.push(tokens[i++]!);
  }
  return out;
}

/** ے and ں only ever end an Urdu word, so a letter right after one starts the next word. */
const FUSED_URDU = /([\u06ba\u06d2\u06d3])(?=[\u0621-\u064a\u0671-\u06d1])/g;

/**
 * Phone keyboards and hurried typing drop spaces ("کتنےبجے", "کےساتھ", "میںنے"); splitting after a word-final
 * letter restores them. It runs before ے and ں are folded into ی and ن, which can sit anywhere in a word.
 */
function splitFusedUrdu(text: string): string {
  return text.includes('\u06d2') || text.includes('\u06ba') || text.includes('\u06d3')
    ? text.replace(FUSED_URDU, '$1 ')
    : text;
}

// After folding: کا / کی / کے (کے folds to کی) fused to the next word, ہے / ہیں (ہی / ہین) fused to the one before.
const LEADING_PARTICLES = ['\u06a9\u0627', '\u06a9\u06cc'];
const TRAILING_PARTICLES = ['\u06c1\u06cc', '\u06c1\u06cc\u0646'];

/**
 * "دروازےکادروازہ بندہے": after the split at a word-final ے, a possessive particle can still be stuck to the next
 * word ("کادروازہ") and a verb to the word before ("بندہے"). An Urdu token the lexicons do not know is split when
 * what is left is a word they know.
 */
function splitFusedParticles(tokens: string[], vocabulary: ReadonlySet<string>): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let parts: string[] | null = null;
    if (t.length > 3 && t.charCodeAt(0) >= 0x0600 && t.charCodeAt(0) <= 0x06ff && !vocabulary.has(t)) {
      for (const p of LEADING_PARTICLES) {
        if (t.startsWith(p) && vocabulary.has(t.slice(p.length))) parts = [p, t.slice(p.length)];
      }
      for (const p of TRAILING_PARTICLES) {
        if (!parts && t.endsWith(p) && vocabulary.has(t.slice(0, -p.length)))
          parts = [t.slice(0, -p.length), p];
      }
    }
    if (parts) (out ??= tokens.slice(0, i)).push(...parts);
    else out?.push(t);
  }
  return out ?? tokens;
}

/**
 * A sentence ends at `. ! ?` after a word of two or more characters and before a space (not "s.n.a.p", "3.5" or
 * "s. n. a. p"), at Urdu ۔ and ؟, and at a line break.
 */
const SENTENCE_END = /(?<=[^\s.!?]{2})[.!?]+(?=\s)|[\u06d4\u061f\n]+/g;
const MAYBE_SENTENCES = /[.!?\u06d4\u061f\n]/;

/**
 * Normalizes a message or a pattern word. `vocabulary` (the lexicon's words) lets short words typed apart be
 * joined ("p i c"); runs of five or more single letters are always joined. `expand: false` skips shorthand
 * (for word prefixes in patterns, which must stay as written).
 */
export function normalize(input: string, vocabulary?: ReadonlySet<string>, expand = true): NormalizedText {
  // NFKD only when something outside ASCII and the Arabic block is there (accents, full-width, look-alikes):
  // composed Arabic letters are folded directly by foldChars, so most Urdu text skips it.
  const lowered = (NEEDS_NFKD.test(input) ? input.normalize('NFKD') : input).toLowerCase();
  const tokens: string[] = [];
  let sentences: number[] | undefined;
  if (MAYBE_SENTENCES.test(lowered)) {
    for (const part of lowered.split(SENTENCE_END)) {
      const start = tokens.length;
      normalizeSentence(part, vocabulary, expand, tokens);
      if (start > 0 && tokens.length > start) (sentences ??= []).push(start);
    }
  } else normalizeSentence(lowered, vocabulary, expand, tokens);
  const text = tokens.length > 0 ? ` ${tokens.join(' ')} ` : ' ';
  return sentences ? { tokens, text, sentences } : { tokens, text };
}

function normalizeSentence(
  lowered: string,
  vocabulary: ReadonlySet<string> | undefined,
  expand: boolean,
  tokens: string[],
): void {
  const folded = foldChars(splitFusedUrdu(lowered));
  const cleaned: string[] = [];
  for (const raw of folded.split(' ')) if (raw.length > 0) cleanToken(raw, cleaned);
  const spaced = joinSpacedLetters(cleaned, vocabulary);
  const joined = vocabulary ? splitFusedParticles(spaced, vocabulary) : spaced;
  for (let i = 0; i < joined.length; i++) {
    let t = joined[i]!;
    if ((t === '2' || t === '4') && i > 0 && i + 1 < joined.length) {
      if (ALPHA.test(joined[i - 1]!) && ALPHA.test(joined[i + 1]!)) t = t === '2' ? 'to' : 'for';
    }
    const expansion = expand ? SHORTHAND.get(t) : undefined;
    if (expansion) for (const e of expansion) tokens.push(e);
    else tokens.push(t);
  }
}
