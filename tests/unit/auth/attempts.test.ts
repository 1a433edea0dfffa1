/**
 * Why: the delay schedule and its clock handling are what keep a child from guessing the PIN; these check the
 * schedule's growth and cap and that neither a clock moved back nor a corrupt record shortens a delay.
 */
import { describe, expect, it } from 'vitest';
import {
  delayAfterFailures,
  lockStatus,
  NO_FAILURES,
  parseAttempts,
  recordFailure,
  type AttemptsState,
} from '../../../lib/auth/attempts';

const SEC = 1_000;
const MIN = 60 * SEC;

describe('delayAfterFailures', () => {
  it('imposes no delay for the first three failures', () => {
    expect([0, 1, 2, 3].map(delayAfterFailures)).toEqual([0, 0, 0, 0]);
  });

  it('doubles from 30 s with each further failure', () => {
    expect([4, 5, 6, 7, 8].map(delayAfterFailures)).toEqual([30 * SEC, 1 * MIN, 2 * MIN, 4 * MIN, 8 * MIN]);
  });

  it('caps the delay at one hour', () => {
    expect(delayAfterFailures(10)).toBe(32 * MIN);
    expect(delayAfterFailures(11)).toBe(60 * MIN);
    expect(delayAfterFailures(50)).toBe(60 * MIN);
    expect(delayAfterFailures(1e9)).toBe(60 * MIN);
  });
});

describe('recordFailure / lockStatus', () => {
  const t0 = 1_000_000_000;

  function failTimes(n: number, at: number): AttemptsState {
    let state = NO_FAILURES;
    for (let i = 0; i < n; i++) state = recordFailure(state, at);
    return state;
  }

  it('stores the failure time and an absolute end of the delay', () => {
    expect(failTimes(4, t0)).toEqual({ failures: 4, lastFailureAt: t0, lockedUntil: t0 + 30 * SEC });
    expect(failTimes(2, t0)).toEqual({ failures: 2, lastFailureAt: t0, lockedUntil: null });
  });

  it('counts the delay down as the clock moves forward', () => {
    const state = failTimes(5, t0);
    expect(lockStatus(state, t0).retryAfterMs).toBe(1 * MIN);
    expect(lockStatus(state, t0 + 45 * SEC).retryAfterMs).toBe(15 * SEC);
    expect(lockStatus(state, t0 + 1 * MIN).retryAfterMs).toBe(0);
  });

  it('restarts the full delay from now when the clock reads earlier than the last failure', () => {
    const state = failTimes(5, t0);
    const back = lockStatus(state, t0 - 3 * 60 * MIN);
    expect(back.retryAfterMs).toBe(1 * MIN);
    expect(back.changed).toBe(true);
    expect(back.state).toEqual({
      failures: 5,
      lastFailureAt: t0 - 3 * 60 * MIN,
      lockedUntil: t0 - 3 * 60 * MIN + MIN,
    });
    // Even if the delay had already run out before the clock was moved back.
    expect(lockStatus(state, t0 + 5 * MIN).retryAfterMs).toBe(0);
    expect(lockStatus(state, t0 - 1).retryAfterMs).toBe(1 * MIN);
  });

  it('does not let a stored end later than the delay lock for longer than the delay', () => {
    const state: AttemptsState = { failures: 4, lastFailureAt: t0, lockedUntil: t0 + 10 * 60 * MIN };
    expect(lockStatus(state, t0).retryAfterMs).toBe(30 * SEC);
  });

  it('treats a corrupt record as locked, never as "no failures"', () => {
    const { state, repaired } = parseAttempts({ failures: 'lots' }, t0);
    expect(repaired).toBe(true);
    expect(lockStatus(state, t0).retryAfterMs).toBe(30 * SEC);
    expect(parseAttempts(NO_FAILURES, t0)).toEqual({ state: NO_FAILURES, repaired: false });
  });
});
