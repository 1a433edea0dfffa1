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
import { createAdminHandlers } from './adminHandlers';
import { createChatHandlers } from './chatHandlers';
import { createDashboardHandlers, PAUSE_ALARM } from './dashboardHandlers';
import { offerOnboarding } from './onboarding';
import { createTimeOnline, type ProbeOverrides } from './timeOnline';
import { createHandlers } from './handlers';
import { createCategoryIndex } from './categoryIndex';
import { createListLibrary } from './listService';
import { createProxyGuard } from './proxyGuard';
import { beat } from './heartbeat';
import { createPolicyRuntime } from './policyRuntime';
import {
  createSchoolReporting,
  REPORT_ALARM,
  REPORT_PERIOD_MINUTES,
  REPORT_RETRY_ALARM,
} from './schoolReporting';

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
  const policy = createPolicyRuntime({
    clock,
    events,
    lists,
    // A school resets a forgotten parent PIN by turning parentPinReset on: the PIN is cleared once, the next time
    // the policy is read, and again only after the school turns the flag off and on.
    onSchoolPolicy: async (school) => {
      const applied = await pinResetAppliedItem.getValue();
      if (school?.parentPinReset && !applied) {
        await auth.resetPin();
        await pinResetAppliedItem.setValue(true);
      } else if (!school?.parentPinReset && applied) {
        await pinResetAppliedItem.setValue(false);
      }
    },
  });
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
  const categoryIndex = createCategoryIndex({ policy, lists });
  const proxyGuard = createProxyGuard({ clock, policy, index: categoryIndex });
  const timeOnline = createTimeOnline({ clock, events, index: categoryIndex });
  const reporting = createSchoolReporting({ clock, events, policy });
  const reportNow = (force = false) =>
    reporting.tick(force).catch((err: unknown) => {
      console.warn('[hifazat] school report failed', err);
      return null;
    });
  const handlers = {
    ...createHandlers({ clock, auth, events, policy }),
    ...createAccessHandlers({
      clock,
      events,
      policy,
      lists,
      syncLists,
      countWrongCategory: (category) => reporting.countWrongCategory(category),
    }),
    ...createAdminHandlers({ clock, policy, lists, reporting }),
    ...createChatHandlers({ clock, events, policy }),
    ...createDashboardHandlers({ clock, events, policy, timeOnline }),
  };
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    // School mode with no parent: no unlock counts, not even one opened before the school switched it on.
    verifyToken: async (token) => !(await policy.current()).noParent && auth.verifyToken(token),
  });

  let startedByBrowser = false;

  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => route(message, sender));

  browser.runtime.onStartup.addListener(() => {
    startedByBrowser = true;
  });
  // First install opens the onboarding tab once; the promise lets the e2e fixture close it.
  let onboardingSettled: (tabId: number | null) => void = () => undefined;
  const onboardingTab = new Promise<number | null>((resolve) => (onboardingSettled = resolve));
  browser.runtime.onInstalled.addListener((details) => {
    void policy.refresh();
    if (details.reason !== 'install') return;
    void offerOnboarding(policy)
      .catch((err: unknown) => {
        console.warn('[hifazat] could not open onboarding', err);
        return null;
      })
      .then(onboardingSettled);
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && 'parentSettings' in changes)) {
      // New subscriptions are fetched at once (they were turned on by a person); others keep their schedule.
      void policy.refresh().then(() => syncLists(false));
    }
    // The school may have turned reporting on or off (off clears what was waiting).
    if (area === 'managed') void policy.current().then(() => reportNow());
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
      // Time online rides on the same minute alarm (no timer of its own).
      void timeOnline.tick().catch(() => undefined);
      void beat(clock, events, 'unknown')
        .then(() => policy.refresh())
        .then(() => events.flush());
    }
    if (alarm.name === LISTS_ALARM) void syncLists(false);
    if (alarm.name === REPORT_ALARM || alarm.name === REPORT_RETRY_ALARM) void reportNow();
    if (alarm.name === PAUSE_ALARM) void policy.refresh();
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
    if (!(await browser.alarms.get(REPORT_ALARM))) {
      await browser.alarms.create(REPORT_ALARM, {
        periodInMinutes: REPORT_PERIOD_MINUTES,
        delayInMinutes: 1,
      });
    }
    void reportNow();
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
        /** Queues ended days and sends the school report now, ignoring the retry delay. */
        sendSchoolReport: () => reporting.tick(true),
        /** Records any event the schema accepts (e.g. a chat prompt before the chat feature sends its own). */
        logEvent: (kind: string, category: string, detail: Record<string, unknown>) =>
          events.log(kind as never, category as never, detail as never),
        timeOnlineTick: (overrides?: ProbeOverrides) => timeOnline.tick(overrides),
        timeOnlineFlush: () => timeOnline.flush(),
        /** Resolves with the onboarding tab's id once first-install handling is done (null: none opened). */
        onboardingTab: () => onboardingTab,
      },
    });
  }
});

const testClockOffset = storage.defineItem<number>('local:testClockOffset', { fallback: 0 });
const pinResetAppliedItem = storage.defineItem<boolean>('local:pinResetApplied', { fallback: false });
