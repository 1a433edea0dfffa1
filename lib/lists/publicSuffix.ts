/**
 * A list entry that is itself a public suffix (`gob.mx`, `sex.hu`, `tochigi.jp` appear in real adult lists) would
 * block every site registered under it and, through subsumption, erase the list's real entries below it. Lists and
 * the lookup use this one check (ICANN section of the Public Suffix List only: `blogspot.com`-style private
 * suffixes are ordinary sites a list may name on purpose).
 */
import { getPublicSuffix } from 'tldts';

const ICANN_HOSTNAME_ONLY = {
  allowPrivateDomains: false,
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;

/** True when `domain` (already normalized) is exactly an ICANN public suffix such as `co.uk` or `gob.mx`. */
export function isIcannPublicSuffix(domain: string): boolean {
  return getPublicSuffix(domain, ICANN_HOSTNAME_ONLY) === domain;
}
