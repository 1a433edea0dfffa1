/**
 * Packing of the Urdu-script lexicon for the shipped bundle.
 *
 * Every Urdu letter takes two bytes in UTF-8 and the lead byte is nearly the same for all of them, so the Urdu
 * lexicon costs far more than its information. At build time (`urduPackTransform`, run by WXT's Vite build and by
 * the bench) each Urdu letter in `ur.ts` is replaced by one ASCII character that no lexicon string uses; at run
 * time `unpackLexicon` maps them back before the lexicon is compiled. The source stays plain Urdu, and on the source
 * `unpackLexicon` changes nothing (tests/unit/chat/urduPack.test.ts checks both, and that a packed bundle holds the
 * same lexicons as the source).
 */
import type { Lexicon } from '../types';

/** Urdu letters, most frequent in the lexicon first; the i-th is packed as the i-th code. */
export const PACKED_LETTERS = 'ایروکنلمہستبےدھپںجٹگچئآفڈشخؤقڑصعزحذضطغظثژءۓأ';
/** ASCII characters no Urdu lexicon string uses: its text is lower case, digits and `. | * _ ? @ # /` (checked by tests). */
export const PACK_CODES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!%&()+,:;<=>[]^{}~';

const toCode = new Map<string, string>();
const toLetter = new Map<string, string>();
for (let i = 0; i < PACKED_LETTERS.length; i++) {
  toCode.set(PACKED_LETTERS[i]!, PACK_CODES[i]!);
  toLetter.set(PACK_CODES[i]!, PACKED_LETTERS[i]!);
}
const LETTER = new RegExp(`[${PACKED_LETTERS}]`, 'g');
const CODE = new RegExp(`[${PACK_CODES.replace(/[\]\\^]/g, '\\$&')}]`, 'g');

export const packUrdu = (text: string): string => text.replace(LETTER, (ch) => toCode.get(ch)!);
export const unpackUrdu = (text: string): string => text.replace(CODE, (ch) => toLetter.get(ch)!);

function unpackValue(value: unknown): unknown {
  if (typeof value === 'string') return unpackUrdu(value);
  if (Array.isArray(value)) return value.map(unpackValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, unpackValue(v)]));
  }
  return value;
}

/** The lexicon with every packed string restored. Keys are left alone: they are ASCII names (`negationBreakers`). */
export const unpackLexicon = (lexicon: Lexicon): Lexicon => unpackValue(lexicon) as Lexicon;

/** The module that gets packed. */
export const PACKED_MODULE = /[\\/]lib[\\/]chat[\\/]lexicons[\\/]ur\.ts$/;

/**
 * The build step: the packed source of `ur.ts`, or null for any other module. Letters in comments are packed too,
 * which is harmless (the minifier drops comments); no code is Urdu.
 */
export function urduPackTransform(code: string, id: string): string | null {
  return PACKED_MODULE.test(id.replace(/\?.*$/, '')) ? packUrdu(code) : null;
}
