/**
 * Turns a downloaded category list (hosts file, plain domains, adblock `||domain^`, dnsmasq) into the sorted,
 * deduplicated, subsumed domains the rules and the lookup are built from, at more than a million domains a second,
 * with counts that say how much of the text was usable so a fetch that returned an error page or junk is recognized
 * (`looksLikeGarbage`) and the last good copy kept. Never throws on any text: junk lines are counted, not fatal.
 */
import { DomainBytes } from './domainBytes';
import { normalizeDomain } from './domain';
import { ENTRY_ASCII, ENTRY_NEEDS_IDNA, ENTRY_REJECTED, scanListEntry, type EntryBounds } from './listEntry';
import {
  DNSMASQ_PREFIXES,
  MAX_LINE_LENGTH,
  detectListFormat,
  hasCosmeticMarker,
  isAddressToken,
  isBlank,
  isCommentStart,
  skipBlanks,
  tokenEnd,
  type ListFormat,
} from './listFormat';
import { subsumeDomainBytes } from './subsume';

export { LIST_FORMATS, MAX_LINE_LENGTH, detectListFormat, type ListFormat } from './listFormat';

export interface ListStats {
  /** The format the text was read as (detected when `auto`). */
  format: ListFormat;
  /** Lines in the text, blank and comment lines included. */
  lines: number;
  /** Entries that are domain names, before duplicates, public suffixes and covered subdomains are removed. */
  accepted: number;
  /** Entries or lines that should have named a domain and did not: IPs, ports, paths, junk, lines over 1,000 characters. */
  rejected: number;
  /** Valid lines that name nothing to block: adblock exceptions, cosmetic and path rules, dnsmasq forwards, hosts-file local names. */
  ignored: number;
  duplicates: number;
  /** Accepted entries that are themselves public suffixes (`gob.mx`), dropped (see publicSuffix.ts). */
  publicSuffixes: number;
  /** Accepted entries dropped because a listed parent domain already covers them. */
  subsumed: number;
  /** The text starts like an HTML or XML document (an error page, a captive portal). */
  markup: boolean;
}

export interface ParsedList {
  /** Sorted, unique, no public suffix, no subdomain of another entry; each equals `normalizeDomain` of its entry. */
  domains: string[];
  stats: ListStats;
}

/** Below this share of accepted entries among accepted + rejected, the text is not a list. */
const MIN_ACCEPTED_SHARE = 0.5;

/** Adblock options that do not narrow a `||domain^` rule to some pages or request types. */
const BLOCKING_ADBLOCK_OPTIONS = new Set([
  'third-party',
  '3p',
  '~third-party',
  'first-party',
  '1p',
  '~first-party',
  'important',
  'all',
  'document',
  'doc',
  'popup',
]);

const LOCAL_DOMAIN = 'localhost.localdomain';
/** The address most hosts-format block lists use. */
const SINK_ADDRESS = '0.0.0.0';

const CHAR_HASH = 35;
const CHAR_DOLLAR = 36;
const CHAR_SLASH = 47;
const CHAR_LT = 60;
const CHAR_LEFT_BRACKET = 91;
const CHAR_CARET = 94;
const CHAR_PIPE = 124;

export function parseList(input: string, format: ListFormat | 'auto' = 'auto'): ParsedList {
  // Old Mac line ends (CR only) would read as one huge junk line.
  const text = input.indexOf('\n') < 0 && input.indexOf('\r') >= 0 ? input.replaceAll('\r', '\n') : input;
  const chosen = format === 'auto' ? detectListFormat(text) : format;
  const parser = new ListParser(text, chosen);
  parser.run();
  const { domains, duplicates, publicSuffixes, subsumed } = subsumeDomainBytes(parser.store);
  return {
    domains,
    stats: {
      format: chosen,
      lines: parser.lines,
      accepted: parser.accepted,
      rejected: parser.rejected,
      ignored: parser.ignored,
      duplicates,
      publicSuffixes,
      subsumed,
      markup: startsWithMarkup(text),
    },
  };
}

/**
 * Whether a fetched text is not a list at all (an HTML error page, JSON, random bytes, an empty body), so the
 * subscription keeps its last good copy instead of replacing it.
 */
