/**
 * Every time-based decision (PIN delays, unlock expiry, schedules, approvals, retention) reads time from here, so
 * tests can move time instead of waiting. In the e2e build the background exposes `setOffset`
 * (see entrypoints/background.ts); store builds never change the offset.
 */
export interface Clock {
  now(): number;
}

let offsetMs = 0;

export const systemClock: Clock = {
  now: () => Date.now() + offsetMs,
};

export function setClockOffset(ms: number): void {
  offsetMs = ms;
}

export function getClockOffset(): number {
  return offsetMs;
}

/** A clock for unit tests: starts at `start` and moves only when told. */
export function manualClock(
  start = Date.UTC(2026, 0, 5, 10, 0, 0),
): Clock & { advance(ms: number): void; set(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (ms) => {
      t = ms;
    },
  };
}
