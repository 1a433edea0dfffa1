/**
 * Foundation figures: how long deciding the policy takes (it runs on every settings change and service-worker
 * wake-up), how long a parent PIN check takes with the iterations calibrated on this machine, and how fast the
 * summary of a full year of roll-ups is computed.
 */
// Pure modules only: the storage-backed ones need a browser.
import { calibrateIterations, hashPin, measurePbkdf2, verifyPin } from '../../lib/auth/pin';
import { addDays } from '../../lib/events/days';
import type { RollupRow } from '../../lib/events/rollup';
import { summarize } from '../../lib/events/summarize';
import {
  DEFAULT_POLICY,
  repairParentSettings,
  resolvePolicy,
  type ParentSettings,
  type SchoolPolicy,
} from '../../lib/policy';
import { msPerAsyncCall, nsPerCall, report } from './measure';

const parent: ParentSettings = {
  ageBand: '10-12',
  blockDomains: ['a.example', 'b.example'],
  chatSafety: true,
};
const school: SchoolPolicy = {
  orgName: 'Bench School',
  blockDomains: Array.from({ length: 200 }, (_, i) => `site${i}.example`),
  locked: ['safeSearch', 'blockedCategories'],
};

report({
  bench: 'policy',
  metric: 'resolvePolicy (parent + school)',
  value: nsPerCall(() => resolvePolicy(DEFAULT_POLICY, parent, school), 20_000) / 1000,
  unit: 'µs/call',
});
const broken = {
  safeSearch: 'x',
  blockDomains: ['ok.example', 'bad domain', 7],
  retentionDays: 2,
  unknown: 1,
};
report({
  bench: 'policy',
  metric: 'repairParentSettings (broken object)',
  value: nsPerCall(() => repairParentSettings(broken), 20_000) / 1000,
  unit: 'µs/call',
});

const iterations = await calibrateIterations(measurePbkdf2);
const record = await hashPin('482916', iterations);
report({ bench: 'pin', metric: 'calibrated PBKDF2 iterations', value: iterations, unit: 'iterations' });
report({
  bench: 'pin',
  metric: 'PIN check (median of 5)',
  value: await msPerAsyncCall(() => verifyPin('482916', record)),
  unit: 'ms',
  note: 'target 200-500 ms on the device that set it',
});

const kinds = ['block', 'safe_search', 'chat_prompt', 'time_online'] as const;
const rows: RollupRow[] = [];
for (let d = 0; d < 365; d++) {
  const day = addDays('2026-01-01', d);
  for (const kind of kinds) {
    for (const category of ['adult', 'gambling', 'social_media']) {
      if (kind === 'chat_prompt') {
        rows.push({
          day,
          kind,
          category: 'secrecy',
          count: 2,
          choices: { ok: 1, block_report: 1, help: 0, why: 0, dismissed: 0, none: 0 },
        });
      } else rows.push({ day, kind, category, count: 3 } as RollupRow);
    }
  }
}
report({
  bench: 'events',
  metric: `summarize 30 days of ${rows.length.toLocaleString('en')} roll-up rows (365 days)`,
  value: nsPerCall(() => summarize(rows, { from: '2026-12-02', to: '2026-12-31' }), 200) / 1e6,
  unit: 'ms/call',
});
