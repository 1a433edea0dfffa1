/**
 * One entry of a downloaded list (a token inside a line) becomes a domain at list speed: a char-code scan with no
 * regular expression and no `new URL` for the plain ASCII entries that make up nearly every real list. Only entries
 * with non-ASCII characters or `xn--` labels (whose punycode the URL parser validates) go through `normalizeDomain`,
 * so every accepted entry is exactly what `normalizeDomain` would make of it. Unlike `normalizeDomain`, an entry with
 * a scheme, path, port, credentials or any other stray character is refused: lists hold names, not URLs.
 */
import { normalizeDomain } from './domain';

const MAX_DOMAIN_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

const INVALID = 0;
const LOWER = 1;
const DIGIT = 2;
const UPPER = 3; // A-Z: lowercased when copied
const HYPHEN = 4;
const DOT = 5;

/** Class of each ASCII code point (anything not listed is INVALID). */
const ASCII_CLASS = (() => {
  const table = new Uint8Array(128);
  for (let c = 97; c <= 122; c++) table[c] = LOWER;
  for (let c = 48; c <= 57; c++) table[c] = DIGIT;
  for (let c = 65; c <= 90; c++) table[c] = UPPER;
  table[45] = HYPHEN;
  table[46] = DOT;
  return table;
})();

const CHAR_STAR = 42;
const CHAR_DOT = 46;
const CHAR_HYPHEN = 45;
const CHAR_ZERO = 48;

/** What `scanListEntry` found. */
export const ENTRY_REJECTED = 0;
/** A valid ASCII domain at `bounds.from`..`bounds.to` (may hold uppercase letters still to be lowercased). */
export const ENTRY_ASCII = 1;
/** Needs the URL parser (non-ASCII or `xn--`): call `normalizeDomain` on the whole entry. */
export const ENTRY_NEEDS_IDNA = 2;
export type EntryKind = typeof ENTRY_REJECTED | typeof ENTRY_ASCII | typeof ENTRY_NEEDS_IDNA;

export interface EntryBounds {
  from: number;
  to: number;
}

/**
 * Classifies the entry `text[start, end)` in place, without making a substring. For ENTRY_ASCII, `bounds` holds the
 * domain without its `*.`/`.` prefix and trailing dots.
 */
export function scanListEntry(text: string, start: number, end: number, bounds: EntryBounds): EntryKind {
  let from = start;
  let to = end;
  // `*.example.com` and `.example.com` mean the domain and its subdomains, as in normalizeDomain (one prefix only).
  const first = text.charCodeAt(from);
  if (first === CHAR_STAR) {
    if (from + 1 >= to || text.charCodeAt(from + 1) !== CHAR_DOT) return ENTRY_REJECTED;
    from += 2;
  } else if (first === CHAR_DOT) {
    from += 1;
  }
  while (to > from && text.charCodeAt(to - 1) === CHAR_DOT) to--;
  if (to <= from) return ENTRY_REJECTED;

  let slow = false;
  let labels = 1;
  let labelStart = from;
  let labelDigitsOnly = true;
  let previousClass = DOT;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      // Non-ASCII: IDNA is the URL parser's job. Keep scanning so ASCII junk still fails fast.
      slow = true;
      previousClass = LOWER;
      labelDigitsOnly = false;
      continue;
    }
    const kind = ASCII_CLASS[c] ?? INVALID;
    switch (kind) {
      case LOWER:
      case UPPER:
        labelDigitsOnly = false;
        break;
      case DIGIT:
        break;
      case HYPHEN:
        if (previousClass === DOT) return ENTRY_REJECTED; // a label cannot start with a hyphen
        labelDigitsOnly = false;
        break;
      case DOT:
        if (previousClass === DOT || previousClass === HYPHEN) return ENTRY_REJECTED; // empty, or ends with `-`
        if (!slow && i - labelStart > MAX_LABEL_LENGTH) return ENTRY_REJECTED;
        if (isPunycodeLabel(text, labelStart, i)) slow = true;
        labels++;
        labelStart = i + 1;
        labelDigitsOnly = true;
        break;
      default:
        return ENTRY_REJECTED;
    }
    previousClass = kind;
  }
  if (slow || isPunycodeLabel(text, labelStart, to)) return ENTRY_NEEDS_IDNA;
  if (previousClass === HYPHEN || labels < 2) return ENTRY_REJECTED;
  if (to - from > MAX_DOMAIN_LENGTH || to - labelStart > MAX_LABEL_LENGTH) return ENTRY_REJECTED;
  // A numeric last label makes the URL parser read the name as an IPv4 address (decimal or 0x hex).
  if (labelDigitsOnly || isHexNumber(text, labelStart, to)) return ENTRY_REJECTED;
  bounds.from = from;
  bounds.to = to;
  return ENTRY_ASCII;
}

const scratchBounds: EntryBounds = { from: 0, to: 0 };

/**
 * The domain named by `text.slice(start, end)` (lowercase ASCII, punycode), or null when it is not a usable
 * domain name.
 */
export function normalizeListEntry(text: string, start: number, end: number): string | null {
  const kind = scanListEntry(text, start, end, scratchBounds);
  if (kind === ENTRY_REJECTED) return null;
  if (kind === ENTRY_NEEDS_IDNA) return normalizeDomain(text.slice(start, end));
  return text.slice(scratchBounds.from, scratchBounds.to).toLowerCase();
}

/** Convenience for a single token (tests, settings). */
export function normalizeListToken(token: string): string | null {
  return token.length === 0 ? null : normalizeListEntry(token, 0, token.length);
}

function isPunycodeLabel(text: string, start: number, end: number): boolean {
  return (
    end - start >= 4 &&
    text.charCodeAt(start + 2) === CHAR_HYPHEN &&
    text.charCodeAt(start + 3) === CHAR_HYPHEN &&
    (text.charCodeAt(start) | 0x20) === 0x78 && // x
    (text.charCodeAt(start + 1) | 0x20) === 0x6e // n
  );
}

function isHexNumber(text: string, start: number, end: number): boolean {
  if (
    end - start < 2 ||
    text.charCodeAt(start) !== CHAR_ZERO ||
    (text.charCodeAt(start + 1) | 0x20) !== 0x78
  ) {
    return false;
  }
  for (let i = start + 2; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
