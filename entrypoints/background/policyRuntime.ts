/**
 * Keeps the effective policy and the browser's rules in step: load layers (repairing what is broken), resolve,
 * work out which categories are blocked right now (schedules), plan every rule, and install what changed.
 * Refreshes are serialized so two quick changes cannot interleave their rule updates, and a failed refresh keeps
 * the last good rules and policy.
 */
import { browser } from 'wxt/browser';
import type { Clock } from '../../lib/clock';
import { activeApprovals } from '../../lib/lists/approvals';
import type { CategoryId } from '../../lib/lists/categories';
import type { ListLibrary } from '../../lib/lists/listLibrary';
import { approvalsItem, scheduleHoldsItem } from '../../lib/lists/listItems';
import { NEVER_BLOCK } from '../../lib/lists/neverBlock';
import { scheduleState, scheduledCategories } from '../../lib/lists/schedules';
import {
  buildCategoryRule,
  categoriesInForce,
  planCategoryRules,
} from '../../lib/enforce/compileCategoryRules';
import { compileRules } from '../../lib/enforce/compileRules';
import { buildSafeSearchRulesets, enabledSafeSearchRulesets } from '../../lib/enforce/compileSafeSearch';
import { RULE_ID_BASE, RULE_PRIORITY } from '../../lib/enforce/priorities';
import type { EventLog } from '../../lib/events';
import { DEFAULT_POLICY, resolvePolicy, type ResolvedPolicy, type SchoolPolicy } from '../../lib/policy';
import { categoriesDuringPause, pauseItem, pauseState } from '../../lib/policy/pause';
import { lastRepairItem, loadLayers } from '../../lib/policy/store';
import { applyEnabledRulesets, applyPlannedRules, plannedFromRule, type PlannedRule } from './applyRules';

export interface PolicySnapshot {
  resolved: ResolvedPolicy;
  school: SchoolPolicy | null;
  /** Categories blocked at the moment of the last refresh (schedules applied). */
  categoriesNow: CategoryId[];
}

