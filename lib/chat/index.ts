/**
 * Hifazat's grooming-risk engine: pure, on-device, explainable. It reads a conversation between a teen and a
 * contact and says whether it shows grooming-risk patterns, which ones and from which message. Its output holds
 * categories, lexicon ids, numbers and message indices only, never text. See docs/chat-risk.md.
 */
export { assessConversation, explainConversation } from './assess';
export { CATEGORIES, STAGE, type Stage } from './categories';
export { LEXICONS } from './lexicons';
export { buildMatcher, defaultMatcher, type SignalMatcher } from './matcher';
export { normalize, type NormalizedText } from './normalize';
export { checkOutgoing, type Disclosure, type DisclosureKind } from './outgoing';
export { THRESHOLDS } from './scoring';
export { detectSignals } from './signals';
export {
  createRiskTracker,
  type ExplainedHit,
  type RiskExplanation,
  type RiskTracker,
  type TrackerOptions,
} from './tracker';
export type {
  Category,
  ChatMessage,
  Conversation,
  Direction,
  Hit,
  LanguageId,
  Lexicon,
  LexiconEntry,
  RiskAssessment,
  RiskLevel,
  RiskOptions,
  Sender,
  Sensitivity,
  Signal,
} from './types';
