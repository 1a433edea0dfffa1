/**
 * Closes the translation and archive proxies as a way around blocking: declarativeNetRequest sees only the proxy's
 * hostname, so on each top-level navigation to a known proxy the background decodes the real target and, when that
 * target is blocked, sends the tab to the block page. Translation of allowed pages keeps working.
 */
import { browser } from 'wxt/browser';
import type { Clock } from '../../lib/clock';
import { isWithin } from '../../lib/enforce/compileRules';
import { proxiedTarget } from '../../lib/enforce/proxyTargets';
import { activeApprovals } from '../../lib/lists/approvals';
import { approvalsItem } from '../../lib/lists/listItems';
import { NEVER_BLOCK } from '../../lib/lists/neverBlock';
import type { CategoryIndex } from './categoryIndex';
import type { PolicyRuntime } from './policyRuntime';

export type ProxyVerdict = { blocked: false } | { blocked: true; reason: 'proxy'; category: string };

export function createProxyGuard(deps: { clock: Clock; policy: PolicyRuntime; index: CategoryIndex }) {
  async function verdict(target: string): Promise<ProxyVerdict> {
    const { resolved, school, categoriesNow } = await deps.policy.snapshot();
    const within = (list: readonly string[]) => list.some((d) => isWithin(target, d));
    if (within(school?.blockDomains ?? []) || within(resolved.policy.blockDomains)) {
      return { blocked: true, reason: 'proxy', category: 'custom' };
    }
    if (within(NEVER_BLOCK) || within(resolved.policy.allowDomains)) return { blocked: false };
    const approved = activeApprovals(await approvalsItem.getValue(), deps.clock.now()).map((a) => a.domain);
    if (within(approved)) return { blocked: false };
    const categories = await deps.index.categoriesOf(target);
    const hit = categories.find((c) => categoriesNow.includes(c));
    return hit ? { blocked: true, reason: 'proxy', category: hit } : { blocked: false };
  }

  return {
    verdict,
    /** webNavigation.onBeforeNavigate listener (main frames only). */
    async onNavigate(details: { tabId: number; frameId: number; url: string }) {
      if (details.frameId !== 0) return;
      const target = proxiedTarget(details.url);
      if (!target) return;
      const result = await verdict(target);
      if (!result.blocked) return;
      const page = browser.runtime.getURL('/blocked.html');
      await browser.tabs.update(details.tabId, {
        url: `${page}?r=${result.reason}&c=${result.category}#https://${target}/`,
      });
    },
  };
}
