/**
 * Category blocking at real scale in Chromium: how long a 2,000,000-domain category takes from "subscription turned
 * on" to "enforced" (fetch + parse + pack + store + compile + updateDynamicRules), how long Chromium alone takes to
 * accept such a rule, and whether navigation to an allowed page gets slower with it installed (paired runs).
 * Uses ../shared/data's biggest real list when present, padded with generated domains to 2,000,000.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import globalSetup from '../e2e/globalSetup';
import { startEchoServer } from '../e2e/echoServer';
import { CHROMIUM, launchArgs } from '../e2e/fixtures';
import { median, report } from './measure';

const TARGET = 2_000_000;
const REAL = new URL('../../../shared/data/blocklists/big/adult_union.txt', import.meta.url);

function listText(): { text: string; source: string } {
  let domains: string[] = [];
  let source = 'generated';
  if (existsSync(REAL)) {
    domains = readFileSync(REAL, 'utf8').split('\n').filter(Boolean);
    source = `${domains.length.toLocaleString('en')} real (adult_union) + generated`;
  }
  for (let i = 0; domains.length < TARGET; i++) domains.push(`gen${i.toString(36)}-site.example${i % 7}.com`);
  return { text: domains.slice(0, TARGET).join('\n'), source };
}

async function launch(port: number): Promise<{ context: BrowserContext; worker: Worker; dir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hifazat-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    args: launchArgs(port),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate('globalThis.hifazatTest.refresh()');
  return { context, worker, dir };
}

async function navigationMs(context: BrowserContext, runs: number): Promise<number[]> {
  const page = await context.newPage();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await page.goto(`https://allowed-site.example/page?${i}`, { waitUntil: 'load' });
    times.push(performance.now() - start);
  }
  await page.close();
  return times;
}

globalSetup();
const echo = await startEchoServer();
const { text, source } = listText();
echo.respond((r) => (r.host === 'lists.bench.test' ? { type: 'text/plain', body: text } : null));
const { context, worker, dir } = await launch(echo.port);

// Subscription turned on → enforced.
await worker.evaluate(`chrome.storage.local.set({ parentSettings: { listSubscriptions: [
  { url: 'https://lists.bench.test/adult.txt', category: 'adult' } ] } })`);
await worker.evaluate('globalThis.hifazatTest.refresh()');
const t0 = performance.now();
await worker.evaluate('globalThis.hifazatTest.syncLists(true)');
const fetchedToEnforced = performance.now() - t0;
const rules = (await worker.evaluate(
  `chrome.declarativeNetRequest.getDynamicRules().then(rs => rs.map(r => (r.condition.requestDomains || []).length))`,
)) as number[];

// Navigation with and without the big rule, in alternating rounds so drift (caches, GC, the machine's other load)
// falls on both sides; each round's medians are paired. The rule is toggled directly, like the compiler installs it.
const toggle = (on: boolean) =>
  worker.evaluate(`(async () => {
    const dnr = chrome.declarativeNetRequest;
    if (${on}) {
      if (globalThis.__benchRule) await dnr.updateDynamicRules({ addRules: [globalThis.__benchRule] });
      return;
    }
    const big = (await dnr.getDynamicRules()).find((r) => (r.condition.requestDomains || []).length > 100000);
    if (big) {
      globalThis.__benchRule = big;
      await dnr.updateDynamicRules({ removeRuleIds: [big.id] });
    }
  })()`);
await navigationMs(context, 5); // warm-up
const withRule: number[] = [];
const withoutRule: number[] = [];
const pairs: number[] = [];
for (let round = 0; round < 3; round++) {
  const on = median(await navigationMs(context, 12));
  await toggle(false);
  const off = median(await navigationMs(context, 12));
  await toggle(true);
  withRule.push(on);
  withoutRule.push(off);
  pairs.push(on - off);
}

// Chromium alone: one updateDynamicRules call with 2,000,000 domains generated inside the worker.
const acceptMs = (await worker.evaluate(`(async () => {
  const domains = Array.from({ length: ${TARGET} }, (_, i) => 'x' + i.toString(36) + '.accept-bench.com');
  const t = performance.now();
  await chrome.declarativeNetRequest.updateDynamicRules({ addRules: [{ id: 9999, priority: 1,
    action: { type: 'block' }, condition: { requestDomains: domains, resourceTypes: ['main_frame'] } }] });
  const ms = performance.now() - t;
  await chrome.declarativeNetRequest.updateDynamicRules({ removeRuleIds: [9999] });
  return ms;
})()`)) as number;

report({
  bench: 'dnr',
  metric: 'subscription fetched-to-enforced, 2,000,000 domains',
  value: fetchedToEnforced / 1000,
  unit: 's',
  note: `${source}; target < 15 s`,
});
report({
  bench: 'dnr',
  metric: 'domains in the largest installed category rule',
  value: Math.max(0, ...rules),
  unit: 'domains',
});
report({ bench: 'dnr', metric: 'updateDynamicRules, 2,000,000 domains', value: acceptMs / 1000, unit: 's' });
report({
  bench: 'dnr',
  metric: 'navigation to an allowed page without the list',
  value: median(withoutRule),
  unit: 'ms',
  note: 'median of 3 rounds × 12 navigations',
});
report({
  bench: 'dnr',
  metric: 'navigation with 2,000,000 domains blocked',
  value: median(withRule),
  unit: 'ms',
});
report({
  bench: 'dnr',
  metric: 'paired difference, with − without (median of rounds)',
  value: median(pairs),
  unit: 'ms',
  note: `rounds: ${pairs.map((p) => p.toFixed(1)).join(', ')}`,
});

await context.close();
await echo.close();
rmSync(dir, { recursive: true, force: true });
