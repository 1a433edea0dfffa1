/**
 * The incremental engine: feed a conversation one message at a time (as a content script sees it) and read the
 * current assessment after each. `assessConversation` is this, run over a whole conversation.
 *
 * Only evidence per category, the hits (entry id, category, message index) and the previous message's tokens (for
 * benign context) are kept; message text is dropped as soon as it has been matched.
 */
import { ANSWER_HIT, ANSWER_WINDOW, isPlainAnswer } from './answers';
import { CATEGORIES, CATEGORY_INDEX } from './categories';
import { defaultMatcher, type MatchContext, type SignalMatcher } from './matcher';
import { normalize } from './normalize';
import { HALF_LIFE_MS, MENTION_MAX, scoreEvidence, THRESHOLDS, type ScoreDetail } from './scoring';
import type {
  Category,
  ChatMessage,
  RiskAssessment,
  RiskLevel,
  RiskOptions,
  Sensitivity,
  Signal,
} from './types';

/** One lexicon entry that fired: ids and numbers only. */
export interface ExplainedHit {
  message: number;
  category: Category;
  /** `<lang>.<category>.<entry>`, or `sys.<category>.<detector>` for phone and e-mail detection. */
  entry: string;
  weight: number;
}

export interface RiskExplanation {
  level: RiskLevel;
  score: number;
  sensitivity: Sensitivity;
  thresholds: { low: number; elevated: number; high: number };
  contactKnown: boolean | null;
  contactFactor: number;
  /** True while every hit is a passing mention, which halves the total (see scoring.ts). */
  mentionsOnly: boolean;
  /** Sum of capped category evidence and combination bonuses, before the contact factor. */
  raw: number;
  /** After the contact factor (score = 1 - exp(-total / 1.5)). */
  total: number;
  categories: { category: Category; evidence: number }[];
  combos: { id: string; bonus: number }[];
  hits: ExplainedHit[];
  firstAlert: number | null;
}

export interface RiskTracker {
  /** Adds the next message and returns the assessment after it. */
  push(message: ChatMessage): RiskAssessment;
  /** The assessment after the messages pushed so far. */
  current(): RiskAssessment;
  /** Why: entry ids, categories, weights, combinations and factors. Never text. */
  explain(): RiskExplanation;
  /** Number of messages pushed. */
  readonly length: number;
}

export interface TrackerOptions extends RiskOptions {
  /** A matcher over other lexicons (tests, tuning). */
  matcher?: SignalMatcher;
}

const ALERT_LEVELS: ReadonlySet<RiskLevel> = new Set(['elevated', 'high']);

export function createRiskTracker(options: TrackerOptions = {}): RiskTracker {
  const matcher = options.matcher ?? defaultMatcher();
  const sensitivity: Sensitivity = options.sensitivity ?? 'standard';
  const contactKnown = options.contactKnown;
  const evidence = new Float64Array(CATEGORIES.length);
  const hits: ExplainedHit[] = [];
  const signals: Signal[] = [];
  let lastTs: number | undefined;
  let context: MatchContext | null = null;
  let count = 0;
  let firstAlert: number | null = null;
  /** Index of the contact's last question for identifying details, until the teen replies. */
  let pendingAsk: number | null = null;
  /** True while the conversation has hits and all of them are passing mentions. */
  let mentionsOnly = false;
  let substantive = false;
  let detail: ScoreDetail = scoreEvidence(evidence, contactKnown, sensitivity);

  function assessment(): RiskAssessment {
    return {
      level: detail.level,
      score: Math.round(detail.score * 1000) / 1000,
      signals: signals.slice(),
      firstAlert,
    };
  }

  function push(message: ChatMessage): RiskAssessment {
    const index = count++;
    const ts = typeof message.ts === 'number' && Number.isFinite(message.ts) ? message.ts : undefined;
    if (ts !== undefined) {
      if (lastTs !== undefined && ts > lastTs) {
        const factor = Math.pow(0.5, (ts - lastTs) / HALF_LIFE_MS);
        for (let i = 0; i < evidence.length; i++) evidence[i]! *= factor;
      }
      if (lastTs === undefined || ts > lastTs) lastTs = ts;
    }
    const text = typeof message.text === 'string' ? message.text : '';
    const norm = normalize(text, matcher.vocabulary);
    const from = message.from === 'teen' ? 'teen' : 'contact';
    const found = matcher.match(norm, from, text, context, contactKnown);
    context = norm;
    if (pendingAsk !== null && index - pendingAsk > ANSWER_WINDOW) pendingAsk = null;
    if (from === 'contact') {
      if (found.some((h) => h.ask)) pendingAsk = index;
    } else if (pendingAsk !== null) {
      if (!found.some((h) => h.category === 'self_disclosure') && isPlainAnswer(text, norm.tokens)) {
        found.push({ ...ANSWER_HIT });
      }
      pendingAsk = null;
    }
    if (found.length > 0) {
      for (const hit of found) {
        evidence[CATEGORY_INDEX[hit.category]]! += hit.weight;
        // The teen's own details are never a passing mention, however light each one is.
        if (hit.weight > MENTION_MAX || hit.category === 'self_disclosure') substantive = true;
        hits.push({ message: index, category: hit.category, entry: hit.entry, weight: hit.weight });
        signals.push({ category: hit.category, message: index });
      }
    }
    mentionsOnly = hits.length > 0 && !substantive;
    detail = scoreEvidence(evidence, contactKnown, sensitivity, false, mentionsOnly);
    if (firstAlert === null && ALERT_LEVELS.has(detail.level)) firstAlert = index;
    return assessment();
  }

  function explain(): RiskExplanation {
    const detail = scoreEvidence(evidence, contactKnown, sensitivity, true, mentionsOnly);
    return {
      level: detail.level,
      score: detail.score,
      sensitivity,
      thresholds: { ...THRESHOLDS[sensitivity] },
      contactKnown: contactKnown ?? null,
      contactFactor: detail.contactFactor,
      mentionsOnly: detail.mentionsOnly,
      raw: detail.raw,
      total: detail.total,
      categories: CATEGORIES.map((category, i) => ({ category, evidence: detail.capped[i]! })).filter(
        (c) => c.evidence > 0,
      ),
      combos: detail.combos.map((c) => ({ ...c })),
      hits: hits.map((h) => ({ ...h })),
      firstAlert,
    };
  }

  return {
    push,
    current: assessment,
    explain,
    get length() {
      return count;
    },
  };
}
