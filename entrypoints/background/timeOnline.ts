/**
 * Time online, wired to the browser (the accounting itself is lib/events/timeOnline.ts). Called from the minute
 * heartbeat alarm: no timer of its own. At each tick it asks the browser whether the device is in use
 * (chrome.idle) and which tab of the focused window is showing, turns that tab's hostname into a category through
 * the category lists, and drops the hostname on the spot: only the category and minutes reach storage.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Clock } from '../../lib/clock';
import { EVENT_VERSION, type EventLog } from '../../lib/events';
import {
  EMPTY_TIME_ONLINE,
  IDLE_DETECTION_SECONDS,
  categoryForTime,
  flushTimeOnline,
  isWebsite,
  parseTimeOnlineState,
  tickTimeOnline,
  type TimeCredit,
  type TimeOnlineState,
  type TimeSample,
} from '../../lib/events/timeOnline';
import type { CategoryIndex } from './categoryIndex';

/** In storage.session: survives the service worker sleeping, not a browser restart (at most a few minutes lost). */
export const timeOnlineItem = storage.defineItem<TimeOnlineState>('session:timeOnline', {
  fallback: EMPTY_TIME_ONLINE,
});

/** What the e2e tests may force: headless Chromium has no focused window and no user input. */
export interface ProbeOverrides {
  idle?: 'active' | 'idle' | 'locked';
  focused?: boolean;
}

export interface TimeOnline {
  tick(overrides?: ProbeOverrides): Promise<void>;
  /** Writes what has built up (before a summary is read, or history is cleared). */
  flush(): Promise<void>;
  reset(): Promise<void>;
}

export function createTimeOnline(deps: { clock: Clock; events: EventLog; index: CategoryIndex }): TimeOnline {
  let chain: Promise<unknown> = Promise.resolve();
  const serial = (task: () => Promise<void>): Promise<void> => {
    const run = chain.then(task, task);
    chain = run.catch((err: unknown) => console.warn('[hifazat] time online failed', err));
    return run;
  };

  async function sample(overrides: ProbeOverrides): Promise<TimeSample> {
    const now = deps.clock.now();
    const quiet: TimeSample = { now, active: false, category: null };
    const idle = overrides.idle ?? (await browser.idle.queryState(IDLE_DETECTION_SECONDS));
    if (idle !== 'active') return quiet;
    const window = await browser.windows.getLastFocused().catch(() => null);
    if (!window || window.id === undefined || !(overrides.focused ?? window.focused)) return quiet;
    const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
    if (!tab || !isWebsite(tab.url)) return { now, active: true, category: null };
    // The hostname lives only in this function's scope; what leaves it is a category id.
    const category = categoryForTime(await deps.index.categoriesOf(new URL(tab.url!).hostname));
    return { now, active: true, category };
  }

  function write(credits: readonly TimeCredit[]): void {
    for (const c of credits) {
      deps.events.record({
        v: EVENT_VERSION,
        hour: c.hour,
        kind: 'time_online',
        category: c.category,
        detail: { minutes: c.minutes },
      });
    }
  }

  return {
    tick: (overrides = {}) =>
      serial(async () => {
        const state = parseTimeOnlineState(await timeOnlineItem.getValue());
        const result = tickTimeOnline(state, await sample(overrides));
        write(result.write);
        await timeOnlineItem.setValue(result.state);
      }),
    flush: () =>
      serial(async () => {
        const result = flushTimeOnline(parseTimeOnlineState(await timeOnlineItem.getValue()));
        write(result.write);
        await timeOnlineItem.setValue(result.state);
      }),
    reset: () => serial(() => timeOnlineItem.setValue(EMPTY_TIME_ONLINE)),
  };
}
