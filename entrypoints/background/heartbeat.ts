/**
 * The heartbeat behind the protection self-check: an alarm every minute records that Hifazat is running; a long
 * silence is logged as a gap (browser closed, extension switched off, or unknown when the device simply slept).
 */
import { storage } from 'wxt/utils/storage';
import type { Clock } from '../../lib/clock';
import type { EventLog } from '../../lib/events';
import { gapMinutes } from '../../lib/protection/selfCheck';

export const lastHeartbeatItem = storage.defineItem<number | null>('local:lastHeartbeat', {
  fallback: null,
  version: 1,
});

export async function beat(
  clock: Clock,
  events: EventLog,
  reason: 'browser_closed' | 'extension_off' | 'unknown',
): Promise<void> {
  const now = clock.now();
  const last = await lastHeartbeatItem.getValue();
  const gap = gapMinutes(last, now);
  if (gap !== null)
    events.log('protection_gap', 'heartbeat', { minutes: Math.min(gap, 60 * 24 * 365), reason });
  if (last === null || now > last) await lastHeartbeatItem.setValue(now);
}
