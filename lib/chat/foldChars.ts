/**
 * Character folding, the first step of normalization. Input must already be NFKD and lower-cased. Output keeps
 * letters and digits, turns everything else into spaces, and on the way:
 * - drops zero-width characters, variation selectors, combining marks (accents, Arabic harakat) and tatweel;
 * - maps look-alike letters (Cyrillic, Greek, IPA) to the Latin letter they imitate;
 * - folds Arabic-keyboard letters to their Urdu forms and merges spelling variants (yeh, kaf, heh, teh marbuta,
 *   noon ghunna) so that either spelling of a word matches;
 * - maps Arabic-Indic and Urdu digits to ASCII digits;
 * - turns emoji that carry meaning in these conversations into words ("🤫" → "shh", "📸" → "camera");
 * - removes apostrophes inside words ("don't" → "dont") and keeps `@ $ !` for the leetspeak step.
 */

const SPACE = ' ';

/** Characters removed outright (they join the letters around them). */
function isDropped(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) || // combining diacritics
    c === 0x00ad || // soft hyphen
    c === 0x034f ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) || // zero-width space / joiners / marks
    (c >= 0x202a && c <= 0x202e) || // bidi embedding
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff ||
    (c >= 0xfe00 && c <= 0xfe0f) || // variation selectors
    (c >= 0x0610 && c <= 0x061a) || // Arabic marks
    (c >= 0x064b && c <= 0x065f) || // harakat, hamza above/below
    c === 0x0670 || // superscript alef
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    c === 0x0640 || // tatweel
    c === 0x0027 || // apostrophes: don't → dont
    c === 0x2019 ||
    c === 0x2018 ||
    c === 0x02bc ||
    c === 0x0060 ||
    c === 0x00b4
  );
}

/** Look-alikes and script variants: code point → replacement. */
const FOLD = new Map<number, string>([
  // Cyrillic look-alikes
  [0x0430, 'a'],
  [0x0432, 'b'],
  [0x0435, 'e'],
  [0x0451, 'e'],
  [0x043a, 'k'],
  [0x043c, 'm'],
  [0x043d, 'h'],
  [0x043e, 'o'],
  [0x0440, 'p'],
  [0x0441, 'c'],
  [0x0442, 't'],
  [0x0443, 'y'],
  [0x0445, 'x'],
  [0x0456, 'i'],
  [0x0457, 'i'],
  [0x0458, 'j'],
  [0x0455, 's'],
  [0x04bb, 'h'],
  [0x0501, 'd'],
  [0x051b, 'q'],
  [0x051d, 'w'],
  [0x04af, 'y'],
  [0x0433, 'r'],
  [0x0438, 'u'],
  [0x043f, 'n'],
  // Greek look-alikes
  [0x03b1, 'a'],
  [0x03b2, 'b'],
  [0x03b3, 'y'],
  [0x03b5, 'e'],
  [0x03b7, 'n'],
  [0x03b9, 'i'],
  [0x03ba, 'k'],
  [0x03bd, 'v'],
  [0x03bf, 'o'],
  [0x03c1, 'p'],
  [0x03c4, 't'],
  [0x03c5, 'u'],
  [0x03c7, 'x'],
  [0x03c9, 'w'],
  [0x03c2, 's'],
  // Latin and IPA look-alikes that NFKD leaves alone
  [0x0131, 'i'],
  [0x0142, 'l'],
  [0x00f8, 'o'],
  [0x00f0, 'd'],
  [0x00df, 'ss'],
  [0x00e6, 'ae'],
  [0x0153, 'oe'],
  [0x0251, 'a'],
  [0x0261, 'g'],
  [0x0269, 'i'],
  [0x029f, 'l'],
  [0xa731, 's'],
  [0x0280, 'r'],
  [0x1d00, 'a'],
  // Arabic-keyboard letters and Urdu spelling variants
  [0x064a, '\u06cc'], // Arabic yeh → Farsi/Urdu yeh
  [0x0649, '\u06cc'], // alef maksura
  [0x06d2, '\u06cc'], // yeh barree
  [0x0643, '\u06a9'], // Arabic kaf → keheh
  [0x0647, '\u06c1'], // Arabic heh → heh goal
  [0x06be, '\u06c1'], // do-chashmi heh
  [0x06d5, '\u06c1'], // ae
  [0x0629, '\u06c1'], // teh marbuta
  [0x06c3, '\u06c1'], // teh marbuta goal
  [0x06ba, '\u0646'], // noon ghunna → noon
  [0x0671, '\u0627'], // alef wasla
  // Composed letters (NFKD would split off the mark; text that skips NFKD folds them here)
  [0x0622, '\u0627'], // alef with madda
  [0x0623, '\u0627'], // alef with hamza above
  [0x0625, '\u0627'], // alef with hamza below
  [0x0624, '\u0648'], // waw with hamza
  [0x0626, '\u06cc'], // yeh with hamza
  [0x06c2, '\u06c1'], // heh goal with hamza
  [0x06c0, '\u06c1'], // heh with yeh above
  [0x06d3, '\u06cc'], // yeh barree with hamza
  // Arabic punctuation
  [0x060c, SPACE],
  [0x061b, SPACE],
  [0x061f, SPACE],
  [0x06d4, SPACE],
  [0x066a, SPACE],
]);

