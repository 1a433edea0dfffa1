/**
 * Why: list parsing takes a fast path of its own (char codes, no URL parser) for speed, but a domain must mean the
 * same thing everywhere: what a parent types (normalizeDomain) and what a list names must become the same
 * hostname, or a rule could miss the site or match another. These compare the two over many generated inputs,
 * weighted towards the tricky parts (case, dots, hyphens, punycode, numbers, non-ASCII, junk characters).
 */
import { describe, expect, it } from 'vitest';
import { normalizeDomain } from '../../../lib/lists/domain';
import { normalizeListToken } from '../../../lib/lists/listEntry';
import { parseList } from '../../../lib/lists/parseList';
import { subsumeDomains } from '../../../lib/lists/subsume';
import { randomDomains, seededRandom } from './randomDomains';

const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyz0123456789',
  ...'ABCXYZ',
  '-',
  '--',
  '.',
  '.',
  '.',
  '..',
  '*.',
  '*',
  'xn--',
  'XN--',
  'xn--bcher-kva',
  'xn--zz',
  '0x',
  '0x1f',
  '123',
  '255',
  'com',
  'example',
  'ü',
  'é',
  'ß',
  'İ',
  'ﬀ',
  '\u00ad', // soft hyphen: IDNA drops it
  '．', // fullwidth full stop: IDNA maps it to "."
  'مثال',
  '😀',
  '_',
  '%',
  '%41',
  ':',
  '/',
  '@',
  '#',
  '?',
  '\u0000',
  '\ufffd',
  'a'.repeat(60),
];
const FAST_PATH_CHARS = /^[A-Za-z0-9.*-]*$/;

function randomToken(random: () => number): string {
  const parts = 1 + Math.floor(random() * 8);
  let token = '';
  for (let i = 0; i < parts; i++) token += PIECES[Math.floor(random() * PIECES.length)] ?? '';
  return token;
}

/** A plausible domain with one random edit: the inputs nearest the acceptance boundary. */
function mutatedDomain(random: () => number, domain: string): string {
  const at = Math.floor(random() * (domain.length + 1));
  const piece = PIECES[Math.floor(random() * PIECES.length)] ?? '';
  switch (Math.floor(random() * 3)) {
    case 0:
      return domain.slice(0, at) + piece + domain.slice(at);
    case 1:
      return domain.slice(0, at) + piece + domain.slice(at + 1);
    default:
      return random() < 0.5 ? domain.toUpperCase() : `${domain}${'.'.repeat(Math.floor(random() * 3))}`;
  }
}

describe('list entries agree with normalizeDomain', () => {
  const random = seededRandom(20240611);
  const realistic = randomDomains(5_000, 5);
  const inputs = [
    ...Array.from({ length: 30_000 }, () => randomToken(random)),
    ...realistic,
    ...realistic.map((domain) => mutatedDomain(random, domain)),
    ...realistic.map((domain) => mutatedDomain(random, mutatedDomain(random, domain))),
  ];

  it('every accepted entry is exactly what normalizeDomain makes of it', () => {
    let accepted = 0;
    for (const input of inputs) {
      const fromList = normalizeListToken(input);
      if (fromList === null) continue;
      accepted++;
      expect({ input, domain: fromList }).toEqual({ input, domain: normalizeDomain(input) });
    }
    expect(accepted).toBeGreaterThan(10_000); // the property was really exercised
  });

  it('every plain name normalizeDomain accepts is accepted (nothing valid is lost to the fast path)', () => {
    for (const input of inputs) {
      if (!FAST_PATH_CHARS.test(input)) continue;
      expect({ input, domain: normalizeListToken(input) }).toEqual({ input, domain: normalizeDomain(input) });
    }
  });

  it('parseList over the same inputs, one a line, gives the normalized, deduplicated, subsumed set', () => {
    const lines = inputs.filter((input) => !/[\s#!;]/.test(input) && !input.startsWith('['));
    const expected = subsumeDomains(
      lines.filter((line) => normalizeListToken(line) !== null).map((line) => normalizeDomain(line) ?? ''),
    ).domains;
    expect(parseList(lines.join('\n'), 'domains').domains).toEqual(expected);
  });
});
