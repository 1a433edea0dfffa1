/**
 * Each signal category in each language: a warning sign is found, and a hard negative that shares its words is
 * not. Plus negation ("I won't ask for your pic") and benign context ("a pic of the homework").
 */
import { describe, expect, it } from 'vitest';
import { assessConversation, detectSignals } from '../../../lib/chat';
import { SIGNAL_CASES } from './signalCases';

function categories(text: string, from: 'contact' | 'teen' = 'contact'): string[] {
  return detectSignals(text, from).map((h) => h.category);
}

describe('signals per category and language', () => {
  for (const c of SIGNAL_CASES) {
    it(`${c.lang} ${c.category}: finds the sign`, () => {
      expect(categories(c.positive, c.from)).toContain(c.category);
    });
    it(`${c.lang} ${c.category}: not in the hard negative`, () => {
      expect(categories(c.negative, c.from)).not.toContain(c.category);
    });
  }

  it('covers every category in every language', () => {
    for (const lang of ['en', 'roman-ur', 'ur']) {
      const covered = new Set(SIGNAL_CASES.filter((c) => c.lang === lang).map((c) => c.category));
      expect(covered.size).toBe(12);
    }
  });
});

describe('direction', () => {
  it('reads grooming tactics only from the contact', () => {
    expect(categories("don't tell your parents about us", 'teen')).not.toContain('secrecy');
  });
  it('reads self-disclosure only from the teen', () => {
    expect(categories('i am 14 and i live in gulberg', 'contact')).not.toContain('self_disclosure');
    expect(categories('i am 14 and i live in gulberg', 'teen')).toContain('self_disclosure');
  });
  it('treats a number the contact gives as a move to another channel', () => {
    expect(categories('text me on 0300 1234567', 'contact')).toContain('platform_switch');
  });
  it("does not count a parent's number the teen passes on as the teen's own detail", () => {
    expect(categories('my number is 0321-5567381', 'teen')).toContain('self_disclosure');
    for (const text of [
      "my dad's number is 0321-5567381",
      'ابو کا نمبر 0321-7784512 ہے',
      'ammi ka number 03001234567',
    ])
      expect(categories(text, 'teen')).not.toContain('self_disclosure');
  });
});

describe('plain answers to a personal question', () => {
  const after = (reply: string) =>
    assessConversation({
      contactKnown: false,
      messages: [
        { from: 'contact', text: 'which school do you go to?' },
        { from: 'teen', text: reply },
      ],
    }).signals;
  it('counts an answer that gives the detail', () => {
    for (const reply of ['LGS, 9th', 'beaconhouse johar town', '14'])
      expect(after(reply)).toContainEqual({ category: 'self_disclosure', message: 1 });
  });
  it('does not count a refusal, a question back or an acknowledgement', () => {
    for (const reply of [
      'no why',
      'why do u want to know?',
      'ok bhai',
      'haan ji',
      'ہاں بھائی',
      'nahi bataungi',
    ])
      expect(after(reply).map((s) => s.category)).not.toContain('self_disclosure');
  });
});

describe('negation', () => {
  it.each([
    "I won't ask for your pic, don't worry",
    'i would never ask you to send a selfie',
    'pic mat bhejo, koi zaroorat nahi',
    'تصویر مت بھیجو',
  ])('a negated request is not a sign: %s', (text) => {
    expect(categories(text)).not.toContain('image_request');
  });

  it('keeps a request that only sounds negative', () => {
    expect(categories("why don't you send me a selfie")).toContain('image_request');
    expect(categories('agar pic nahi bheji to sab ko bata dunga')).toContain('coercion');
  });

  it('keeps secrecy, whose negation is the sign itself', () => {
    expect(categories("don't tell anyone about us")).toContain('secrecy');
    expect(categories('kisi ko nahi batana')).toContain('secrecy');
  });

  it('stops at the end of a sentence', () => {
    expect(categories("i don't want money. just hop on video for 5 min")).toContain('image_request');
    expect(categories('paise nahi chahiye۔ bas video call pe aao')).toContain('image_request');
    expect(categories('پیسے نہیں چاہییں؟ بس اپنی تصویر بھیجو')).toContain('image_request');
    expect(categories('never mind that\nsend me a selfie')).toContain('image_request');
    // …but not at a dot inside a word or between letters typed apart.
    expect(categories("i won't ask for ur p.i.c")).not.toContain('image_request');
    expect(categories("i won't ask you to s. e. n. d a pic")).not.toContain('image_request');
  });

  it('reads a Roman Urdu tag "na" as a tag, not a negation', () => {
    expect(categories('tab sab so jate hain na. kisi ko pta nahi chalega')).toContain('secrecy');
  });
});

describe('benign context', () => {
  it.each([
    ["I won't tell her about the surprise party", 'secrecy'],
    ['send a pic of the homework', 'image_request'],
    ['please turn on your camera, attendance is starting', 'image_request'],
    ['are your parents home? mom sent some kheer', 'alone_check'],
    ["i'll give you 400 robux for that skin, fair trade", 'gifts_money'],
    ["don't tell anyone i failed the maths test", 'secrecy'],
    ["our secret santa is on friday, don't tell anyone who you got", 'secrecy'],
  ])('%s → no %s', (text, category) => {
    expect(categories(text)).not.toContain(category);
  });

  it('does not let "surprise" hide a request to keep something from the parents', () => {
    expect(categories("don't tell your parents until the contract is ready, it's a surprise")).toContain(
      'secrecy',
    );
  });
});

describe('explainability', () => {
  it('names the lexicon entry behind each hit', () => {
    const hits = detectSignals('kisi ko mat batana');
    expect(hits[0]?.entry).toMatch(/^roman-ur\.secrecy\.[a-z_]+$/);
  });
  it('names the phone detector for numbers', () => {
    expect(detectSignals('+92 300 1234567', 'teen')[0]?.entry).toBe('sys.self_disclosure.phone_pk_mobile');
  });
});
