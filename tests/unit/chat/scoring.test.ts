/**
 * Conversation scoring: evidence accumulates across messages and decays with time, combinations count for more
 * than single phrases, an unknown contact raises the score and a known one lowers it, except that a known
 * contact never hides coercion, meeting requests, or picture requests joined with secrecy.
 */
import { describe, expect, it } from 'vitest';
import {
  assessConversation,
  CATEGORIES,
  explainConversation,
  type ChatMessage,
  type RiskLevel,
} from '../../../lib/chat';
import { CONTACT_FACTOR, MENTION_MAX, scoreEvidence, SINGLE_FACTOR, STRONG } from '../../../lib/chat/scoring';

const T0 = Date.UTC(2026, 0, 5, 18, 0, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

function chat(texts: string[], start = T0, step = MIN): ChatMessage[] {
  return texts.map((text, i) => ({ from: 'contact', text, ts: start + i * step }));
}

const ORDER: RiskLevel[] = ['none', 'low', 'elevated', 'high'];
const rank = (level: RiskLevel) => ORDER.indexOf(level);

describe('accumulation', () => {
  it('a single weak phrase stays low; the same tactics together reach an alert', () => {
    const one = assessConversation({ contactKnown: false, messages: chat(['you are so pretty']) });
    expect(rank(one.level)).toBeLessThanOrEqual(rank('low'));
    const many = assessConversation({
      contactKnown: false,
      messages: chat([
        "you're so mature for your age",
        'your parents would never understand us',
        "don't tell them we talk",
        'add me on snap',
        'send me a pic of you',
      ]),
    });
    expect(many.level).toBe('high');
    expect(many.score).toBeGreaterThan(one.score);
  });

  it('the score only grows as signs accumulate (without time passing)', () => {
    const messages = chat(['hey', 'ur so mature', 'are ur parents home?', "don't tell anyone", 'send a pic']);
    let previous = -1;
    for (let n = 1; n <= messages.length; n++) {
      const a = assessConversation({ contactKnown: false, messages: messages.slice(0, n) });
      expect(a.score).toBeGreaterThanOrEqual(previous);
      previous = a.score;
    }
  });

  it('repeating one tactic saturates at its cap', () => {
    const twice = assessConversation({ messages: chat(['you are so pretty', 'you are so pretty']) });
    const ten = assessConversation({ messages: chat(Array(10).fill('you are so pretty')) });
    expect(ten.level).not.toBe('high');
    expect(ten.score - twice.score).toBeLessThan(0.3);
  });

  it('reports each sign with the message it came from and the first alert', () => {
    const a = assessConversation({
      contactKnown: false,
      messages: chat(['hi', 'how was school', "don't tell your parents about us", 'send me a pic of you']),
    });
    expect(a.signals).toContainEqual({ category: 'secrecy', message: 2 });
    expect(a.signals).toContainEqual({ category: 'image_request', message: 3 });
    expect(a.firstAlert).toBe(2);
  });

  it('an ordinary chat has no signals and no alert', () => {
    const a = assessConversation({
      contactKnown: false,
      messages: chat(['hi', 'did you finish the essay?', 'lol ok']),
    });
    expect(a).toEqual({ level: 'none', score: 0, signals: [], firstAlert: null });
  });
});

describe('decay', () => {
  const texts = ["don't tell your parents about us", 'are you home alone?'];

  it('signs far apart in time count for less than signs close together', () => {
    const close = assessConversation({ contactKnown: false, messages: chat(texts, T0, MIN) });
    const apart = assessConversation({ contactKnown: false, messages: chat(texts, T0, 60 * DAY) });
    expect(apart.score).toBeLessThan(close.score);
  });

  it('without timestamps no time passes', () => {
    const noTs = assessConversation({
      contactKnown: false,
      messages: texts.map((text) => ({ from: 'contact' as const, text })),
    });
    const close = assessConversation({ contactKnown: false, messages: chat(texts, T0, MIN) });
    expect(noTs.score).toBeCloseTo(close.score, 2);
  });

  it('the first alert stays recorded after the level decays', () => {
    const messages = [...chat(texts, T0, MIN), { from: 'contact' as const, text: 'hi', ts: T0 + 90 * DAY }];
    const a = assessConversation({ contactKnown: false, messages });
    expect(a.firstAlert).toBe(0);
    expect(rank(a.level)).toBeLessThan(rank('elevated'));
  });
});

describe('combinations', () => {
  it('trust, then isolation, then escalation counts for more than the same weight of one tactic', () => {
    const staged = explainConversation({
      messages: chat(["you're so mature for your age", "don't tell anyone about us", 'add me on snapchat']),
    });
    expect(staged.combos.map((c) => c.id)).toEqual(
      expect.arrayContaining(['trust_isolate', 'isolate_escalate', 'trust_escalate']),
    );
    expect(staged.raw).toBeGreaterThan(staged.categories.reduce((sum, c) => sum + c.evidence, 0));
  });

  it('a picture request with secrecy scores higher than either alone', () => {
    const image = assessConversation({ messages: chat(['send me a pic of you']) });
    const secret = assessConversation({ messages: chat(["don't tell your parents"]) });
    const both = assessConversation({ messages: chat(["don't tell your parents", 'send me a pic of you']) });
    expect(both.score).toBeGreaterThan(image.score + secret.score - image.score * secret.score);
    expect(
      explainConversation({ messages: chat(["don't tell your parents", 'send me a pic of you']) }).combos,
    ).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'image_secrecy' })]));
  });
});