export function looksLikeGarbage(stats: ListStats): boolean {
  if (stats.markup || stats.accepted === 0) return true;
  return stats.accepted < MIN_ACCEPTED_SHARE * (stats.accepted + stats.rejected);
}

function startsWithMarkup(text: string): boolean {
  for (let i = 0; i < text.length && i < MAX_LINE_LENGTH; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfeff || c === 10 || isBlank(c)) continue;
    return c === CHAR_LT;
  }
  return false;
}

/** One pass over the text, line by line, reading characters in place. */
class ListParser {
  readonly store: DomainBytes;
  lines = 0;
  accepted = 0;
  rejected = 0;
  ignored = 0;
  private readonly bounds: EntryBounds = { from: 0, to: 0 };

  constructor(
    private readonly text: string,
    private readonly format: ListFormat,
  ) {
    this.store = new DomainBytes(Math.ceil(text.length / 16), text.length);
  }

  run(): void {
    const { text } = this;
    const length = text.length;
    let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (position < length) {
      let lineEnd = text.indexOf('\n', position);
      if (lineEnd < 0) lineEnd = length;
      this.lines++;
      if (lineEnd - position > MAX_LINE_LENGTH) this.rejected++;
      else this.parseLine(position, lineEnd);
      position = lineEnd + 1;
    }
  }

  private parseLine(lineStart: number, lineEnd: number): void {
    const { text } = this;
    // Blanks are control characters or space: most lines start and end with neither, and skip the helpers.
    const start = text.charCodeAt(lineStart) <= 32 ? skipBlanks(text, lineStart, lineEnd) : lineStart;
    if (start >= lineEnd) return;
    if (isCommentStart(text.charCodeAt(start))) return;
    let end = lineEnd;
    while (text.charCodeAt(end - 1) <= 32 && isBlank(text.charCodeAt(end - 1))) end--; // CR of CRLF, trailing spaces
    switch (this.format) {
      case 'domains':
        return this.parseDomainLine(start, end);
      case 'hosts':
        return this.parseHostsLine(start, end);
      case 'adblock':
        return this.parseAdblockLine(start, end);
      case 'dnsmasq':
        return this.parseDnsmasqLine(start, end);
    }
  }

  /** `example.com` or `*.example.com`, optionally followed by ` # comment`. */
  private parseDomainLine(start: number, end: number): void {
    // Nearly every line is just a plain name: one scan decides it (blanks make the scan fail, then split).
    if (scanListEntry(this.text, start, end, this.bounds) === ENTRY_ASCII) {
      this.accepted++;
      this.store.addRange(this.text, this.bounds.from, this.bounds.to);
      return;
    }
    const nameEnd = tokenEnd(this.text, start, end);
    const next = skipBlanks(this.text, nameEnd, end);
    if (next < end && this.text.charCodeAt(next) !== CHAR_HASH) {
      this.rejected++; // words after the name
      return;
    }
    this.addEntry(start, nameEnd);
  }

  /** `0.0.0.0 a.example b.example # comment` (any IPv4 or IPv6 address first). */
  private parseHostsLine(start: number, end: number): void {
    const { text } = this;
    const sink =
      text.startsWith(SINK_ADDRESS, start) && isBlank(text.charCodeAt(start + SINK_ADDRESS.length));
    const addressEnd = sink ? start + SINK_ADDRESS.length : tokenEnd(text, start, end);
    let position = skipBlanks(text, addressEnd, end);
    if (position >= end || (!sink && !isAddressToken(text, start, addressEnd))) {
      this.rejected++;
      return;
    }
    // Nearly every line names one host: one scan of the rest decides it (blanks make it fail, then split).
    const { bounds } = this;
    if (
      scanListEntry(text, position, end, bounds) === ENTRY_ASCII &&
      !isLocalDomain(text, bounds.from, bounds.to)
    ) {
      this.accepted++;
      this.store.addRange(text, bounds.from, bounds.to);
      return;
    }
    while (position < end && text.charCodeAt(position) !== CHAR_HASH) {
      const nameEnd = tokenEnd(text, position, end);
      this.addEntry(position, nameEnd, true);
      position = skipBlanks(text, nameEnd, end);
    }
  }

