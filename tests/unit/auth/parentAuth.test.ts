/**
 * Why: the parent-auth service is what stands between a child and the settings. These tests drive it like the
 * background would (fake storage, manual clock, cheap fixed iterations) and check PIN set/change/reset, rate
 * limiting across restarts and clock changes, and that a corrupt PIN record is reported and never unlocks.
 */
import { describe, expect, it, vi } from 'vitest';
// Raw reads and writes of the (fake, reset before each test) extension storage, as another context would see it.
import { storage } from '@wxt-dev/storage';
import { manualClock } from '../../../lib/clock';
import { createParentAuth, delayAfterFailures, type ParentAuth } from '../../../lib/auth';

const SEC = 1_000;
const MIN = 60 * SEC;
const PIN = '2468';

function setup(clock = manualClock()) {
  return { clock, auth: createParentAuth({ clock, iterations: 1_000 }) };
}

async function withPin(clock = manualClock()) {
  const s = setup(clock);
  expect(await s.auth.setPin(PIN)).toEqual({ ok: true });
  return s;
}

/** `n` consecutive wrong PINs, waiting out each delay except the one the last failure imposes. */
async function failTimes(auth: ParentAuth, clock: ReturnType<typeof manualClock>, n: number) {
  for (let i = 0; i < n; i++) {
    clock.advance((await auth.pinStatus()).retryAfterMs);
    expect(await auth.checkPin('0000')).toEqual({ ok: false, reason: 'wrong_pin' });
  }
}

describe('setting the PIN', () => {
  it('starts with no PIN, and then checks and unlocks fail with no_pin', async () => {
    const { auth } = setup();
    expect(await auth.pinStatus()).toEqual({ set: false, corrupt: false, retryAfterMs: 0 });
    expect(await auth.checkPin(PIN)).toEqual({ ok: false, reason: 'no_pin' });
    expect(await auth.unlock(PIN)).toEqual({ ok: false, reason: 'no_pin' });
  });

  it('lets the first PIN be set without a token and then accepts only that PIN', async () => {
    const { auth } = await withPin();
    expect(await auth.pinStatus()).toEqual({ set: true, corrupt: false, retryAfterMs: 0 });
    expect(await auth.checkPin(PIN)).toEqual({ ok: true });
    expect(await auth.checkPin('2469')).toEqual({ ok: false, reason: 'wrong_pin' });
  });

  it('stores only salt, iterations and hash, never the PIN', async () => {
    await withPin();
    const parentPin = await storage.getItem('local:parentPin');
    expect(parentPin).toMatchObject({ v: 1, iterations: 1_000 });
    expect(JSON.stringify(parentPin)).not.toContain(PIN);
  });

  it('rejects PINs that break the rules, with a code for each', async () => {
    const { auth } = setup();
    expect(await auth.setPin('12')).toEqual({ ok: false, reason: 'pin_too_short' });
    expect(await auth.setPin('1234567890123')).toEqual({ ok: false, reason: 'pin_too_long' });
    expect(await auth.setPin('12ab')).toEqual({ ok: false, reason: 'pin_not_digits' });
    expect((await auth.pinStatus()).set).toBe(false);
  });

  it('refuses to change an existing PIN without a token', async () => {
    const { auth } = await withPin();
    expect(await auth.setPin('1357')).toEqual({ ok: false, reason: 'token_required' });
    expect(await auth.checkPin('1357')).toEqual({ ok: false, reason: 'wrong_pin' });
    expect(await auth.checkPin(PIN)).toEqual({ ok: true });
  });

  it('refuses to change the PIN with a wrong or expired token', async () => {
    const { auth, clock } = await withPin();
    expect(await auth.setPin('1357', 'ab'.repeat(32))).toEqual({ ok: false, reason: 'token_invalid' });
    const unlocked = await auth.unlock(PIN);
    if (!unlocked.ok) throw new Error('unlock failed');
    clock.advance(11 * MIN);
    expect(await auth.setPin('1357', unlocked.token)).toEqual({ ok: false, reason: 'token_invalid' });
    expect(await auth.checkPin(PIN)).toEqual({ ok: true });
  });

  it('changes the PIN with a valid token, with a new salt', async () => {
    const { auth } = await withPin();
    const before = (await storage.getItem('local:parentPin')) as { salt: string };
    const unlocked = await auth.unlock(PIN);
    if (!unlocked.ok) throw new Error('unlock failed');
    expect(await auth.setPin('1357', unlocked.token)).toEqual({ ok: true });
    expect(await auth.checkPin(PIN)).toEqual({ ok: false, reason: 'wrong_pin' });
    expect(await auth.checkPin('1357')).toEqual({ ok: true });
    const after = (await storage.getItem('local:parentPin')) as { salt: string };
    expect(after.salt).not.toBe(before.salt);
  });

  it('calibrates the iteration count when no fixed count is given', async () => {
    const clock = manualClock();
    const measure = vi.fn(async () => 75); // 50k in 75 ms -> 200k for 300 ms
    const auth = createParentAuth({ clock, measure });
    expect(await auth.setPin(PIN)).toEqual({ ok: true });
    expect(measure).toHaveBeenCalledOnce();
    const parentPin = await storage.getItem('local:parentPin');
    expect(parentPin).toMatchObject({ iterations: 200_000 });
  });

  it('resetPin removes the PIN, the failures and the session', async () => {
    const { auth, clock } = await withPin();
    const unlocked = await auth.unlock(PIN);
    if (!unlocked.ok) throw new Error('unlock failed');
    await failTimes(auth, clock, 5);
    await auth.resetPin();
    expect(await auth.pinStatus()).toEqual({ set: false, corrupt: false, retryAfterMs: 0 });
    expect(await auth.verifyToken(unlocked.token)).toBe(false);
    expect(await auth.setPin('1357')).toEqual({ ok: true });
  });
});

