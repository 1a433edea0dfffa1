/**
 * Conversation-level evaluation figures for labelled corpora (used by `npm run risk -- eval`). A conversation
 * counts as flagged ("risky") when its level is elevated or high. Not part of the engine bundle.
 */
import { CATEGORIES } from './categories';
import type { Category, RiskAssessment, RiskLevel } from './types';

export interface LabelledResult {
  lang: string;
  label: 'risky' | 'benign';
  expectedSignals: readonly string[];
  assessment: RiskAssessment;
  messageCount: number;
}

export interface BinaryFigures {
  conversations: number;
  risky: number;
  benign: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  f05: number;
  fpr: number;
}

export interface SignalFigures {
  category: Category;
  /** Conversations labelled with the signal. */
  expected: number;
  /** Conversations where the engine found it. */
  found: number;
  tp: number;
  precision: number;
  recall: number;
}

export interface EvaluationReport {
  overall: BinaryFigures;
  byLanguage: Record<string, BinaryFigures>;
  bySignal: SignalFigures[];
  levels: Record<RiskLevel, number>;
  /** For caught risky conversations: median share of the conversation read before the first alert (0..1). */
  medianAlertPosition: number | null;
}

const FLAGGED: ReadonlySet<RiskLevel> = new Set(['elevated', 'high']);

export function isFlagged(a: RiskAssessment): boolean {
  return FLAGGED.has(a.level);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function fBeta(precision: number, recall: number, beta: number): number {
  const b2 = beta * beta;
  const d = b2 * precision + recall;
  return d === 0 ? 0 : ((1 + b2) * precision * recall) / d;
}

export function binaryFigures(results: readonly LabelledResult[]): BinaryFigures {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const r of results) {
    const flagged = isFlagged(r.assessment);
    if (r.label === 'risky') {
      if (flagged) tp++;
      else fn++;
    } else if (flagged) fp++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    conversations: results.length,
    risky: tp + fn,
    benign: fp + tn,
    tp,
    fp,
    tn,
    fn,
    precision,
    recall,
    f1: fBeta(precision, recall, 1),
    f05: fBeta(precision, recall, 0.5),
    fpr: ratio(fp, fp + tn),
  };
}

export function evaluate(results: readonly LabelledResult[]): EvaluationReport {
  const langs = [...new Set(results.map((r) => r.lang))].sort();
  const byLanguage: Record<string, BinaryFigures> = {};
  for (const lang of langs) byLanguage[lang] = binaryFigures(results.filter((r) => r.lang === lang));
  const bySignal: SignalFigures[] = [];
  for (const category of CATEGORIES) {
    let expected = 0;
    let found = 0;
    let tp = 0;
    for (const r of results) {
      const e = r.expectedSignals.includes(category);
      const f = r.assessment.signals.some((s) => s.category === category);
      if (e) expected++;
      if (f) found++;
      if (e && f) tp++;
    }
    bySignal.push({
      category,
      expected,
      found,
      tp,
      precision: ratio(tp, found),
      recall: ratio(tp, expected),
    });
  }
  const levels: Record<RiskLevel, number> = { none: 0, low: 0, elevated: 0, high: 0 };
  const positions: number[] = [];
  for (const r of results) {
    levels[r.assessment.level]++;
    if (r.label === 'risky' && r.assessment.firstAlert !== null && r.messageCount > 0) {
      positions.push((r.assessment.firstAlert + 1) / r.messageCount);
    }
  }
  positions.sort((a, b) => a - b);
  const mid = positions.length >> 1;
  const medianAlertPosition =
    positions.length === 0
      ? null
      : positions.length % 2
        ? positions[mid]!
        : (positions[mid - 1]! + positions[mid]!) / 2;
  return { overall: binaryFigures(results), byLanguage, bySignal, levels, medianAlertPosition };
}

function pct(x: number): string {
  return x.toFixed(3);
}

/** The report as plain text: overall, per language, per signal. */
export function formatReport(report: EvaluationReport): string {
  const lines: string[] = [];
  const o = report.overall;
  lines.push(`conversations: ${o.conversations} (risky ${o.risky}, benign ${o.benign})`);
  lines.push(`flagged = level elevated or high; TP ${o.tp}  FP ${o.fp}  TN ${o.tn}  FN ${o.fn}`);
  lines.push(`precision: ${pct(o.precision)}`);
  lines.push(`recall: ${pct(o.recall)}`);
  lines.push(`F1: ${pct(o.f1)}`);
  lines.push(`F0.5: ${pct(o.f05)}`);
  lines.push(`false-positive rate: ${pct(o.fpr)}`);
  lines.push(
    `levels: none ${report.levels.none}, low ${report.levels.low}, elevated ${report.levels.elevated}, high ${report.levels.high}`,
  );
  if (report.medianAlertPosition !== null) {
    lines.push(
      `median share of a caught conversation read before the first alert: ${pct(report.medianAlertPosition)}`,
    );
  }
  lines.push('');
  lines.push('per language:');
  lines.push('  lang       n  risky  precision  recall     F1   F0.5    FPR');
  for (const [lang, f] of Object.entries(report.byLanguage)) {
    lines.push(
      `  ${lang.padEnd(9)}${String(f.conversations).padStart(3)}${String(f.risky).padStart(7)}` +
        `${pct(f.precision).padStart(11)}${pct(f.recall).padStart(8)}${pct(f.f1).padStart(7)}` +
        `${pct(f.f05).padStart(7)}${pct(f.fpr).padStart(7)}`,
    );
  }
  lines.push('');
  lines.push('per signal (conversation level):');
  lines.push('  signal            expected  found   tp  precision  recall');
  for (const s of report.bySignal) {
    lines.push(
      `  ${s.category.padEnd(17)}${String(s.expected).padStart(9)}${String(s.found).padStart(7)}` +
        `${String(s.tp).padStart(5)}${pct(s.precision).padStart(11)}${pct(s.recall).padStart(8)}`,
    );
  }
  return lines.join('\n');
}
