/**
 * The protection self-check: is anything switching Hifazat's protection off? The background records a heartbeat
 * every minute (an alarm wakes it even when idle); a long silence means Hifazat was not running, and is logged.
 */
export const HEARTBEAT_PERIOD_MINUTES = 1;
/** Silences shorter than this are ordinary (a sleeping laptop wakes, an alarm fires late). */
export const GAP_THRESHOLD_MS = 5 * 60_000;

export interface ProtectionStatus {
  /** null where the browser cannot say (Firefox without the API). */
  incognitoAllowed: boolean | null;
  hostAccess: boolean;
  lastHeartbeat: number | null;
  rulesInForce: number;
  checkedAt: number;
}

/** Minutes of silence worth logging between two heartbeats, or null. A clock moved backwards is not a gap. */
export function gapMinutes(lastBeat: number | null, now: number): number | null {
  if (lastBeat === null) return null;
  const silence = now - lastBeat;
  if (silence < GAP_THRESHOLD_MS) return null;
  return Math.round(silence / 60_000);
}

export function needsAttention(status: ProtectionStatus): boolean {
  return status.incognitoAllowed === false || !status.hostAccess;
}
