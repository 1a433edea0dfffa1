/**
 * Parent PIN and unlock sessions: the one import for the background (createParentAuth) and for code that only needs
 * the pure pieces (PIN rules, calibration, the delay schedule).
 */
export {
  createParentAuth,
  parentPinItem,
  type CheckPinFailure,
  type CheckPinResult,
  type ParentAuth,
  type ParentAuthOptions,
  type PinStatus,
  type SessionInfo,
  type SetPinError,
  type SetPinResult,
  type UnlockResult,
} from './parentAuth';
export {
  calibrateIterations,
  hashPin,
  measurePbkdf2,
  validatePin,
  verifyPin,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  PIN_MAX_LENGTH,
  PIN_MIN_LENGTH,
  type Measure,
  type PinError,
  type PinRecord,
} from './pin';
export {
  delayAfterFailures,
  pinAttemptsItem,
  FREE_FAILURES,
  MAX_DELAY_MS,
  type AttemptsState,
} from './attempts';
export { unlockSessionItem, DEFAULT_SESSION_IDLE_MS, DEFAULT_SESSION_MAX_MS } from './unlock';
