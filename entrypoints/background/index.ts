/**
 * The background: wiring only. Listeners are registered synchronously at start (Manifest V3 wakes the service worker
 * for an event only if its listener was registered in the first turn); decisions live in lib/.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createParentAuth } from '../../lib/auth';
import { getClockOffset, setClockOffset, systemClock } from '../../lib/clock';
import { enforcedEngineOf } from '../../lib/enforce/compileSafeSearch';
import { EventLog } from '../../lib/events';
import { createRouter, type SenderInfo } from '../../lib/messaging';
import { HEARTBEAT_PERIOD_MINUTES } from '../../lib/protection/selfCheck';
import { createAccessHandlers } from './accessHandlers';
import { createHandlers } from './handlers';
import { createCategoryIndex } from './categoryIndex';
import { createListLibrary } from './listService';
import { createProxyGuard } from './proxyGuard';
import { beat } from './heartbeat';
import { createPolicyRuntime } from './policyRuntime';

const HEARTBEAT_ALARM = 'heartbeat';
const PRUNE_ALARM = 'prune-events';
const LISTS_ALARM = 'lists-sync';

export default defineBackground(() => {
  const clock = systemClock;
  const events = new EventLog(indexedDB, undefined, {
    clock,
    onError: (err) => console.warn('[hifazat] event log write failed; will retry', err),
  });
  const auth = createParentAuth({ clock });
  const lists = createListLibrary(clock);
  const policy = createPolicyRuntime({ clock, events, lists });
  let syncing: Promise<void> | null = null;
  const syncLists = (force: boolean): Promise<void> => {
    syncing ??= (async () => {
      const { policy: current } = await policy.current();
      if (await lists.sync(current.listSubscriptions, force)) await policy.refresh();
    })().finally(() => {
      syncing = null;
    });
    return syncing;
  };
  const proxyGuard = createProxyGuard({ clock, policy, index: createCategoryIndex({ policy, lists }) });
  const handlers = {
    ...createHandlers({ clock, auth, events, policy }),
    ...createAccessHandlers({ clock, events, policy, lists, syncLists }),
  };
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    verifyToken: (token) => auth.verifyToken(token),
  });

  let startedByBrowser = false;

  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => route(message, sender));

  browser.runtime.onStartup.addListener(() => {
    startedByBrowser = true;
  });
  browser.runtime.onInstalled.addListener(() => void policy.refresh());

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && 'parentSettings' in changes)) {
      // New subscriptions are fetched at once (they were turned on by a person); others keep their schedule.
      void policy.refresh().then(() => syncLists(false));
    }
  });

  browser.permissions.onRemoved.addListener(() => {
    events.log('host_access', 'withheld', {});
    void policy.refresh();
  });
  browser.permissions.onAdded.addListener(() => {
    events.log('host_access', 'restored', {});
    void policy.refresh();
  });

  // Counts searches kept safe, per engine and hour (store builds get no rule-match feedback). The URL is looked at
  // here and dropped: only the engine id is recorded.
  browser.webNavigation.onCommitted.addListener((details) => {
    if (details.frameId !== 0) return;
    void policy.current().then((resolved) => {
      const engine = enforcedEngineOf(details.url, resolved.policy);
      if (engine) events.log('safe_search', engine, {});
    });
  });

  browser.webNavigation.onBeforeNavigate.addListener((details) => {
    void proxyGuard
      .onNavigate(details)
      .catch((err: unknown) => console.warn('[hifazat] proxy check failed', err));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    // Every minute (packed extensions get no alarm shorter than 30 s): the heartbeat, and schedules and approvals
    // recomputed so a window opens or an approval ends on time.
    if (alarm.name === HEARTBEAT_ALARM) {
      void beat(clock, events, 'unknown')
        .then(() => policy.refresh())
        .then(() => events.flush());
    }
    if (alarm.name === LISTS_ALARM) void syncLists(false);
    if (alarm.name === PRUNE_ALARM) {
      void policy.current().then((p) => events.prune(p.policy.retentionDays));
    }
  });

  async function start() {
    if (__HIFAZAT_TEST_HOOKS__) setClockOffset((await testClockOffset.getValue()) ?? 0);
    await policy.refresh();
    if (!(await browser.alarms.get(HEARTBEAT_ALARM))) {
      await browser.alarms.create(HEARTBEAT_ALARM, { periodInMinutes: HEARTBEAT_PERIOD_MINUTES });
    }
    if (!(await browser.alarms.get(PRUNE_ALARM))) {
      await browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 60 * 6, delayInMinutes: 1 });
    }
    if (!(await browser.alarms.get(LISTS_ALARM))) {
      await browser.alarms.create(LISTS_ALARM, { periodInMinutes: 60, delayInMinutes: 2 });
    }
    // onStartup is dispatched after this script's first turn; give it a moment before naming the reason of a gap.
    setTimeout(() => void beat(clock, events, startedByBrowser ? 'browser_closed' : 'unknown'), 1_000);
  }

  void start().catch((err: unknown) => console.error('[hifazat] start failed', err));

  if (__HIFAZAT_TEST_HOOKS__) {
    // Only in the e2e build (`wxt build --mode e2e`): lets tests move time and wait for work to settle.
    Object.assign(globalThis, {
      hifazatTest: {
        async setClockOffset(ms: number) {
          setClockOffset(ms);
          await testClockOffset.setValue(ms);
        },
        clockOffset: getClockOffset,
        refresh: () => policy.refresh(),
        syncLists: (force: boolean) => syncLists(force),
        flushEvents: () => events.flush(),
        heartbeat: () => beat(clock, events, 'unknown'),
      },
    });
  }
});

const testClockOffset = storage.defineItem<number>('local:testClockOffset', { fallback: 0 });