  /** `||example.com^`, `||example.com^$third-party`; exceptions, cosmetic and path rules name no site to block. */
  private parseAdblockLine(start: number, end: number): void {
    const { text } = this;
    if (text.charCodeAt(start) === CHAR_LEFT_BRACKET) return; // `[Adblock Plus 2.0]` header
    if (!text.startsWith('||', start) || hasCosmeticMarker(text, start, end)) {
      this.ignored++;
      return;
    }
    const nameStart = start + 2;
    let nameEnd = nameStart;
    while (nameEnd < end) {
      const c = text.charCodeAt(nameEnd);
      if (c === CHAR_CARET || c === CHAR_DOLLAR || c === CHAR_SLASH || c === CHAR_PIPE || isBlank(c)) break;
      nameEnd++;
    }
    if (nameEnd >= end || text.charCodeAt(nameEnd) !== CHAR_CARET) {
      this.ignored++; // a path, or a prefix rule without the `^` separator
      return;
    }
    let rest = nameEnd + 1;
    if (rest < end && text.charCodeAt(rest) === CHAR_PIPE) rest++;
    if (rest < end && (text.charCodeAt(rest) !== CHAR_DOLLAR || !this.blockingOptions(rest + 1, end))) {
      this.ignored++;
      return;
    }
    this.addEntry(nameStart, nameEnd);
  }

  private blockingOptions(start: number, end: number): boolean {
    const options = this.text.slice(start, end).split(',');
    return options.every((option) => BLOCKING_ADBLOCK_OPTIONS.has(option.trim().toLowerCase()));
  }

  /** `address=/a.example/b.example/0.0.0.0`, `address=/a.example/`, `server=/a.example/`, `local=/a.example/`. */
  private parseDnsmasqLine(start: number, end: number): void {
    const { text } = this;
    const prefix = DNSMASQ_PREFIXES.find((candidate) => text.startsWith(candidate, start));
    if (prefix === undefined) {
      this.rejected++;
      return;
    }
    const namesStart = start + prefix.length;
    const lastSlash = text.lastIndexOf('/', end - 1);
    if (lastSlash < namesStart) {
      this.rejected++;
      return;
    }
    if (prefix !== 'address=/' && lastSlash !== end - 1) {
      this.ignored++; // `server=/a.example/1.1.1.1` forwards the name to another resolver: not a block
      return;
    }
    let position = namesStart;
    while (position <= lastSlash) {
      const nameEnd = text.indexOf('/', position);
      if (nameEnd === position + 1 && text.charCodeAt(position) === CHAR_HASH)
        this.ignored++; // `#`: every name
      else this.addEntry(position, nameEnd);
      position = nameEnd + 1;
    }
  }

  /** `hostsName`: the name column of a hosts file, where the machine's own names are ignored, not rejected. */
  private addEntry(start: number, end: number, hostsName = false): void {
    const { text, bounds } = this;
    const kind = start < end ? scanListEntry(text, start, end, bounds) : ENTRY_REJECTED;
    if (kind === ENTRY_ASCII && !(hostsName && isLocalDomain(text, bounds.from, bounds.to))) {
      this.accepted++;
      this.store.addRange(text, bounds.from, bounds.to);
      return;
    }
    if (hostsName && isLocalName(text, start, end)) {
      this.ignored++;
      return;
    }
    const domain = kind === ENTRY_NEEDS_IDNA ? normalizeDomain(text.slice(start, end)) : null;
    if (domain === null) {
      this.rejected++;
    } else {
      this.accepted++;
      this.store.addString(domain);
    }
  }
}

function isLocalDomain(text: string, start: number, end: number): boolean {
  return end - start === LOCAL_DOMAIN.length && text.startsWith(LOCAL_DOMAIN, start);
}

/**
 * A hosts-file name for the machine itself: an alias with no dot (`localhost`, `broadcasthost`, `ip6-loopback`),
 * `localhost.localdomain`, or an address in the name column (`0.0.0.0 0.0.0.0`).
 */
function isLocalName(text: string, start: number, end: number): boolean {
  if (isLocalDomain(text, start, end)) return true;
  let dot = false;
  let onlyDigitsAndDots = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) dot = true;
    else if (c < 48 || c > 57) onlyDigitsAndDots = false;
  }
  return !dot || onlyDigitsAndDots;
}
