/**
 * Why: the PIN rules, PBKDF2 hashing and iteration calibration are the base of parent auth; these pin down that a
 * right PIN verifies, a wrong one does not, every set gets a fresh salt, and calibration lands in the safe range.
 */
import { describe, expect, it } from 'vitest';
import {
  calibrateIterations,
  CALIBRATION_PROBE_ITERATIONS,
  hashPin,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  pinRecordSchema,
  validatePin,
  verifyPin,
} from '../../../lib/auth/pin';
import { constantTimeEqual, fromBase64 } from '../../../lib/auth/bytes';

describe('validatePin', () => {
  it('accepts 4 to 12 digits', () => {
    expect(validatePin('0000')).toBeNull();
    expect(validatePin('123456789012')).toBeNull();
  });

  it('names the rule a PIN breaks', () => {
    expect(validatePin('')).toBe('pin_too_short');
    expect(validatePin('123')).toBe('pin_too_short');
    expect(validatePin('1234567890123')).toBe('pin_too_long');
    expect(validatePin('12a4')).toBe('pin_not_digits');
    expect(validatePin(' 1234')).toBe('pin_not_digits');
    expect(validatePin('١٢٣٤')).toBe('pin_not_digits'); // non-ASCII digits are not accepted
    expect(validatePin(1234)).toBe('pin_not_digits');
  });
});

describe('hashPin / verifyPin', () => {
  it('verifies the PIN it hashed and stores a well-formed record with no raw PIN', async () => {
    const record = await hashPin('482913', 1_000);
    expect(pinRecordSchema.parse(record)).toEqual(record);
    expect(record.v).toBe(1);
    expect(record.iterations).toBe(1_000);
    expect(fromBase64(record.salt)).toHaveLength(16);
    expect(fromBase64(record.hash)).toHaveLength(32);
    expect(JSON.stringify(record)).not.toContain('482913');
    expect(await verifyPin('482913', record)).toBe(true);
  });

  it('refuses a wrong PIN, including one that differs only in length', async () => {
    const record = await hashPin('4829', 1_000);
    expect(await verifyPin('4828', record)).toBe(false);
    expect(await verifyPin('48290', record)).toBe(false);
    expect(await verifyPin('', record)).toBe(false);
  });

  it('uses a different salt, and so a different hash, each time the same PIN is set', async () => {
    const a = await hashPin('1234', 1_000);
    const b = await hashPin('1234', 1_000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('matches a known PBKDF2-SHA-256 result, so records stay verifiable across versions', async () => {
    // PBKDF2-HMAC-SHA256("1234", salt = 16 zero bytes, 1000 iterations, 32 bytes), computed with Node's crypto.
    const { pbkdf2Sync } = await import('node:crypto');
    const expected = pbkdf2Sync('1234', Buffer.alloc(16), 1_000, 32, 'sha256').toString('base64');
    const record = {
      v: 1 as const,
      salt: Buffer.alloc(16).toString('base64'),
      iterations: 1_000,
      hash: expected,
    };
    expect(await verifyPin('1234', record)).toBe(true);
  });
});

describe('constantTimeEqual', () => {
  it('compares bytes and lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});

describe('calibrateIterations', () => {
  const measured = (ms: number) => async () => ms;

  it('probes once with 50,000 iterations', async () => {
    const probes: number[] = [];
    await calibrateIterations(async (n) => {
      probes.push(n);
      return 50;
    });
    expect(probes).toEqual([CALIBRATION_PROBE_ITERATIONS]);
  });

  it('scales the probe linearly to the 300 ms target', async () => {
    // 50k iterations in 50 ms -> 300k in 300 ms.
    expect(await calibrateIterations(measured(50))).toBe(300_000);
    // 50k in 20 ms -> 750k.
    expect(await calibrateIterations(measured(20))).toBe(750_000);
    // Custom target: 50k in 50 ms, 500 ms target -> 500k.
    expect(await calibrateIterations(measured(50), 500)).toBe(500_000);
  });

  it('rounds to a multiple of 1,000', async () => {
    // 50k * 300 / 70 = 214,285.7 -> 214,000
    const n = await calibrateIterations(measured(70));
    expect(n).toBe(214_000);
    expect(n % 1_000).toBe(0);
  });

  it('never goes under 100,000 iterations, however slow the device', async () => {
    expect(await calibrateIterations(measured(400))).toBe(MIN_ITERATIONS);
    expect(await calibrateIterations(measured(60_000))).toBe(MIN_ITERATIONS);
    expect(await calibrateIterations(measured(Infinity))).toBe(MIN_ITERATIONS);
  });

  it('never goes over 2,000,000 iterations, however fast the device', async () => {
    expect(await calibrateIterations(measured(1))).toBe(MAX_ITERATIONS);
    expect(await calibrateIterations(measured(0))).toBe(MAX_ITERATIONS);
  });

  it('rejects a broken measurement instead of guessing', async () => {
    await expect(calibrateIterations(measured(NaN))).rejects.toThrow(RangeError);
    await expect(calibrateIterations(measured(-5))).rejects.toThrow(RangeError);
  });
});
