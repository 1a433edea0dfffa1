/**
 * Safe search and restricted modes as declarativeNetRequest rules. The fixed part (one ruleset per engine, two for
 * YouTube's modes) is generated at build time into static rulesets that the policy switches on and off; engines that
 * cannot be made safe become dynamic rules, so they can fall back to plain `block` rules without host access.
 *
 * How to see this work: search https://www.google.com.pk/search?q=test&safe=off and watch the address bar change
 * to safe=active; open YouTube and see "Restricted Mode is on" in its settings.
 */
import type { Policy } from '../policy/schema';
import {
  ENGINES,
  type BlockEngine,
  type Engine,
  type EngineId,
  type HeaderEngine,
  type QueryEngine,
} from './engines';
import { RULE_ID_BASE, RULE_PRIORITY } from './priorities';
import type { DnrRule } from './types';

export interface StaticRuleset {
  id: string;
  /** Path inside the extension, e.g. rules/ss_google.json */
  path: string;
  rules: DnrRule[];
}

const anchored = (engine: Engine) => `^https?://${engine.urlPattern}`;

function queryRules(engine: QueryEngine): DnrRule[] {
  const rules: DnrRule[] = [
    {
      id: 1,
      priority: RULE_PRIORITY.safeSearch,
      action: {
        type: 'redirect',
        redirect: {
          transform: { queryTransform: { addOrReplaceParams: [{ key: engine.param, value: engine.value }] } },
        },
      },
      condition: {
        regexFilter: anchored(engine),
        requestDomains: [...engine.domains],
        resourceTypes: [...engine.resourceTypes],
        requestMethods: ['get'],
      },
    },
  ];
  if (engine.id === 'duckduckgo') {
    // The `!safeoff` bang in a query switches SafeSearch off whatever kp says: take the bang out of the query
    // (the redirected request then gets kp=1 from the rule above).
    rules.push({
      id: 2,
      priority: RULE_PRIORITY.safeSearchBypass,
      action: { type: 'redirect', redirect: { regexSubstitution: '\\1\\3' } },
      condition: {
        regexFilter: '^(https?://([a-z]+\\.)?duckduckgo\\.com/[^#]*[?&]q=[^&#]*?)(?:%21|!)safeoff(.*)$',
        requestDomains: [...engine.domains],
        resourceTypes: [...engine.resourceTypes],
        requestMethods: ['get'],
      },
    });
  }
  return rules;
}

function headerRule(engine: HeaderEngine, mode: 'strict' | 'moderate'): DnrRule {
  return {
    id: 1,
    priority: RULE_PRIORITY.safeSearch,
    action: {
      type: 'modifyHeaders',
      requestHeaders: [{ header: engine.header, operation: 'set', value: engine.values[mode] }],
    },
    condition: { requestDomains: [...engine.domains], resourceTypes: [...engine.resourceTypes] },
  };
}

/** Every static ruleset, generated from the engine table at build time (see wxt.config.ts). */
export function buildSafeSearchRulesets(): StaticRuleset[] {
  const sets: StaticRuleset[] = [];
  for (const engine of ENGINES) {
    if (engine.mechanism === 'query') {
      sets.push({ id: `ss_${engine.id}`, path: `rules/ss_${engine.id}.json`, rules: queryRules(engine) });
    } else if (engine.mechanism === 'header') {
      for (const mode of ['strict', 'moderate'] as const) {
        sets.push({ id: `yt_${mode}`, path: `rules/yt_${mode}.json`, rules: [headerRule(engine, mode)] });
      }
    }
  }
  return sets;
}

/** The static rulesets the policy turns on. */
export function enabledSafeSearchRulesets(policy: Policy): string[] {
  const ids: string[] = [];
  if (policy.safeSearch) {
    for (const engine of ENGINES) {
      if (engine.mechanism === 'query' && policy.safeSearchEngines.includes(engine.id as never)) {
        ids.push(`ss_${engine.id}`);
      }
    }
  }
  if (policy.youtubeRestrict !== 'off') ids.push(`yt_${policy.youtubeRestrict}`);
  return ids;
}

/** Engines that cannot be made safe, blocked when the policy says so (dynamic rules: they need a fallback). */
export function unsafeEngineRules(policy: Policy, hostAccess: boolean, blockPageUrl: string): DnrRule[] {
  if (!policy.safeSearch || !policy.blockUnsafeEngines) return [];
  const blocked = ENGINES.filter(
    (e): e is BlockEngine => e.mechanism === 'block' && policy.safeSearchEngines.includes(e.id as never),
  );
  return blocked.map((engine, i) => ({
    id: RULE_ID_BASE.safeSearch + i,
    priority: RULE_PRIORITY.safeSearch,
    action: hostAccess
      ? { type: 'redirect', redirect: { url: `${blockPageUrl}?r=unsafe_engine&c=search&e=${engine.id}` } }
      : { type: 'block' },
    condition: {
      regexFilter: anchored(engine),
      requestDomains: [...engine.domains],
      resourceTypes: [...engine.resourceTypes],
    },
  }));
}

/**
 * Which engine kept a committed main-frame navigation safe, if any: a search whose URL carries the enforced value,
 * or a YouTube page while Restricted Mode is on. Used only to count; the URL itself is never kept.
 */
export function enforcedEngineOf(url: string, policy: Policy): EngineId | null {
  if (!/^https?:\/\//i.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname;
  const within = (engine: Engine) => engine.domains.some((d) => host === d || host.endsWith(`.${d}`));
  for (const engine of ENGINES) {
    if (!within(engine)) continue;
    if (engine.mechanism === 'header') return policy.youtubeRestrict !== 'off' ? engine.id : null;
    if (engine.mechanism !== 'query') continue;
    if (!new RegExp(anchored(engine), 'i').test(url)) continue;
    if (parsed.searchParams.get(engine.param) === engine.value) return engine.id;
  }
  return null;
}
