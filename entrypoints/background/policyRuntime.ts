/**
 * Keeps the effective policy and the browser's rules in step: load layers (repairing what is broken), resolve,
 * compile, apply. Refreshes are serialized so two quick changes cannot interleave their rule updates.
 */
import { browser } from 'wxt/browser';
import type { Clock } from '../../lib/clock';
import { compileRules } from '../../lib/enforce/compileRules';
import { buildSafeSearchRulesets, enabledSafeSearchRulesets } from '../../lib/enforce/compileSafeSearch';
import type { EventLog } from '../../lib/events';
import { DEFAULT_POLICY, resolvePolicy, type ResolvedPolicy } from '../../lib/policy';
import { lastRepairItem, loadLayers } from '../../lib/policy/store';
import { applyDynamicRules, applyEnabledRulesets } from './applyRules';

export interface PolicyRuntime {
  /** The policy in force; waits for the first load. */
  current(): Promise<ResolvedPolicy>;
  refresh(): Promise<ResolvedPolicy>;
  hostAccess(): Promise<boolean>;
  rulesInForce(): number;
}

async function readManaged(): Promise<Record<string, unknown>> {
  return (await browser.storage.managed.get()) as Record<string, unknown>;
}

export async function hasHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: ['<all_urls>'] });
  } catch {
    return false;
  }
}

export function createPolicyRuntime(deps: { clock: Clock; events: EventLog }): PolicyRuntime {
  let chain: Promise<unknown> = Promise.resolve();
  let latest: Promise<ResolvedPolicy> | null = null;
  let rulesCount = 0;
  let lastSchoolRepairKey = '';

  async function load(): Promise<ResolvedPolicy> {
    const layers = await loadLayers(readManaged);
    const schoolKey = JSON.stringify(layers.schoolRepairs);
    if (layers.parentRepairs.length > 0 || schoolKey !== lastSchoolRepairKey) {
      const previous = await lastRepairItem.getValue();
      await lastRepairItem.setValue({
        at: deps.clock.now(),
        parent: layers.parentRepairs.length > 0 ? layers.parentRepairs : (previous?.parent ?? []),
        school: layers.schoolRepairs,
      });
      if (layers.parentRepairs.length > 0) {
        deps.events.log('settings_repair', 'parent_settings', { fields: layers.parentRepairs.length });
      }
      if (layers.schoolRepairs.length > 0 && schoolKey !== lastSchoolRepairKey) {
        deps.events.log('settings_repair', 'school_policy', { fields: layers.schoolRepairs.length });
      }
      lastSchoolRepairKey = schoolKey;
    }
    const resolved = resolvePolicy(DEFAULT_POLICY, layers.parent, layers.school);
    const hostAccess = await hasHostAccess();
    const rules = compileRules({
      policy: resolved.policy,
      schoolBlockDomains: layers.school?.blockDomains ?? [],
      hostAccess,
      blockPageUrl: browser.runtime.getURL('/blocked.html'),
    });
    // Static rulesets (safe search, YouTube) are switched in one call, then the dynamic rules in another.
    const rulesets = enabledSafeSearchRulesets(resolved.policy);
    await applyEnabledRulesets(rulesets);
    const staticRules = buildSafeSearchRulesets()
      .filter((set) => rulesets.includes(set.id))
      .reduce((sum, set) => sum + set.rules.length, 0);
    rulesCount = (await applyDynamicRules(rules)) + staticRules;
    return resolved;
  }

  function refresh(): Promise<ResolvedPolicy> {
    const run = chain.then(load, load);
    chain = run.catch((err: unknown) => console.error('[hifazat] policy refresh failed', err));
    // Until a refresh succeeds, keep answering with the last good policy.
    const previous = latest;
    latest = run.catch((err: unknown) => {
      if (previous) return previous;
      throw err;
    });
    return run;
  }

  return {
    current: () => latest ?? refresh(),
    refresh,
    hostAccess: hasHostAccess,
    rulesInForce: () => rulesCount,
  };
}