export interface PolicyRuntime {
  /** The policy in force; waits for the first load. */
  current(): Promise<ResolvedPolicy>;
  snapshot(): Promise<PolicySnapshot>;
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

const NEVER_BLOCK_VERSION = `nb${NEVER_BLOCK.length}:${NEVER_BLOCK.join(',').length}`;

export function createPolicyRuntime(deps: {
  clock: Clock;
  events: EventLog;
  lists: ListLibrary;
  /** Told the school policy on every load (for actions a policy triggers, like a PIN reset). */
  onSchoolPolicy?: (school: SchoolPolicy | null) => Promise<void>;
}): PolicyRuntime {
  let chain: Promise<unknown> = Promise.resolve();
  let latest: Promise<PolicySnapshot> | null = null;
  let rulesCount = 0;
  let lastSchoolRepairKey = '';

  async function recordRepairs(layers: Awaited<ReturnType<typeof loadLayers>>) {
    const schoolKey = JSON.stringify(layers.schoolRepairs);
    if (layers.parentRepairs.length === 0 && schoolKey === lastSchoolRepairKey) return;
    const previous = await lastRepairItem.getValue();
    // After a service-worker restart the in-memory key is empty: the stored report says what was already logged.
    if (lastSchoolRepairKey === '' && previous) lastSchoolRepairKey = JSON.stringify(previous.school);
    if (layers.parentRepairs.length === 0 && schoolKey === lastSchoolRepairKey) return;
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

  async function load(): Promise<PolicySnapshot> {
    const layers = await loadLayers(readManaged);
    await recordRepairs(layers);
    const resolved = resolvePolicy(DEFAULT_POLICY, layers.parent, layers.school);
    const { policy } = resolved;
    await deps.onSchoolPolicy?.(layers.school);
    const now = deps.clock.now();
    const hostAccess = await hasHostAccess();
    const blockPageUrl = browser.runtime.getURL('/blocked.html');

    // Schedules, with holds that survive restarts and a clock moved backwards.
    const previousHolds = await scheduleHoldsItem.getValue();
    const schedule = scheduleState(policy.schedules, now, previousHolds);
    if (JSON.stringify(schedule.holds) !== JSON.stringify(previousHolds)) {
      await scheduleHoldsItem.setValue(schedule.holds);
    }
    let categoriesNow = categoriesInForce({
      blocked: policy.blockedCategories,
      scheduled: scheduledCategories(policy.schedules),
      scheduledNow: schedule.blocked,
      schoolBlocked: layers.school?.blockedCategories ?? [],
    });
    // A parent's pause lifts the parent's categories and schedules only (lib/policy/pause.ts).
    if (pauseState(await pauseItem.getValue(), now).active) {
      categoriesNow = categoriesDuringPause({
        inForce: categoriesNow,
        schoolBlocked: layers.school?.blockedCategories ?? [],
        schoolScheduledNow: scheduleState(layers.school?.schedules ?? [], now).blocked,
      });
    }

    const planned: PlannedRule[] = compileRules({
      policy,
      schoolBlockDomains: layers.school?.blockDomains ?? [],
      hostAccess,
      blockPageUrl,
    }).map(plannedFromRule);

    // Approved access requests: allow rules above category blocks (never above a parent's or school's own block).
    const approved = activeApprovals(await approvalsItem.getValue(), now).map((a) => a.domain);
    if (approved.length > 0) {
      planned.push(
        plannedFromRule({
          id: RULE_ID_BASE.allow + 1,
          priority: RULE_PRIORITY.allow,
          action: { type: 'allow' },
          condition: {
            requestDomains: [...new Set(approved)].sort(),
            resourceTypes: ['main_frame', 'sub_frame'],
          },
        }),
      );
    }

    const subscriptions = policy.listSubscriptions;
    const versions = new Map<CategoryId, string>();
    for (const category of categoriesNow)
      versions.set(category, await deps.lists.versionFor(category, subscriptions));
    for (const plan of planCategoryRules({
      categories: categoriesNow,
      sourceVersion: (c) => versions.get(c) ?? '',
      neverBlockVersion: NEVER_BLOCK_VERSION,
      hostAccess,
      schoolCategories: new Set(layers.school?.blockedCategories ?? []),
    })) {
      planned.push({
        id: plan.id,
        fingerprint: plan.fingerprint,
        build: async () =>
          buildCategoryRule(
            plan.category,
            await deps.lists.domainsFor(plan.category, subscriptions),
            NEVER_BLOCK,
            hostAccess,
            blockPageUrl,
            plan.school,
          ),
      });
    }

    // Static rulesets (safe search, YouTube) are switched in one call, then the dynamic rules in another.
    const rulesets = enabledSafeSearchRulesets(policy);
    await applyEnabledRulesets(rulesets);
    const staticRules = buildSafeSearchRulesets()
      .filter((set) => rulesets.includes(set.id))
      .reduce((sum, set) => sum + set.rules.length, 0);
    rulesCount = (await applyPlannedRules(planned)).length + staticRules;
    return { resolved, school: layers.school, categoriesNow };
  }

  /** A refresh queued behind a running one and not yet started: later requests share it (one load covers all). */
  let queued: Promise<ResolvedPolicy> | null = null;

  function refresh(): Promise<ResolvedPolicy> {
    if (queued) return queued;
    const start = () => {
      queued = null;
      return load();
    };
    const run = chain.then(start, start);
    chain = run.catch((err: unknown) => console.error('[hifazat] policy refresh failed', err));
    // Until a refresh succeeds, keep answering with the last good policy.
    const previous = latest;
    latest = run.catch((err: unknown) => {
      if (previous) return previous;
      throw err;
    });
    // Callers (often fire-and-forget listeners) get the policy in force: the new one, or the last good one.
    const answer = latest.then((s) => s.resolved);
    answer.catch(() => undefined);
    queued = answer;
    return answer;
  }

  function snapshot(): Promise<PolicySnapshot> {
    if (!latest) void refresh().catch(() => undefined);
    return latest!;
  }

  return {
    current: () => snapshot().then((s) => s.resolved),
    snapshot,
    refresh,
    hostAccess: hasHostAccess,
    rulesInForce: () => rulesCount,
  };
}