describe('known and unknown contacts', () => {
  const ordinary = chat(['are your parents home?', 'you are so pretty', 'which school do you go to?']);

  it('an unknown contact raises the score and a known one lowers it', () => {
    const unknown = assessConversation({ contactKnown: false, messages: ordinary });
    const unsure = assessConversation({ messages: ordinary });
    const known = assessConversation({ contactKnown: true, messages: ordinary });
    expect(unknown.score).toBeGreaterThan(unsure.score);
    expect(unsure.score).toBeGreaterThan(known.score);
  });

  it.each([
    ['coercion', { coercion: 1.1 }],
    ['a meeting request joined with an alone check', { meeting: 0.65, alone_check: 0.55 }],
    ['a meeting request joined with secrecy', { meeting: 0.65, secrecy: 0.6 }],
    ['a picture request joined with secrecy', { image_request: 0.6, secrecy: 0.7 }],
  ])('a known contact never lowers %s', (_name, weights) => {
    const evidence = CATEGORIES.map((c) => (weights as Partial<Record<string, number>>)[c] ?? 0);
    const known = scoreEvidence(evidence, true, 'standard');
    const unsure = scoreEvidence(evidence, undefined, 'standard');
    expect(known.score).toBeCloseTo(unsure.score, 10);
    // ...whereas other tactics are lowered.
    const other = CATEGORIES.map((c) => (c === 'alone_check' ? 0.55 : 0));
    expect(scoreEvidence(other, true, 'standard').score).toBeLessThan(
      scoreEvidence(other, undefined, 'standard').score,
    );
  });

  it.each([
    ['coercion', ["if you don't send it i'll share your pics with everyone"]],
    ['a meeting request', ["let's meet in person, come alone"]],
    ['a picture request joined with secrecy', ['send me a pic of you', "don't tell your parents"]],
  ])('%s from a known contact still raises an alert', (_name, texts) => {
    const known = assessConversation({ contactKnown: true, messages: chat(texts) });
    expect(rank(known.level)).toBeGreaterThanOrEqual(rank('elevated'));
  });

  it("a known contact's plain pickup or a mention of a photo is lowered like other tactics", () => {
    for (const weights of [{ meeting: 0.6 }, { image_request: 0.2, secrecy: 0.65 }]) {
      const evidence = CATEGORIES.map((c) => (weights as Partial<Record<string, number>>)[c] ?? 0);
      expect(scoreEvidence(evidence, true, 'standard').score).toBeLessThan(
        scoreEvidence(evidence, undefined, 'standard').score,
      );
      expect(scoreEvidence(evidence, true, 'standard').level).not.toBe('elevated');
    }
  });

  it('coercion from a known contact still raises an alert', () => {
    const a = assessConversation({
      contactKnown: true,
      messages: chat(["if you don't send it i'll share your pics with everyone", 'you owe me']),
    });
    expect(rank(a.level)).toBeGreaterThanOrEqual(rank('elevated'));
  });

  it("the teen's own disclosures count only with someone the teen does not know", () => {
    const messages: ChatMessage[] = [
      { from: 'contact', text: 'which school do you go to?', ts: T0 },
      { from: 'teen', text: 'LGS gulberg, 9th grade', ts: T0 + MIN },
    ];
    expect(assessConversation({ contactKnown: false, messages }).signals).toContainEqual({
      category: 'self_disclosure',
      message: 1,
    });
    const known = explainConversation({ contactKnown: true, messages });
    expect(known.categories.find((c) => c.category === 'self_disclosure')).toBeUndefined();
  });
});