/** Emoji (by code point) that carry meaning here, as the word they stand for. */
const EMOJI = new Map<number, string>([
  [0x1f92b, 'shh'],
  [0x1f910, 'shh'],
  [0x1f64a, 'shh'],
  [0x1f4f8, 'camera'],
  [0x1f4f7, 'camera'],
  [0x1f933, 'camera'],
  [0x1f4f9, 'camera'],
  [0x1f3a5, 'camera'],
  [0x1f47b, 'snapchat'],
  [0x1f381, 'gift'],
  [0x1f4b0, 'money'],
  [0x1f4b5, 'money'],
  [0x1f4b8, 'money'],
  [0x1f911, 'money'],
  [0x1f4b3, 'money'],
  [0x1f4cd, 'location'],
  [0x1f5fa, 'location'],
  [0x1f3e0, 'home'],
  [0x1f3e1, 'home'],
  [0x1f697, 'car'],
  [0x1f695, 'car'],
  [0x1f618, 'kiss'],
  [0x1f48b, 'kiss'],
  [0x2764, 'love'],
  [0x1f60d, 'love'],
  [0x1f970, 'love'],
  [0x1f495, 'love'],
  [0x1f496, 'love'],
  [0x1f497, 'love'],
  [0x1f498, 'love'],
  [0x1f49e, 'love'],
  [0x1f512, 'secret'],
  [0x1f510, 'secret'],
  [0x1f5d1, 'delete'],
  [0x1f4de, 'phone'],
  [0x1f4f1, 'phone'],
  [0x1f609, 'wink'],
]);

const KEEP_SYMBOL = new Set([0x40, 0x24, 0x21]); // @ $ !

const letterCache = new Map<number, boolean>();
const LETTER = /\p{L}|\p{N}/u;

function isOtherLetter(c: number): boolean {
  let known = letterCache.get(c);
  if (known === undefined) {
    known = LETTER.test(String.fromCodePoint(c));
    letterCache.set(c, known);
  }
  return known;
}

const ASCII_TEXT = /^[\x20-\x7e]*$/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_SEPARATORS = /[^a-z0-9@$!]+/g;

/** Folds one NFKD, lower-cased string. */
export function foldChars(input: string): string {
  if (ASCII_TEXT.test(input)) return input.replace(ASCII_APOSTROPHES, '').replace(ASCII_SEPARATORS, SPACE);
  let out = '';
  const n = input.length;
  for (let i = 0; i < n; i++) {
    let c = input.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      out += input[i];
      continue;
    }
    if (c < 0x80) {
      out += KEEP_SYMBOL.has(c) ? input[i] : c === 0x27 || c === 0x60 ? '' : SPACE;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
        const word = EMOJI.get(c);
        if (word !== undefined) out += SPACE + word + SPACE;
        else if (c >= 0x1f3fb && c <= 0x1f3ff)
          continue; // skin tones
        else out += isOtherLetter(c) ? String.fromCodePoint(c) : SPACE;
        continue;
      }
    }
    if (isDropped(c)) continue;
    if (c >= 0x0660 && c <= 0x0669) {
      out += String.fromCharCode(c - 0x0660 + 0x30);
      continue;
    }
    if (c >= 0x06f0 && c <= 0x06f9) {
      out += String.fromCharCode(c - 0x06f0 + 0x30);
      continue;
    }
    const folded = FOLD.get(c);
    if (folded !== undefined) {
      out += folded;
      continue;
    }
    const word = EMOJI.get(c);
    if (word !== undefined) {
      out += SPACE + word + SPACE;
      continue;
    }
    out += isOtherLetter(c) ? input[i] : SPACE;
  }
  return out;
}

/** True for a letter of the Arabic script (Urdu, Arabic, Persian). */
export function isArabicScript(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f);
}