describe('rate limiting', () => {
  it('allows three wrong PINs without delay, then imposes 30 s after the fourth', async () => {
    const { auth, clock } = await withPin();
    await failTimes(auth, clock, 3);
    expect((await auth.pinStatus()).retryAfterMs).toBe(0);
    expect(await auth.checkPin('1111')).toEqual({ ok: false, reason: 'wrong_pin' });
    expect((await auth.pinStatus()).retryAfterMs).toBe(30 * SEC);
  });

  it('refuses a PIN check during the delay even with the right PIN, without hashing', async () => {
    const { auth, clock } = await withPin();
    await failTimes(auth, clock, 4);
    clock.advance(10 * SEC);
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    expect(await auth.checkPin(PIN)).toEqual({ ok: false, reason: 'rate_limited', retryAfterMs: 20 * SEC });
    expect(await auth.unlock(PIN)).toEqual({ ok: false, reason: 'rate_limited', retryAfterMs: 20 * SEC });
    expect(deriveBits).not.toHaveBeenCalled();
    clock.advance(20 * SEC);
    expect(await auth.checkPin(PIN)).toEqual({ ok: true });
    expect(deriveBits).toHaveBeenCalledOnce(); // the spy does see hashing
  });

  it('does not count refused checks as failures', async () => {
    const { auth, clock } = await withPin();
    await failTimes(auth, clock, 4);
    for (let i = 0; i < 5; i++) await auth.checkPin('9999');
    clock.advance(30 * SEC);
    expect(await auth.checkPin('9999')).toEqual({ ok: false, reason: 'wrong_pin' });
    expect((await auth.pinStatus()).retryAfterMs).toBe(delayAfterFailures(5));
  });

  it('grows the delay with each further failure, up to one hour', async () => {
    const { auth, clock } = await withPin();
    await failTimes(auth, clock, 3);
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) {
      expect(await auth.checkPin('0000')).toEqual({ ok: false, reason: 'wrong_pin' });
      const { retryAfterMs } = await auth.pinStatus();
      seen.push(retryAfterMs);
      clock.advance(retryAfterMs);
    }
    expect(seen).toEqual([0.5, 1, 2, 4, 8, 16, 32, 60, 60, 60].map((m) => m * MIN));
  });

  it('accepts the right PIN once the delay has passed, and success resets the count', async () => {
    const { auth, clock } = await withPin();
    await failTimes(auth, clock, 5);
    clock.advance(1 * MIN);
    expect(await auth.checkPin(PIN)).toEqual({ ok: true });
    // Back to three free failures.
    await failTimes(auth, clock, 3);
    expect((await auth.pinStatus()).retryAfterMs).toBe(0);
  });

  it('keeps the delay after a restart (new instance, same storage)', async () => {
    const clock = manualClock();
    const { auth } = await withPin(clock);
    await failTimes(auth, clock, 6); // 2 min delay
    clock.advance(30 * SEC);
    const restarted = createParentAuth({ clock, iterations: 1_000 });
    expect(await restarted.checkPin(PIN)).toEqual({
      ok: false,
      reason: 'rate_limited',
      retryAfterMs: 90 * SEC,
    });
    expect((await restarted.pinStatus()).retryAfterMs).toBe(90 * SEC);
  });

  it('does not shorten a delay when the clock is moved backwards', async () => {
    const { auth, clock } = await withPin();
    await failTimes(auth, clock, 6); // 2 min delay
    clock.advance(-24 * 60 * MIN);
    expect(await auth.checkPin(PIN)).toEqual({ ok: false, reason: 'rate_limited', retryAfterMs: 2 * MIN });
    clock.advance(2 * MIN - 1);
    expect(await auth.checkPin(PIN)).toMatchObject({ ok: false, reason: 'rate_limited', retryAfterMs: 1 });
    clock.advance(1);
    expect(await auth.checkPin(PIN)).toEqual({ ok: true });
  });

  it('does not shorten a delay when the clock is moved backwards across a restart', async () => {
    const clock = manualClock();
    const { auth } = await withPin(clock);
    await failTimes(auth, clock, 4);
    clock.advance(-1);
    const restarted = createParentAuth({ clock, iterations: 1_000 });
    expect((await restarted.pinStatus()).retryAfterMs).toBe(30 * SEC);
  });

  it('counts every failure when wrong PINs arrive all at once', async () => {
    const { auth } = await withPin();
    const results = await Promise.all(Array.from({ length: 8 }, () => auth.checkPin('0000')));
    expect(results.filter((r) => !r.ok && r.reason === 'wrong_pin')).toHaveLength(4);
    expect(results.filter((r) => !r.ok && r.reason === 'rate_limited')).toHaveLength(4);
    expect((await auth.pinStatus()).retryAfterMs).toBe(30 * SEC);
  });

  it('treats a corrupt failure record as a delay, not as a clean slate', async () => {
    const { auth } = await withPin();
    await storage.setItem('local:pinAttempts', { failures: -1 });
    expect(await auth.checkPin(PIN)).toEqual({ ok: false, reason: 'rate_limited', retryAfterMs: 30 * SEC });
  });
});

