/**
 * Which of the four list formats a downloaded text is in, decided from its first lines (a subscription URL does
 * not say), plus the small syntax helpers the detector and the parser share.
 */

export const LIST_FORMATS = ['hosts', 'domains', 'adblock', 'dnsmasq'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

/** Longer lines are skipped as junk without being scanned for content. */
export const MAX_LINE_LENGTH = 1000;

const LINES_TO_SAMPLE = 200;
/** `[Adblock Plus 2.0]`-style headers settle the question on their own. */
const ADBLOCK_HEADER_VOTES = 1000;

export const DNSMASQ_PREFIXES = ['address=/', 'server=/', 'local=/'] as const;

/** Space, tab, CR, vertical tab, form feed: what separates tokens in every format. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}

/** A line starting (after blanks) with one of these is a comment in some format; none starts a real entry. */
export function isCommentStart(c: number): boolean {
  return c === 35 /* # */ || c === 33 /* ! */ || c === 59; /* ; */
}

/** The first token of a hosts line: an IPv4 address (digits and dots) or anything IPv6-like (has a colon). */
export function isAddressToken(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  let colon = false;
  let onlyDigitsAndDots = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) colon = true;
    else if (!((c >= 48 && c <= 57) || c === 46)) onlyDigitsAndDots = false;
  }
  return colon || onlyDigitsAndDots;
}

/** `##`, `#@#`, `#?#`, `#$#`: an adblock element-hiding (cosmetic) rule, which names no domain to block. */
export function hasCosmeticMarker(text: string, start: number, end: number): boolean {
  for (let i = start; i < end - 1; i++) {
    if (text.charCodeAt(i) !== 35) continue;
    const next = text.charCodeAt(i + 1);
    if (next === 35) return true;
    if ((next === 64 || next === 63 || next === 36) && i + 2 < end && text.charCodeAt(i + 2) === 35)
      return true;
  }
  return false;
}

export function skipBlanks(text: string, position: number, end: number): number {
  let i = position;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

export function tokenEnd(text: string, position: number, end: number): number {
  let i = position;
  while (i < end && !isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Votes over the first content lines; a tie or no content means a plain domain list. */
export function detectListFormat(text: string): ListFormat {
  const votes: Record<ListFormat, number> = { hosts: 0, domains: 0, adblock: 0, dnsmasq: 0 };
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let sampled = 0;
  while (position < text.length && sampled < LINES_TO_SAMPLE) {
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd < 0) lineEnd = text.length;
    const start = skipBlanks(text, position, lineEnd);
    position = lineEnd + 1;
    if (start >= lineEnd || lineEnd - start > MAX_LINE_LENGTH) continue;
    const first = text.charCodeAt(start);
    if (first === 91 /* [ */ && text.startsWith('[Adblock', start)) {
      votes.adblock += ADBLOCK_HEADER_VOTES;
      continue;
    }
    if (isCommentStart(first)) continue;
    sampled++;
    votes[classifyLine(text, start, lineEnd)]++;
  }
  let best: ListFormat = 'domains';
  for (const format of LIST_FORMATS) if (votes[format] > votes[best]) best = format;
  return best;
}

function classifyLine(text: string, start: number, end: number): ListFormat {
  const first = text.charCodeAt(start);
  if (first === 124 /* | */ || (first === 64 /* @ */ && text.startsWith('@@', start))) return 'adblock';
  if (DNSMASQ_PREFIXES.some((prefix) => text.startsWith(prefix, start))) return 'dnsmasq';
  const addressEnd = tokenEnd(text, start, end);
  if (isAddressToken(text, start, addressEnd) && skipBlanks(text, addressEnd, end) < end) return 'hosts';
  return hasCosmeticMarker(text, start, end) ? 'adblock' : 'domains';
}
