/** The incremental API: messages one at a time, as a content script sees them, agree with the batch function. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assessConversation,
  createRiskTracker,
  explainConversation,
  type ChatMessage,
} from '../../../lib/chat';
import { OWN_CONVERSATIONS } from './conversations';

const T0 = Date.UTC(2026, 0, 5, 18, 0, 0);

describe('createRiskTracker', () => {
  it('gives after every message exactly what the batch function gives for the messages so far', () => {
    for (const conversation of OWN_CONVERSATIONS) {
      const tracker = createRiskTracker({ contactKnown: conversation.contactKnown });
      conversation.messages.forEach((message, i) => {
        const incremental = tracker.push(message);
        const batch = assessConversation({
          contactKnown: conversation.contactKnown,
          messages: conversation.messages.slice(0, i + 1),
        });
        expect(incremental).toEqual(batch);
      });
      expect(tracker.length).toBe(conversation.messages.length);
      expect(tracker.current()).toEqual(assessConversation(conversation));
    }
  });

  it('agrees with the batch function on the development corpus when it is there', () => {
    let text = '';
    try {
      text = readFileSync('tests/fixtures/chat/dev.jsonl', 'utf8');
    } catch {
      return; // the corpus is optional for this test
    }
    for (const line of text.split('\n').slice(0, 60)) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { contactKnown?: boolean; messages: ChatMessage[] };
      const tracker = createRiskTracker({ contactKnown: c.contactKnown });
      for (const m of c.messages) tracker.push(m);
      expect(tracker.current()).toEqual(assessConversation(c));
    }
  });

  it('returns snapshots that later messages do not change', () => {
    const tracker = createRiskTracker({ contactKnown: false });
    const first = tracker.push({ from: 'contact', text: "don't tell your parents", ts: T0 });
    const copy = structuredClone(first);
    tracker.push({ from: 'contact', text: 'send me a pic of you', ts: T0 + 1000 });
    expect(first).toEqual(copy);
  });

  it('uses the previous message as benign context', () => {
    const messages: ChatMessage[] = [
      { from: 'teen', text: 'i forgot to copy the chemistry homework', ts: T0 },
      { from: 'contact', text: 'can you send me a pic of it?', ts: T0 + 1000 },
    ];
    expect(assessConversation({ messages }).signals).toEqual([]);
    expect(assessConversation({ messages: messages.slice(1) }).signals).toContainEqual({
      category: 'image_request',
      message: 0,
    });
  });

  it('tolerates messages with missing or odd fields', () => {
    const tracker = createRiskTracker();
    expect(() => tracker.push({ from: 'contact', text: undefined as unknown as string })).not.toThrow();
    expect(() => tracker.push({ from: 'contact', text: '', ts: Number.NaN })).not.toThrow();
    expect(tracker.current().level).toBe('none');
  });
});

describe('explain', () => {
  it('names lexicon entries, categories, weights, combinations and factors, never text', () => {
    const conversation = OWN_CONVERSATIONS[0]!;
    const why = explainConversation(conversation);
    expect(why.hits.length).toBeGreaterThan(0);
    for (const hit of why.hits) {
      expect(hit.entry).toMatch(/^(en|ur|roman-ur|sys)\.[a-z_]+\.[a-z_0-9]+$/);
      expect(Object.keys(hit).sort()).toEqual(['category', 'entry', 'message', 'weight']);
    }
    expect(why.thresholds).toEqual({
      low: expect.any(Number),
      elevated: expect.any(Number),
      high: expect.any(Number),
    });
    expect(why.level).toBe(assessConversation(conversation).level);
    expect(why.firstAlert).toBe(assessConversation(conversation).firstAlert);
  });
});
