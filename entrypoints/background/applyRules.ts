/**
 * Puts compiled rules in force. All dynamic-rule changes go in one updateDynamicRules call (removals and additions
 * together), so there is no moment when an old rule is gone and its replacement not yet in force. Each rule's
 * fingerprint is remembered, so a refresh re-installs only what changed: a 2,000,000-domain category rule is rebuilt
 * only when its lists change, not on every service-worker wake-up.
 */
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { DnrRule } from '../../lib/enforce/types';

const dnr = () => browser.declarativeNetRequest;

/** Bump when the compiler's output format changes, so every stored rule is rebuilt once. */
const COMPILER_VERSION = 2;

/** What is installed (id → fingerprint), and the ids an interrupted update may have left behind. */
const appliedItem = storage.defineItem<{ v: number; rules: Record<string, string>; pending?: number[] }>(
  'local:appliedRules',
  { fallback: { v: 0, rules: {} } },
);

export interface PlannedRule {
  id: number;
  fingerprint: string;
  /** Builds the rule (may read large lists); null when it would be empty. Called only when the rule changed. */
  build(): Promise<DnrRule | null>;
}

export function plannedFromRule(rule: DnrRule): PlannedRule {
  return { id: rule.id, fingerprint: JSON.stringify(rule), build: async () => rule };
}

/** Installs exactly `planned`; returns the ids now in force. */
export async function applyPlannedRules(planned: readonly PlannedRule[]): Promise<number[]> {
  let applied = await appliedItem.getValue();
  if (applied.v !== COMPILER_VERSION) {
    // First run of this compiler version: forget what we think is installed and replace everything.
    const existing = await dnr().getDynamicRules();
    applied = {
      v: COMPILER_VERSION,
      rules: Object.fromEntries(existing.map((r) => [String(r.id), 'stale'])),
    };
  }
  const wanted = new Map(planned.map((p) => [String(p.id), p]));
  const remove: number[] = [];
  const add: DnrRule[] = [];
  const next: Record<string, string> = {};
  for (const [id, fingerprint] of Object.entries(applied.rules)) {
    const plan = wanted.get(id);
    if (!plan || plan.fingerprint !== fingerprint) remove.push(Number(id));
    else next[id] = fingerprint;
  }
  // Rules an interrupted update may have installed without our knowing: removed unless still wanted as they are.
  for (const id of applied.pending ?? []) if (next[String(id)] === undefined) remove.push(id);
  for (const [id, plan] of wanted) {
    if (next[id] !== undefined) continue;
    const rule = await plan.build();
    if (rule) {
      add.push(rule);
      next[id] = plan.fingerprint;
    }
  }
  if (remove.length > 0 || add.length > 0) {
    await appliedItem.setValue({
      ...applied,
      pending: [...new Set([...(applied.pending ?? []), ...add.map((r) => r.id)])],
    });
    // Ids being added are removed in the same call too (removals apply first): if a previous run was cut off
    // between installing rules and remembering them, a rule with that id may already exist.
    await dnr().updateDynamicRules({
      removeRuleIds: [...new Set([...remove, ...add.map((r) => r.id)])],
      addRules: add as unknown as Browser.declarativeNetRequest.Rule[],
    });
  }
  const unchanged =
    remove.length === 0 && add.length === 0 && !applied.pending?.length && applied.v === COMPILER_VERSION;
  if (!unchanged) await appliedItem.setValue({ v: COMPILER_VERSION, rules: next });
  return Object.keys(next).map(Number);
}

/** Switches the static rulesets (safe search, YouTube) to exactly `wanted`, in one call. */
export async function applyEnabledRulesets(wanted: readonly string[]): Promise<void> {
  const current = await dnr().getEnabledRulesets();
  const enable = wanted.filter((id) => !current.includes(id));
  const disable = current.filter((id) => !wanted.includes(id));
  if (enable.length === 0 && disable.length === 0) return;
  await dnr().updateEnabledRulesets({ enableRulesetIds: enable, disableRulesetIds: disable });
}
