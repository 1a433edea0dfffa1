/**
 * compileRules: policy in, declarativeNetRequest rules out. The browser enforces them with no JavaScript on the
 * request path, also while the service worker sleeps. Pure: the background applies the result atomically.
 *
 * How to see this work: add a domain to "Always block" in the dashboard, then open it; the block page names the reason.
 */
import type { Policy } from '../policy/schema';
import { unsafeEngineRules } from './compileSafeSearch';
import { RULE_ID_BASE, RULE_PRIORITY, type RuleLayer } from './priorities';
import type { DnrRule, ResourceType } from './types';

export type BlockReason =
  'school_block' | 'parent_block' | 'category' | 'schedule' | 'unsafe_engine' | 'proxy';

export interface CompileInput {
  policy: Policy;
  /** Domains the school blocks; the rest of policy.blockDomains came from the parent. */
  schoolBlockDomains: readonly string[];
  /**
   * Redirect and header rules need host access; `block` rules do not. When the user withholds host access, blocks
   * still hold (as the browser's own error page) and the gap is shown in the self-check.
   */
  hostAccess: boolean;
  /** chrome.runtime.getURL('/blocked.html') */
  blockPageUrl: string;
}

const FRAMES: ResourceType[] = ['main_frame', 'sub_frame'];

/** The block page learns the blocked URL from the fragment and the reason from the query. */
export function blockRedirect(
  blockPageUrl: string,
  reason: BlockReason,
  category: string,
): DnrRule['action'] {
  return {
    type: 'redirect',
    redirect: { regexSubstitution: `${blockPageUrl}?r=${reason}&c=${category}#\\0` },
  };
}

function blockRule(
  id: number,
  layer: RuleLayer,
  domains: readonly string[],
  excluded: readonly string[],
  reason: BlockReason,
  category: string,
  input: CompileInput,
): DnrRule {
  const condition: DnrRule['condition'] = input.hostAccess
    ? { regexFilter: '^https?://.*', requestDomains: [...domains], resourceTypes: FRAMES }
    : { requestDomains: [...domains], resourceTypes: FRAMES };
  if (excluded.length > 0) condition.excludedRequestDomains = [...excluded];
  return {
    id,
    priority: RULE_PRIORITY[layer],
    action: input.hostAccess ? blockRedirect(input.blockPageUrl, reason, category) : { type: 'block' },
    condition,
  };
}

/** True when `host` is `domain` or one of its subdomains. */
export function isWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Dynamic rules. Safe search and YouTube are static rulesets: see enabledSafeSearchRulesets. */
export function compileRules(input: CompileInput): DnrRule[] {
  const rules: DnrRule[] = [];
  const school = new Set(input.schoolBlockDomains);
  const parentBlocks = input.policy.blockDomains.filter((d) => !school.has(d));

  if (school.size > 0) {
    rules.push(
      blockRule(RULE_ID_BASE.schoolBlock, 'schoolBlock', [...school], [], 'school_block', 'custom', input),
    );
  }
  if (parentBlocks.length > 0) {
    // Within the parent's own lists the more specific entry wins: blocking example.com and allowing
    // homework.example.com leaves homework.example.com open. A school block is never opened this way.
    const carveOuts = input.policy.allowDomains.filter((allowed) =>
      parentBlocks.some((blocked) => allowed !== blocked && isWithin(allowed, blocked)),
    );
    // An exclusion also covers the carve-out's subdomains, so a block deeper inside a carve-out
    // (bad.homework.example.com) gets a rule of its own, without exclusions.
    const deeper = parentBlocks.filter((blocked) => carveOuts.some((allowed) => isWithin(blocked, allowed)));
    const outer = parentBlocks.filter((blocked) => !deeper.includes(blocked));
    const parentRule = (id: number, domains: string[], excluded: string[]) =>
      blockRule(id, 'parentBlock', domains, excluded, 'parent_block', 'custom', input);
    if (outer.length > 0) rules.push(parentRule(RULE_ID_BASE.parentBlock, outer, carveOuts));
    if (deeper.length > 0) rules.push(parentRule(RULE_ID_BASE.parentBlock + 1, deeper, []));
  }
  rules.push(...unsafeEngineRules(input.policy, input.hostAccess, input.blockPageUrl));
  if (input.policy.allowDomains.length > 0) {
    rules.push({
      id: RULE_ID_BASE.allow,
      priority: RULE_PRIORITY.allow,
      action: { type: 'allow' },
      condition: { requestDomains: [...input.policy.allowDomains], resourceTypes: FRAMES },
    });
  }
  return rules;
}