describe('a corrupt PIN record', () => {
  const corruptRecords: Record<string, unknown> = {
    'missing hash': { v: 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iterations: 1_000 },
    'short salt': { v: 1, salt: 'AAAA', iterations: 1_000, hash: 'A'.repeat(43) + '=' },
    'unknown version': {
      v: 2,
      salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
      iterations: 1_000,
      hash: 'A'.repeat(43) + '=',
    },
    'not an object': 'hello',
  };

  for (const [name, value] of Object.entries(corruptRecords)) {
    it(`is reported as corrupt and does not unlock (${name})`, async () => {
      const { auth } = await withPin();
      await storage.setItem('local:parentPin', value);
      expect(await auth.pinStatus()).toEqual({ set: true, corrupt: true, retryAfterMs: 0 });
      expect(await auth.checkPin(PIN)).toEqual({ ok: false, reason: 'corrupt' });
      expect(await auth.unlock(PIN)).toEqual({ ok: false, reason: 'corrupt' });
      expect(await storage.getItem('session:unlock')).toBeNull();
    });
  }

  it('cannot be replaced without a token, but resetPin clears it', async () => {
    const { auth } = await withPin();
    await storage.setItem('local:parentPin', { v: 1 });
    expect(await auth.setPin('1357')).toEqual({ ok: false, reason: 'token_required' });
    await auth.resetPin();
    expect(await auth.pinStatus()).toEqual({ set: false, corrupt: false, retryAfterMs: 0 });
    expect(await auth.setPin('1357')).toEqual({ ok: true });
  });
});
