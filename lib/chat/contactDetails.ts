/**
 * Phone numbers and e-mail addresses in a message. From the teen they are self-disclosure; from the contact they are
 * a move to another channel. Pakistani mobile numbers in every usual shape count (0300-1234567, 0300 123 4567,
 * +92 300 1234567, 0092 3001234567, 3001234567), as do other numbers of 10 to 13 digits typed in groups (a single
 * run of digits is more often an order, transaction or roll number).
 */

export type ContactDetail = 'phone_pk_mobile' | 'phone' | 'email';

const PK_MOBILE = /^(?:0092|92|0)?3\d{9}$/;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/i;

function isDigits(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The phone number kind found in normalized tokens (digit groups next to each other are read as one number). */
export function findPhone(tokens: readonly string[]): ContactDetail | null {
  let found: ContactDetail | null = null;
  let run = '';
  let groups = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = i < tokens.length ? tokens[i]! : '';
    if (isDigits(t) && run.length < 20) {
      run += t;
      groups++;
      continue;
    }
    if (run.length >= 10) {
      if (PK_MOBILE.test(run)) return 'phone_pk_mobile';
      // Other numbers count when typed in groups, as phone numbers are ("+44 7700 900123"); one long run of digits
      // is more often an order, transaction or roll number.
      if (run.length <= 13 && groups > 1) found = 'phone';
    }
    run = isDigits(t) ? t : '';
    groups = run ? 1 : 0;
  }
  return found;
}

/** True when the raw message holds an e-mail address. */
export function hasEmail(raw: string): boolean {
  return raw.includes('@') && EMAIL.test(raw);
}
