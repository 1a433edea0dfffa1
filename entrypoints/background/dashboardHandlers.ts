/**
 * Messages of the parent dashboard beyond the foundation's: the pause (see lib/policy/pause.ts for what it lifts
 * and what it never does) and "delete all history". Onboarding needs no messages of its own: it uses pin/set,
 * pin/unlock and settings/update like the settings screen.
 */
import { browser } from 'wxt/browser';
import type { Clock } from '../../lib/clock';
import type { EventLog } from '../../lib/events';
import { accessRequestsItem, reportsItem } from '../../lib/lists/listItems';
import type { Handlers, Responses } from '../../lib/messaging';
import { pauseItem, pauseState, startPause } from '../../lib/policy/pause';
import type { PolicyRuntime } from './policyRuntime';
import type { TimeOnline } from './timeOnline';

export const PAUSE_ALARM = 'pause-end';

type DashboardMessages = 'pause/get' | 'pause/start' | 'pause/end' | 'history/clear';

export interface DashboardDeps {
  clock: Clock;
  events: EventLog;
  policy: PolicyRuntime;
  timeOnline: TimeOnline;
}

export function createDashboardHandlers(deps: DashboardDeps): Pick<Handlers<Responses>, DashboardMessages> {
  const current = async () => pauseState(await pauseItem.getValue(), deps.clock.now());

  return {
    'pause/get': current,

    'pause/start': async ({ minutes }) => {
      const record = startPause(deps.clock.now(), minutes);
      await pauseItem.setValue(record);
      // Alarms run on real time; the heartbeat's refresh every minute also ends the pause on the injected clock.
      await browser.alarms.create(PAUSE_ALARM, { when: Date.now() + (record.until - deps.clock.now()) });
      await deps.policy.refresh();
      return current();
    },

    'pause/end': async () => {
      await pauseItem.removeValue();
      await browser.alarms.clear(PAUSE_ALARM);
      await deps.policy.refresh();
      return current();
    },

    'history/clear': async () => {
      await deps.timeOnline.reset();
      await deps.events.clearAll();
      // Answered requests and "looks wrong" reports are history too; waiting requests and approvals in force stay.
      const requests = await accessRequestsItem.getValue();
      await accessRequestsItem.setValue(requests.filter((r) => r.status === 'pending'));
      await reportsItem.setValue([]);
      return { cleared: true };
    },
  };
}
