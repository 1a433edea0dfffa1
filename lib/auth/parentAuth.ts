/**
 * The parent-auth service the background owns: set/change/reset the PIN, check it under rate limiting, and turn a
 * correct PIN into an unlock session. UI pages never see the PIN hash or the session record; they send a PIN or a
 * token to the background, which calls this. Time comes only from the injected Clock.
 */
// Same module as 'wxt/utils/storage' (which re-exports it); imported directly so it type-checks before `wxt prepare`.
import { storage } from '@wxt-dev/storage';
import type { Clock } from '../clock';
import { lockStatus, NO_FAILURES, parseAttempts, pinAttemptsItem, recordFailure } from './attempts';
import {
  calibrateIterations,
  DEFAULT_TARGET_MS,
  hashPin,
  measurePbkdf2,
  pinRecordSchema,
  RECORD_MAX_ITERATIONS,
  RECORD_MIN_ITERATIONS,
  validatePin,
  verifyPin,
  type Measure,
  type PinError,
  type PinRecord,
} from './pin';
import {
  checkSession,
  DEFAULT_SESSION_IDLE_MS,
  DEFAULT_SESSION_MAX_MS,
  extendSession,
  newSession,
  unlockSessionItem,
  type SessionTimes,
} from './unlock';

export const parentPinItem = storage.defineItem<PinRecord>('local:parentPin', { version: 1 });

export interface ParentAuthOptions {
  clock: Clock;
  /** Fixed PBKDF2 iteration count, skipping calibration. For tests (e.g. 1_000); production leaves it unset. */
  iterations?: number;
  /** Calibration target in milliseconds for one PIN check on this device (default 300). */
  iterationsTarget?: number;
  /** Calibration probe (default: a real PBKDF2 run timed with performance.now()). */
  measure?: Measure;
  /** Session idle expiry, slid forward on each privileged use (default 10 minutes). */
  sessionIdleMs?: number;
  /** Hard session limit from the unlock, whatever the use (default 1 hour). */
  sessionMaxMs?: number;
}

export type CheckPinFailure =
  | { ok: false; reason: 'rate_limited'; retryAfterMs: number }
  | { ok: false; reason: 'wrong_pin' | 'no_pin' | 'corrupt' };
export type CheckPinResult = { ok: true } | CheckPinFailure;
export type UnlockResult = { ok: true; token: string; expiresAt: number } | CheckPinFailure;
export type SetPinError = PinError | 'token_required' | 'token_invalid';
export type SetPinResult = { ok: true } | { ok: false; reason: SetPinError };

export interface PinStatus {
  /** A PIN record is stored (valid or not). */
  set: boolean;
  /** The stored record is unreadable: no PIN check can succeed until it is reset. */
  corrupt: boolean;
  /** 0 unless a rate-limit delay is in force. */
  retryAfterMs: number;
}

export interface SessionInfo {
  expiresAt: number;
  hardExpiresAt: number;
}

export interface ParentAuth {
  pinStatus(): Promise<PinStatus>;
  /** Checks the PIN under rate limiting without opening a session. */
  checkPin(pin: string): Promise<CheckPinResult>;
  /** Checks the PIN and, if right, opens a session (replacing any previous one) and returns its token. */
  unlock(pin: string): Promise<UnlockResult>;
  /** True if `token` is the live session's; a privileged use, so it also slides the expiry forward. */
  verifyToken(token: string): Promise<boolean>;
  /** The live session's expiry if `token` is valid, without extending it (for display). */
  sessionInfo(token: string): Promise<SessionInfo | null>;
  /** Ends the session. */
  lock(): Promise<void>;
  /** Sets the PIN: without a token only while none is stored; replacing one needs a valid session token. */
  setPin(newPin: string, currentToken?: string): Promise<SetPinResult>;
  /** Removes the PIN, the failure count and any session. No token check: the caller decides (school policy). */
  resetPin(): Promise<void>;
}

// One queue for every instance in this JS context: checks read-modify-write the failure count, so concurrent
// checks must not each see the count from before the others failed.
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

type StoredPin = { kind: 'none' } | { kind: 'corrupt' } | { kind: 'ok'; record: PinRecord };

