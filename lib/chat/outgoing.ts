/**
 * The outgoing nudge: before the teen sends a message, does it give away a phone number, e-mail, address, school,
 * age, or that they are alone? Returns the kind and the lexicon entry id, never the text.
 */
import { defaultMatcher } from './matcher';
import { normalize } from './normalize';

export type DisclosureKind = 'phone' | 'email' | 'handle' | 'address' | 'school' | 'age' | 'alone';

export interface Disclosure {
  kind: DisclosureKind;
  entry: string;
}

const KIND_BY_ENTRY: Readonly<Record<string, DisclosureKind>> = {
  phone: 'phone',
  phone_pk_mobile: 'phone',
  email: 'email',
  my_handle: 'handle',
  mera_number: 'handle',
  my_address: 'address',
  mera_ghar: 'address',
  my_school: 'school',
  mera_school: 'school',
  my_age: 'age',
  meri_umar: 'age',
  home_alone: 'alone',
  ghar_akeli: 'alone',
};

/** The self-disclosure in a message the teen is about to send, or null. */
export function checkOutgoing(text: string): Disclosure | null {
  const matcher = defaultMatcher();
  const hit = matcher
    .match(normalize(text, matcher.vocabulary), 'teen', text)
    .find((h) => h.category === 'self_disclosure');
  if (!hit) return null;
  const name = hit.entry.slice(hit.entry.lastIndexOf('.') + 1);
  return { kind: KIND_BY_ENTRY[name] ?? 'address', entry: hit.entry };
}
