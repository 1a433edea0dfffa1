/**
 * Rate limiting of PIN checks, so a child cannot try all 10,000 four-digit PINs. The state lives in
 * `storage.local` (survives restarts and service-worker sleep) and records absolute times, plus the moment of the
 * last failure so a clock moved backwards cannot shorten a delay. Everything here is pure except `pinAttemptsItem`.
 */
import { z } from 'zod';
// Same module as 'wxt/utils/storage' (which re-exports it); imported directly so it type-checks before `wxt prepare`.
import { storage } from '@wxt-dev/storage';

/** Failures allowed before delays start: the 4th consecutive failure imposes the first delay. */
export const FREE_FAILURES = 3;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;

/**
 * How long checks are refused after the `failures`-th consecutive failure: 0 for the first three, then 30 s, 1 min,
 * 2 min, 4 min ... doubling, capped at 1 hour (reached at the 11th failure).
 */
export function delayAfterFailures(failures: number): number {
  if (!(failures > FREE_FAILURES)) return 0;
  const doublings = Math.min(Math.floor(failures) - FREE_FAILURES - 1, 30);
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** doublings);
}

export const attemptsStateSchema = z.object({
  failures: z.number().int().min(0),
  /** Injected-clock time of the latest failure, null when there is none. */
  lastFailureAt: z.number().finite().nullable(),
  /** Absolute injected-clock time before which checks are refused, null when no delay was imposed. */
  lockedUntil: z.number().finite().nullable(),
});
export type AttemptsState = z.infer<typeof attemptsStateSchema>;

export const NO_FAILURES: AttemptsState = Object.freeze({
  failures: 0,
  lastFailureAt: null,
  lockedUntil: null,
});

export const pinAttemptsItem = storage.defineItem<AttemptsState>('local:pinAttempts', {
  fallback: NO_FAILURES,
  version: 1,
});

/**
 * Reads a stored value. A corrupt value fails closed: it is treated as if the threshold had just been crossed
 * (locked for the first delay, starting now), never as "no failures".
 */
export function parseAttempts(value: unknown, now: number): { state: AttemptsState; repaired: boolean } {
  const parsed = attemptsStateSchema.safeParse(value);
  if (parsed.success) return { state: parsed.data, repaired: false };
  const failures = FREE_FAILURES + 1;
  return {
    state: { failures, lastFailureAt: now, lockedUntil: now + delayAfterFailures(failures) },
    repaired: true,
  };
}

/**
 * The delay still in force at `now`, and the state to store. If the clock now reads earlier than the last failure
 * (it was moved back), the full delay for the current failure count applies again from `now`, and the state is
 * re-anchored to `now` so the lock ends once that delay has really passed.
 */
export function lockStatus(
  state: AttemptsState,
  now: number,
): { retryAfterMs: number; state: AttemptsState; changed: boolean } {
  const delay = delayAfterFailures(state.failures);
  if (delay === 0) return { retryAfterMs: 0, state, changed: false };
  if (state.lastFailureAt === null || now < state.lastFailureAt) {
    return {
      retryAfterMs: delay,
      state: { ...state, lastFailureAt: now, lockedUntil: now + delay },
      changed: true,
    };
  }
  const lockedUntil = state.lockedUntil ?? state.lastFailureAt + delay;
  // Never more than the delay itself: the stored end cannot be later than last failure + delay.
  const retryAfterMs = Math.min(Math.max(0, lockedUntil - now), delay);
  return { retryAfterMs, state, changed: false };
}

/** The state after one more failed check at `now`. */
export function recordFailure(state: AttemptsState, now: number): AttemptsState {
  const failures = state.failures + 1;
  const delay = delayAfterFailures(failures);
  return { failures, lastFailureAt: now, lockedUntil: delay > 0 ? now + delay : null };
}