export function createParentAuth(options: ParentAuthOptions): ParentAuth {
  const { clock } = options;
  const times: SessionTimes = {
    idleMs: options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS,
    maxMs: options.sessionMaxMs ?? DEFAULT_SESSION_MAX_MS,
  };
  if (!(times.idleMs > 0) || !(times.maxMs > 0)) throw new RangeError('session durations must be positive');
  const fixed = options.iterations;
  if (
    fixed !== undefined &&
    !(Number.isInteger(fixed) && fixed >= RECORD_MIN_ITERATIONS && fixed <= RECORD_MAX_ITERATIONS)
  ) {
    throw new RangeError(
      `iterations must be an integer in [${RECORD_MIN_ITERATIONS}, ${RECORD_MAX_ITERATIONS}]`,
    );
  }

  async function readPin(): Promise<StoredPin> {
    const stored: unknown = await parentPinItem.getValue();
    if (stored === null || stored === undefined) return { kind: 'none' };
    const parsed = pinRecordSchema.safeParse(stored);
    return parsed.success ? { kind: 'ok', record: parsed.data } : { kind: 'corrupt' };
  }

  /** The failure state and delay now, storing any repair or clock-back re-anchoring. */
  async function currentLock() {
    const now = clock.now();
    const { state: read, repaired } = parseAttempts(await pinAttemptsItem.getValue(), now);
    const status = lockStatus(read, now);
    if (repaired || status.changed) await pinAttemptsItem.setValue(status.state);
    return { now, state: status.state, retryAfterMs: status.retryAfterMs };
  }

  async function checkPinLocked(pin: string): Promise<CheckPinResult> {
    const stored = await readPin();
    if (stored.kind === 'none') return { ok: false, reason: 'no_pin' };
    if (stored.kind === 'corrupt') return { ok: false, reason: 'corrupt' };
    const lock = await currentLock();
    if (lock.retryAfterMs > 0) return { ok: false, reason: 'rate_limited', retryAfterMs: lock.retryAfterMs };
    const right = validatePin(pin) === null && (await verifyPin(pin, stored.record));
    if (right) {
      if (lock.state.failures !== 0) await pinAttemptsItem.setValue(NO_FAILURES);
      return { ok: true };
    }
    // Time of the failure is read after hashing, so a delay starts when the parent sees the answer.
    await pinAttemptsItem.setValue(recordFailure(lock.state, Math.max(clock.now(), lock.now)));
    return { ok: false, reason: 'wrong_pin' };
  }

  async function useSessionLocked(token: string, extend: boolean): Promise<SessionInfo | null> {
    const now = clock.now();
    const result = await checkSession(await unlockSessionItem.getValue(), token, now);
    if (!result.valid) {
      if (result.endSession) await unlockSessionItem.removeValue();
      return null;
    }
    const record = extend ? extendSession(result.record, now, times.idleMs) : result.record;
    if (extend) await unlockSessionItem.setValue(record);
    return { expiresAt: record.expiresAt, hardExpiresAt: record.hardExpiresAt };
  }

  async function iterationsForNewPin(): Promise<number> {
    if (fixed !== undefined) return fixed;
    return calibrateIterations(
      options.measure ?? measurePbkdf2,
      options.iterationsTarget ?? DEFAULT_TARGET_MS,
    );
  }

  return {
    pinStatus: () =>
      serialized(async () => {
        const stored = await readPin();
        const { retryAfterMs } = await currentLock();
        return { set: stored.kind !== 'none', corrupt: stored.kind === 'corrupt', retryAfterMs };
      }),

    checkPin: (pin) => serialized(() => checkPinLocked(pin)),

    unlock: (pin) =>
      serialized(async (): Promise<UnlockResult> => {
        const checked = await checkPinLocked(pin);
        if (!checked.ok) return checked;
        const { token, record } = await newSession(clock.now(), times);
        await unlockSessionItem.setValue(record);
        return { ok: true, token, expiresAt: record.expiresAt };
      }),

    verifyToken: (token) => serialized(async () => (await useSessionLocked(token, true)) !== null),

    sessionInfo: (token) => serialized(() => useSessionLocked(token, false)),

    lock: () => serialized(() => unlockSessionItem.removeValue()),

    setPin: (newPin, currentToken) =>
      serialized(async (): Promise<SetPinResult> => {
        const invalid = validatePin(newPin);
        if (invalid) return { ok: false, reason: invalid };
        const stored = await readPin();
        if (stored.kind !== 'none') {
          if (currentToken === undefined) return { ok: false, reason: 'token_required' };
          if (!(await useSessionLocked(currentToken, true))) return { ok: false, reason: 'token_invalid' };
        }
        const record = await hashPin(newPin, await iterationsForNewPin());
        await parentPinItem.setValue(record);
        await pinAttemptsItem.setValue(NO_FAILURES);
        return { ok: true };
      }),

    resetPin: () =>
      serialized(async () => {
        await parentPinItem.removeValue();
        await pinAttemptsItem.setValue(NO_FAILURES);
        await unlockSessionItem.removeValue();
      }),
  };
}
