/** Whole-conversation assessment, built on the incremental tracker so both always agree. */
import { createRiskTracker, type RiskExplanation, type TrackerOptions } from './tracker';
import type { Conversation, RiskAssessment } from './types';

function optionsFor(conversation: Conversation, options: TrackerOptions): TrackerOptions {
  return { ...options, contactKnown: options.contactKnown ?? conversation.contactKnown };
}

export function assessConversation(conversation: Conversation, options: TrackerOptions = {}): RiskAssessment {
  const tracker = createRiskTracker(optionsFor(conversation, options));
  for (const message of conversation.messages) tracker.push(message);
  return tracker.current();
}

export function explainConversation(
  conversation: Conversation,
  options: TrackerOptions = {},
): RiskExplanation {
  const tracker = createRiskTracker(optionsFor(conversation, options));
  for (const message of conversation.messages) tracker.push(message);
  return tracker.explain();
}
