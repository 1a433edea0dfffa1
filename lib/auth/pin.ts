/**
 * The parent PIN at rest: validation rules, PBKDF2-SHA-256 hashing through WebCrypto, the stored record's schema and
 * the calibration that picks an iteration count so a check costs ~300 ms on the device that set the PIN.
 * No raw PIN is ever stored; only `{ v: 1, salt, iterations, hash }`.
 */
import { z } from 'zod';
import { constantTimeEqual, fromBase64, randomBytes, toBase64 } from './bytes';

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 12;
export const SALT_BYTES = 16;
export const HASH_BYTES = 32; // 256-bit PBKDF2 output
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 2_000_000;
/** Lowest iteration count a stored record may hold; below MIN_ITERATIONS only tests use it (fixed iterations). */
export const RECORD_MIN_ITERATIONS = 1_000;
/** Upper bound accepted from storage, so a tampered record cannot make a check hang for minutes. */
export const RECORD_MAX_ITERATIONS = 10_000_000;
export const CALIBRATION_PROBE_ITERATIONS = 50_000;
export const DEFAULT_TARGET_MS = 300;

export type PinError = 'pin_not_digits' | 'pin_too_short' | 'pin_too_long';

/** Why a PIN cannot be used, or null when it follows the rules (4 to 12 ASCII digits). */
export function validatePin(pin: unknown): PinError | null {
  if (typeof pin !== 'string') return 'pin_not_digits';
  if (!/^[0-9]*$/.test(pin)) return 'pin_not_digits';
  if (pin.length < PIN_MIN_LENGTH) return 'pin_too_short';
  if (pin.length > PIN_MAX_LENGTH) return 'pin_too_long';
  return null;
}

function base64OfLength(bytes: number) {
  return z.string().refine((text) => fromBase64(text)?.length === bytes, `base64 of ${bytes} bytes`);
}

/** The PIN record as stored in `local:parentPin`. Always parsed with this schema when read. */
export const pinRecordSchema = z.object({
  v: z.literal(1),
  salt: base64OfLength(SALT_BYTES),
  iterations: z.number().int().min(RECORD_MIN_ITERATIONS).max(RECORD_MAX_ITERATIONS),
  hash: base64OfLength(HASH_BYTES),
});
export type PinRecord = z.infer<typeof pinRecordSchema>;

/** PBKDF2-SHA-256(pin, salt, iterations) -> 256 bits. */
export async function derivePinBits(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** A new record for `pin` with a fresh random salt. The caller validates the PIN first. */
export async function hashPin(pin: string, iterations: number): Promise<PinRecord> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derivePinBits(pin, salt, iterations);
  return { v: 1, salt: toBase64(salt), iterations, hash: toBase64(hash) };
}

/** True when `pin` matches the record. Compares the derived bits in constant time. */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  const salt = fromBase64(record.salt);
  const expected = fromBase64(record.hash);
  if (!salt || !expected) return false;
  const actual = await derivePinBits(pin, salt, record.iterations);
  return constantTimeEqual(actual, expected);
}

/** Times `iterations` rounds of PBKDF2, in milliseconds. */
export type Measure = (iterations: number) => Promise<number>;

/**
 * The real probe: one PBKDF2 derivation on this device. Uses `performance.now()` because it measures a duration
 * (no time-based decision reads it), so it is unaffected by the injected Clock or wall-clock changes.
 */
export const measurePbkdf2: Measure = async (iterations) => {
  const salt = randomBytes(SALT_BYTES);
  const start = performance.now();
  await derivePinBits('00000000', salt, iterations);
  return performance.now() - start;
};

/**
 * Iterations so that one PIN check takes about `targetMs` here: time a probe, scale linearly, clamp to
 * [MIN_ITERATIONS, MAX_ITERATIONS] and round to a multiple of 1,000. A probe measured as 0 ms (very fast device
 * or coarse timer) gives the maximum; a negative or NaN measurement is a bug in `measure` and throws.
 */
export async function calibrateIterations(measure: Measure, targetMs = DEFAULT_TARGET_MS): Promise<number> {
  if (!(targetMs > 0) || !Number.isFinite(targetMs))
    throw new RangeError(`invalid calibration target: ${targetMs}`);
  const probeMs = await measure(CALIBRATION_PROBE_ITERATIONS);
  if (Number.isNaN(probeMs) || probeMs < 0) throw new RangeError(`invalid probe measurement: ${probeMs}`);
  const scaled = probeMs === 0 ? MAX_ITERATIONS : (CALIBRATION_PROBE_ITERATIONS * targetMs) / probeMs;
  const rounded = Math.round(scaled / 1_000) * 1_000;
  return Math.min(MAX_ITERATIONS, Math.max(MIN_ITERATIONS, rounded));
}
