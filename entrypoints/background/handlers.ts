/**
 * What the background answers to each message of lib/messaging.ts. The router has already checked sender, shape and
 * (for privileged requests) the unlock token before any of these run.
 */
import { browser } from 'wxt/browser';
import type { AppState } from '../../lib/appState';
import type { ParentAuth } from '../../lib/auth';
import type { Clock } from '../../lib/clock';
import { compareWithPrevious, previousRange, rangeForLastDays, type EventLog } from '../../lib/events';
import { MessageRefused, type Handlers, type Responses } from '../../lib/messaging';
import { repairParentSettings, type ParentSettings } from '../../lib/policy';
import { lastRepairItem, parentSettingsItem } from '../../lib/policy/store';
import { lastHeartbeatItem } from './heartbeat';
import type { PolicyRuntime } from './policyRuntime';

export interface HandlerDeps {
  clock: Clock;
  auth: ParentAuth;
  events: EventLog;
  policy: PolicyRuntime;
}

async function incognitoAllowed(): Promise<boolean | null> {
  try {
    return await browser.extension.isAllowedIncognitoAccess();
  } catch {
    return null;
  }
}

/** School mode with no parent: there is no PIN to set or enter (a PIN set before stays stored, unused). */
export async function refuseWithoutParent(policy: PolicyRuntime): Promise<void> {
  if ((await policy.current()).noParent) throw new MessageRefused({ code: 'locked', detail: 'no_parent' });
}

type CoreMessages = 'state/get' | 'summary/get' | 'pin/set' | 'pin/unlock' | 'pin/lock' | 'settings/update';

export function createHandlers(deps: HandlerDeps): Pick<Handlers<Responses>, CoreMessages> {
  async function appState(token: string | undefined): Promise<AppState> {
    const [resolved, hostAccess, incognito, pin, lastHeartbeat, lastRepair] = await Promise.all([
      deps.policy.current(),
      deps.policy.hostAccess(),
      incognitoAllowed(),
      deps.auth.pinStatus(),
      lastHeartbeatItem.getValue(),
      lastRepairItem.getValue(),
    ]);
    const unlocked = token ? (await deps.auth.sessionInfo(token)) !== null : false;
    return {
      resolved,
      status: {
        incognitoAllowed: incognito,
        hostAccess,
        lastHeartbeat,
        rulesInForce: deps.policy.rulesInForce(),
        checkedAt: deps.clock.now(),
      },
      pin,
      unlocked,
      lastRepair,
    };
  }

  return {
    'state/get': ({ token }) => appState(token),

    'summary/get': async ({ days }) => {
      await deps.events.flush();
      const range = rangeForLastDays(days, deps.clock);
      const rows = await deps.events.getRollups(previousRange(range).from, range.to);
      return compareWithPrevious(rows, range);
    },

    'pin/set': async ({ pin, token }) => {
      await refuseWithoutParent(deps.policy);
      const result = await deps.auth.setPin(pin, token);
      if (result.ok) return { set: true };
      if (result.reason === 'token_required' || result.reason === 'token_invalid') {
        throw new MessageRefused({ code: 'unlock_required' });
      }
      throw new MessageRefused({ code: 'pin_invalid', detail: result.reason });
    },

    'pin/unlock': async ({ pin }) => {
      await refuseWithoutParent(deps.policy);
      const result = await deps.auth.unlock(pin);
      if (result.ok) return { token: result.token, expiresAt: result.expiresAt };
      switch (result.reason) {
        case 'rate_limited':
          throw new MessageRefused({ code: 'rate_limited', retryAfterMs: result.retryAfterMs });
        case 'corrupt':
          throw new MessageRefused({ code: 'pin_corrupt' });
        case 'no_pin':
          throw new MessageRefused({ code: 'pin_invalid', detail: 'no_pin' });
        case 'wrong_pin':
          deps.events.log('pin_failure', 'pin', {});
          throw new MessageRefused({ code: 'wrong_pin' });
      }
    },

    'pin/lock': async () => {
      await deps.auth.lock();
      return { locked: true };
    },

    'settings/update': async ({ token, patch }) => {
      const { fields } = await deps.policy.current();
      const touched = [...Object.keys(patch.set ?? {}), ...(patch.clear ?? [])] as (keyof typeof fields)[];
      const locked = touched.find((field) => fields[field].locked);
      if (locked) throw new MessageRefused({ code: 'locked', detail: locked });

      const stored = repairParentSettings(await parentSettingsItem.getValue()).value;
      const next: ParentSettings = { ...stored, ...patch.set };
      for (const field of patch.clear ?? []) delete next[field];
      await parentSettingsItem.setValue(next);
      await deps.policy.refresh();
      return appState(token);
    },
  };
}
