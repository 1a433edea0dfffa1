/**
 * No message text leaves the engine: assessments and explanations hold categories, lexicon ids, numbers and
 * message indices only. Each message carries a unique marker word; no output may contain any of them.
 */
import { describe, expect, it } from 'vitest';
import {
  assessConversation,
  createRiskTracker,
  detectSignals,
  explainConversation,
  checkOutgoing,
} from '../../../lib/chat';
import { OWN_CONVERSATIONS } from './conversations';

const MARKERS = [
  'zqxmarkera',
  'zqxmarkerb',
  'zqxmarkerc',
  'zqxmarkerd',
  'zqxmarkere',
  'zqxmarkerf',
  'zqxmarkerg',
  'zqxmarkerh',
];

describe('no text in the output', () => {
  it('never repeats a word of the conversation', () => {
    for (const conversation of OWN_CONVERSATIONS) {
      const messages = conversation.messages.map((m, i) => ({
        ...m,
        text: `${m.text} ${MARKERS[i % MARKERS.length]}`,
      }));
      const marked = { ...conversation, messages };
      const tracker = createRiskTracker({ contactKnown: marked.contactKnown });
      const outputs: unknown[] = [assessConversation(marked), explainConversation(marked)];
      for (const m of messages) {
        outputs.push(tracker.push(m));
        outputs.push(detectSignals(m.text, m.from));
        outputs.push(checkOutgoing(m.text));
      }
      outputs.push(tracker.explain());
      const json = JSON.stringify(outputs).toLowerCase();
      for (const marker of MARKERS) expect(json).not.toContain(marker);
    }
  });
});