describe('passing mentions', () => {
  it('do not raise an alert on their own, and count in full once a tactic appears', () => {
    const mentions = chat([
      'can u post a screenshot of the bug in the discord',
      'the secret level is hidden behind the waterfall',
    ]);
    const alone = explainConversation({ contactKnown: false, messages: mentions });
    expect(alone.hits.length).toBeGreaterThan(0);
    expect(alone.hits.every((h) => h.weight <= MENTION_MAX)).toBe(true);
    expect(alone.mentionsOnly).toBe(true);
    expect(rank(alone.level)).toBeLessThan(rank('elevated'));

    const withTactic = explainConversation({
      contactKnown: false,
      messages: [...mentions, ...chat(["don't tell your parents we talk"])],
    });
    expect(withTactic.mentionsOnly).toBe(false);
    expect(withTactic.total).toBeGreaterThan(alone.total * 2);
  });
});

describe('one tactic on its own', () => {
  it('counts a medium sign alone for less, until a second tactic or a strong sign appears', () => {
    const single = explainConversation({ contactKnown: false, messages: chat(['are your parents home?']) });
    expect(single.categories).toHaveLength(1);
    expect(single.categories[0]!.evidence).toBeLessThan(STRONG);
    expect(rank(single.level)).toBeLessThan(rank('elevated'));
    const evidence = CATEGORIES.map((c) => (c === 'alone_check' ? single.categories[0]!.evidence : 0));
    const plain = scoreEvidence(evidence, false, 'standard');
    expect(plain.total).toBeCloseTo(single.raw * CONTACT_FACTOR.unknown * SINGLE_FACTOR, 10);

    const two = explainConversation({
      contactKnown: false,
      messages: chat(['are your parents home?', 'which school do you go to?']),
    });
    expect(rank(two.level)).toBeGreaterThanOrEqual(rank('elevated'));
    const strong = explainConversation({
      contactKnown: false,
      messages: chat(["don't tell your parents about us"]),
    });
    expect(rank(strong.level)).toBeGreaterThanOrEqual(rank('elevated'));
  });
});

describe('sensitivity', () => {
  it('watchful alerts earlier than standard, and standard earlier than gentle', () => {
    const messages = chat(['are you home alone?', 'you are so pretty']);
    const score = assessConversation({ contactKnown: false, messages }).score;
    const gentle = assessConversation({ contactKnown: false, messages }, { sensitivity: 'gentle' });
    const watchful = assessConversation({ contactKnown: false, messages }, { sensitivity: 'watchful' });
    expect(gentle.score).toBe(score);
    expect(rank(watchful.level)).toBeGreaterThanOrEqual(rank(gentle.level));
    const levels = (['gentle', 'standard', 'watchful'] as const).map((sensitivity) =>
      rank(
        assessConversation(
          { contactKnown: false, messages: chat(['are you alone?', 'send a pic']) },
          { sensitivity },
        ).level,
      ),
    );
    expect(levels[0]).toBeLessThanOrEqual(levels[1]!);
    expect(levels[1]).toBeLessThanOrEqual(levels[2]!);
  });
});
