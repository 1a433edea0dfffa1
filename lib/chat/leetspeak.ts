/**
 * Leetspeak in one token: "s3nd" → "send", "p1c" → "pic", "sn@p" → "snap", "ph0t0" → "photo". Numbers that are
 * numbers stay numbers: ages ("14"), phone numbers ("0300", "O3OO" → "0300"), and a number glued to a unit or a
 * word is split off instead ("14yo" → "14 yo", "class8" → "class 8").
 */

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
};

const DIGITS_THEN_LETTERS = /^(\d{2,}|\d(?=(?:yo|y|yr|yrs|years?|th|st|nd|rd|am|pm|k|saal|sal)$))([a-z]+)$/;
const LETTERS_THEN_DIGITS =
  /^([a-z]{2,})(\d{2,}|(?<=(?:class|grade|sector|block|phase|house|flat|street))\d)$/;
const PHONE_LIKE = /^[0-9o]{4,}$/;
const EDGE_SYMBOLS = /^[@$!]+|[@$!]+$/g;

/** Returns the decoded token, or several tokens separated by a space when a number is split off. */
export function decodeLeet(token: string): string {
  let t = token;
  if (t.includes('@') || t.includes('$') || t.includes('!')) {
    const inner = t.replace(EDGE_SYMBOLS, '');
    // A lone symbol inside a spaced-out word ("s n @ p") is still a letter.
    t = inner.length === 0 && t.length === 1 ? (LEET[t] ?? '') : inner;
  }
  let digits = 0;
  let others = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else others++;
  }
  if (digits === 0) {
    if (others === t.length && !/[@$!]/.test(t)) return t;
  } else if (others === 0) return t;
  let m = DIGITS_THEN_LETTERS.exec(t);
  if (m) return `${m[1]} ${m[2]}`;
  m = LETTERS_THEN_DIGITS.exec(t);
  if (m) return `${m[1]} ${m[2]}`;
  if (PHONE_LIKE.test(t)) return t.replace(/o/g, '0');
  let out = '';
  for (const ch of t) out += LEET[ch] ?? ch;
  return out;
}
