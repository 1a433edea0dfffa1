/**
 * Puts compiled rules in force with one updateDynamicRules call: removing the old rules and adding the new ones is a
 * single atomic update, so there is no moment when an old rule is gone and its replacement not yet in force.
 */
import { browser, type Browser } from 'wxt/browser';
import type { DnrRule } from '../../lib/enforce/types';

const dnr = () => browser.declarativeNetRequest;

function sameRules(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** Returns how many dynamic rules are in force afterwards. Unchanged rules are left alone. */
export async function applyDynamicRules(rules: readonly DnrRule[]): Promise<number> {
  const current = await dnr().getDynamicRules();
  const sorted = [...rules].sort((x, y) => x.id - y.id);
  const normalizedCurrent = [...current].sort((x, y) => x.id - y.id);
  if (sameRules(normalizedCurrent.map(strip), sorted.map(strip))) return current.length;
  await dnr().updateDynamicRules({
    removeRuleIds: current.map((r) => r.id),
    addRules: sorted as unknown as Browser.declarativeNetRequest.Rule[],
  });
  return sorted.length;
}

/** Chrome echoes rules back with its own key order; compare on a canonical form. */
function strip(rule: unknown): string {
  return JSON.stringify(rule, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : value,
  );
}

/** Switches the static rulesets (safe search, YouTube) to exactly `wanted`, in one call. */
export async function applyEnabledRulesets(wanted: readonly string[]): Promise<void> {
  const current = await dnr().getEnabledRulesets();
  const enable = wanted.filter((id) => !current.includes(id));
  const disable = current.filter((id) => !wanted.includes(id));
  if (enable.length === 0 && disable.length === 0) return;
  await dnr().updateEnabledRulesets({ enableRulesetIds: enable, disableRulesetIds: disable });
}
