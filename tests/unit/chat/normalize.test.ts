/** Normalization for how people really type: every spelling of a phrase reaches the same tokens. */
import { describe, expect, it } from 'vitest';
import { defaultMatcher, normalize } from '../../../lib/chat';

const vocabulary = defaultMatcher().vocabulary;

function norm(text: string): string {
  return normalize(text, vocabulary).text.trim();
}

describe('normalize', () => {
  it.each([
    ['SEND ME', 'send me'],
    ['ｓｅｎｄ ｍｅ', 'send me'], // full-width
    ['𝐬𝐞𝐧𝐝 𝐦𝐞', 'send me'], // mathematical bold
    ['s\u200Be\u200Cn\u200Dd me', 'send me'], // zero-width characters
    ['se\u00ADcret', 'secret'], // soft hyphen
    ['sеnd а pic', 'send a pic'], // Cyrillic е and а
    ['аlоnе', 'alone'], // Cyrillic look-alikes throughout
    ['s3nd p1c', 'send pic'], // leetspeak
    ['sn@p', 'snap'],
    ['k33p it s3cr3t', 'kep it secret'],
    ['pleeeease', 'please'], // stretched letters (all doubles squeeze, in patterns too)
    ['plzzzz', 'please'],
    ['ur my bff', 'your my best friend'], // a doubled letter that is the word, not stretching
    ['bf', 'boyfriend'],
    ['s n a p', 'snap'], // spaced letters
    ['s.n.a.p', 'snap'], // dotted letters
    ['w h a t s a p p', 'whatsap'],
    ['d o n t  t e l l', 'dont tel'], // two words typed apart
    ['u r', 'you are'], // abbreviations
    ['ur', 'your'],
    ['wya', 'where are you'],
    ['pls', 'please'],
    ["don't", 'dont'], // apostrophes
    ['nai', 'nahi'], // Roman Urdu spelling families
    ['nhi', 'nahi'],
    ['kia', 'kya'],
    ['tm', 'tum'],
    ['btana', 'batana'],
    ['ghr', 'ghar'],
    ['akela', 'akeli'],
  ])('%s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it('marks where each sentence after the first starts, without changing the tokens', () => {
    const n = normalize('i dont want money. just hop on video!! ok?');
    expect(n.tokens).toEqual(normalize('i dont want money just hop on video ok').tokens);
    expect(n.sentences).toEqual([4, 8]);
    expect(normalize('پیسے نہیں چاہییں؟ بس تصویر۔ ٹھیک').sentences).toEqual([3, 5]);
    expect(normalize('line one\nline two').sentences).toEqual([2]);
    expect(normalize('one sentence only.').sentences).toBeUndefined();
    expect(normalize('s.n.a.p it is 3.5 km').sentences).toBeUndefined();
    expect(normalize('s. n. a. p').sentences).toBeUndefined();
  });

  it('keeps numbers that are numbers', () => {
    expect(norm('i am 14')).toBe('i am 14');
    expect(norm('0300-1234567')).toBe('0300 1234567');
    expect(norm('14yo')).toBe('14 yo');
    expect(norm('O3OO 1234567')).toBe('0300 1234567');
  });

  it('reads 2 and 4 between words as to and for', () => {
    expect(norm('send pic 2 me')).toBe('send pic to me');
    expect(norm('mature 4 ur age')).toBe('mature for your age');
  });

  it('turns emoji that carry meaning into words and drops the rest', () => {
    expect(norm('🤫')).toBe('sh'); // "shh", squeezed
    expect(norm('📸?')).toBe('camera');
    expect(norm('🎁 for u')).toBe('gift for you');
    expect(norm('ok 🎉')).toBe('ok');
  });

  it('folds Arabic-keyboard letters to Urdu ones', () => {
    // ي/ی, ك/ک, ه/ہ
    expect(norm('كسي كو مت بتانا')).toBe(norm('کسی کو مت بتانا'));
    expect(norm('تمهيں')).toBe(norm('تمہیں'));
    // ھ and ہ, ے and ی, ں and ن
    expect(norm('بھیجو')).toBe(norm('بهیجو'));
    expect(norm('نہیں')).toBe('نہین');
    // ة, أ/إ/آ and harakat
    expect(norm('آؤ')).toBe(norm('اؤ'));
    expect(norm('أنا إلى')).toBe('انا الی');
    expect(norm('ۃ')).toBe(norm('ہ'));
    expect(norm('مُحَبَّت')).toBe(norm('محبت'));
  });

  it('splits a fused کا / کی / کے or ہے / ہیں off a word the lexicons know, and leaves other words whole', () => {
    const vocabulary = defaultMatcher().vocabulary;
    expect(normalize('کمرےکادروازہ بندہے', vocabulary).tokens).toEqual(
      normalize('کمرے کا دروازہ بند ہے', vocabulary).tokens,
    );
    expect(normalize('کاغذ یہی وہی', vocabulary).tokens).toHaveLength(3);
    // Without the lexicons' words nothing is split.
    expect(normalize('بندہے').tokens).toHaveLength(1);
  });

  it('splits Urdu words typed without a space after a word-final ے or ں', () => {
    expect(norm('کتنےبجے چھٹی ہوتی ہے')).toBe(norm('کتنے بجے چھٹی ہوتی ہے'));
    expect(norm('میںنے کہا')).toBe(norm('میں نے کہا'));
    expect(norm('پیچھےوالا دروازہ')).toBe(norm('پیچھے والا دروازہ'));
    // ی and ن inside a word stay joined.
    expect(norm('بیٹا')).toBe(norm('بیٹا'));
    expect(norm('بینک').split(' ')).toHaveLength(1);
    expect(norm('انتظار').split(' ')).toHaveLength(1);
  });

  it('maps Urdu and Arabic-Indic digits to ASCII', () => {
    expect(norm('۰۳۰۰')).toBe('0300');
    expect(norm('٠٣٠٠')).toBe('0300');
  });

  it('gives the text form with a space at each end', () => {
    expect(normalize('Hi there').text).toBe(' hi there ');
    expect(normalize('').text).toBe(' ');
  });
});
