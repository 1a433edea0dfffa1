/** Smaller pieces: the pattern language, phone and e-mail detection, the outgoing nudge, and the figures. */
import { describe, expect, it } from 'vitest';
import { checkOutgoing, type RiskAssessment } from '../../../lib/chat';
import { findPhone, hasEmail } from '../../../lib/chat/contactDetails';
import { binaryFigures, evaluate, type LabelledResult } from '../../../lib/chat/evaluation';
import { detectLanguage } from '../../../lib/chat/language';
import { normalize } from '../../../lib/chat/normalize';
import { compilePattern } from '../../../lib/chat/pattern';

function matches(pattern: string, text: string, macros: Record<string, string> = {}): boolean {
  const { regex } = compilePattern(pattern, macros);
  regex.lastIndex = 0;
  return regex.test(normalize(text).text);
}

describe('pattern language', () => {
  it('matches alternatives, phrases, prefixes, optional slots and gaps on whole tokens', () => {
    expect(matches('send|share me', 'pls send me')).toBe(true);
    expect(matches('between_us', 'this stays between us')).toBe(true);
    expect(matches('bhej*', 'pic bhejdo')).toBe(true);
    expect(matches('send me? pic', 'send pic')).toBe(true);
    expect(matches('send .. pic', 'send me a pic')).toBe(true);
    expect(matches('send .. pic', 'send me one more nice pic')).toBe(false); // more than 3 tokens apart
    expect(matches('send ... pic', 'send me one more nice pic')).toBe(true);
    expect(matches('pic', 'picnic')).toBe(false); // whole tokens only
    expect(matches('@who tell', 'mom tell', { who: 'mom|dad' })).toBe(true);
    expect(matches('i_am #age', 'im 14')).toBe(true);
    expect(matches('i_am #age', 'im 24')).toBe(false);
    expect(matches('i_am #adult', 'im 24')).toBe(true);
  });

  it('normalizes pattern words like messages', () => {
    expect(matches('please send', 'plzzz s3nd')).toBe(true);
    expect(matches('کسی', 'كسي')).toBe(true);
  });

  it('anchors on a rare required word', () => {
    const c = compilePattern('you .. owe .. me', {});
    expect(c.anchorWords).toEqual(['owe']);
  });

  it('rejects unknown macros and patterns with nothing to anchor on', () => {
    expect(() => compilePattern('@nope', {})).toThrow(/unknown macro/);
    expect(() => compilePattern('word?', {})).toThrow(/anchor/);
  });
});

describe('contact details', () => {
  it.each([
    ['0300-1234567', 'phone_pk_mobile'],
    ['0300 123 4567', 'phone_pk_mobile'],
    ['+92 300 1234567', 'phone_pk_mobile'],
    ['0092 3001234567', 'phone_pk_mobile'],
    ['3001234567', 'phone_pk_mobile'],
    ['۰۳۰۰۱۲۳۴۵۶۷', 'phone_pk_mobile'],
    ['+44 20 7946 0958', 'phone'],
  ])('%s is a %s', (text, kind) => {
    expect(findPhone(normalize(text).tokens)).toBe(kind);
  });

  it.each([
    'class 7 room 12',
    'pay 5000 rs',
    '12 03 2024',
    'score 100 to 20',
    'TID 28173645529',
    'order 1029384756',
  ])('%s is not a phone number', (text) => {
    expect(findPhone(normalize(text).tokens)).toBeNull();
  });

  it('finds e-mail addresses', () => {
    expect(hasEmail('mail me at sara.k@gmail.com')).toBe(true);
    expect(hasEmail('@sara on insta')).toBe(false);
  });
});

describe('checkOutgoing', () => {
  it.each([
    ['my number is 0300-1234567', 'phone'],
    ['i live near the main market in gulberg', 'address'],
    ["i'm 13", 'age'],
    ['main ghar pe akeli hoon', 'alone'],
    ['میرا نمبر 03001234567 ہے', 'phone'],
    ['my email is sara@example.com', 'email'],
  ])('%s → %s', (text, kind) => {
    expect(checkOutgoing(text)?.kind).toBe(kind);
  });

  it('is null for an ordinary message', () => {
    expect(checkOutgoing('did you finish the essay?')).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('tells Urdu script, Roman Urdu, English and a mix apart', () => {
    expect(detectLanguage(['کیا حال ہے', 'ٹھیک ہوں'])).toBe('ur');
    expect(detectLanguage(['kya haal hai yaar', 'theek hoon tum batao'])).toBe('roman-ur');
    expect(detectLanguage(['how are you', 'i am fine, what about you'])).toBe('en');
    expect(detectLanguage(['how are you', 'kya haal hai yaar', 'کیا حال ہے'])).toBe('mixed');
  });
});

describe('evaluation figures', () => {
  const a = (level: RiskAssessment['level'], categories: string[] = []): RiskAssessment => ({
    level,
    score: 0,
    signals: categories.map((c, i) => ({ category: c as never, message: i })),
    firstAlert: level === 'elevated' || level === 'high' ? 0 : null,
  });
  const results: LabelledResult[] = [
    {
      lang: 'en',
      label: 'risky',
      expectedSignals: ['secrecy'],
      assessment: a('high', ['secrecy']),
      messageCount: 2,
    },
    { lang: 'en', label: 'risky', expectedSignals: ['meeting'], assessment: a('low'), messageCount: 2 },
    {
      lang: 'ur',
      label: 'benign',
      expectedSignals: [],
      assessment: a('elevated', ['secrecy']),
      messageCount: 2,
    },
    { lang: 'ur', label: 'benign', expectedSignals: [], assessment: a('none'), messageCount: 2 },
  ];

  it('computes precision, recall, F1, F0.5 and the false-positive rate (risky = elevated or high)', () => {
    const f = binaryFigures(results);
    expect(f).toMatchObject({
      tp: 1,
      fn: 1,
      fp: 1,
      tn: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      f05: 0.5,
      fpr: 0.5,
    });
  });

  it('splits by language and by signal', () => {
    const r = evaluate(results);
    expect(r.byLanguage.en!.recall).toBe(0.5);
    expect(r.byLanguage.ur!.fpr).toBe(0.5);
    const secrecy = r.bySignal.find((s) => s.category === 'secrecy')!;
    expect(secrecy).toMatchObject({ expected: 1, found: 2, tp: 1, precision: 0.5, recall: 1 });
  });
});
