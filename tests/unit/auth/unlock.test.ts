/**
 * Why: unlock sessions let the parent use the settings for a while after one PIN entry. These check that a token
 * works only while its session lives (idle expiry, sliding extension capped at one hour, lock, clock changes),
 * that it survives a service-worker restart, and that storage never holds the raw token.
 */
import { describe, expect, it } from 'vitest';
// Raw reads and writes of the (fake, reset before each test) extension storage, as another context would see it.
import { storage } from '@wxt-dev/storage';
import { manualClock } from '../../../lib/clock';
import { createParentAuth } from '../../../lib/auth';

const MIN = 60_000;
const PIN = '975310';

async function unlocked() {
  const clock = manualClock();
  const auth = createParentAuth({ clock, iterations: 1_000 });
  expect(await auth.setPin(PIN)).toEqual({ ok: true });
  const result = await auth.unlock(PIN);
  if (!result.ok) throw new Error(`unlock failed: ${result.reason}`);
  return { clock, auth, token: result.token, expiresAt: result.expiresAt, start: clock.now() };
}

describe('unlock sessions', () => {
  it('returns a 64-hex-character token that expires 10 minutes after unlock', async () => {
    const { auth, token, expiresAt, start } = await unlocked();
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(expiresAt).toBe(start + 10 * MIN);
    expect(await auth.verifyToken(token)).toBe(true);
  });

  it('refuses the wrong PIN without opening a session', async () => {
    const clock = manualClock();
    const auth = createParentAuth({ clock, iterations: 1_000 });
    await auth.setPin(PIN);
    expect(await auth.unlock('975311')).toEqual({ ok: false, reason: 'wrong_pin' });
    expect(await storage.getItem('session:unlock')).toBeNull();
  });

  it('gives a different token on each unlock and only the latest one works', async () => {
    const { auth, token } = await unlocked();
    const again = await auth.unlock(PIN);
    if (!again.ok) throw new Error('unlock failed');
    expect(again.token).not.toBe(token);
    expect(await auth.verifyToken(token)).toBe(false);
    expect(await auth.verifyToken(again.token)).toBe(true);
  });

  it('refuses missing, malformed and wrong tokens', async () => {
    const { auth, token } = await unlocked();
    expect(await auth.verifyToken('')).toBe(false);
    expect(await auth.verifyToken('not-a-token')).toBe(false);
    expect(await auth.verifyToken(token.toUpperCase().replace(/./, 'z'))).toBe(false);
    const flipped = (token[0] === '0' ? '1' : '0') + token.slice(1);
    expect(await auth.verifyToken(flipped)).toBe(false);
    // A wrong token does not end the parent's session.
    expect(await auth.verifyToken(token)).toBe(true);
  });

  it('refuses the token once 10 idle minutes have passed', async () => {
    const { auth, clock, token } = await unlocked();
    clock.advance(10 * MIN - 1);
    expect(await auth.sessionInfo(token)).not.toBeNull();
    clock.advance(1);
    expect(await auth.verifyToken(token)).toBe(false);
    clock.advance(-1); // the expired session was deleted, not just refused
    expect(await auth.verifyToken(token)).toBe(false);
  });

  it('slides the expiry forward with each privileged use', async () => {
    const { auth, clock, token, start } = await unlocked();
    clock.advance(8 * MIN);
    expect(await auth.verifyToken(token)).toBe(true);
    expect(await auth.sessionInfo(token)).toEqual({
      expiresAt: start + 18 * MIN,
      hardExpiresAt: start + 60 * MIN,
    });
    clock.advance(9 * MIN);
    expect(await auth.verifyToken(token)).toBe(true);
  });

  it('does not extend the session when only reading its expiry', async () => {
    const { auth, clock, token, start } = await unlocked();
    clock.advance(5 * MIN);
    expect(await auth.sessionInfo(token)).toEqual({
      expiresAt: start + 10 * MIN,
      hardExpiresAt: start + 60 * MIN,
    });
    clock.advance(5 * MIN);
    expect(await auth.verifyToken(token)).toBe(false);
  });

  it('never extends a session beyond one hour from the unlock', async () => {
    const { auth, clock, token, start } = await unlocked();
    for (let used = 0; used < 55; used += 5) {
      clock.advance(5 * MIN);
      expect(await auth.verifyToken(token)).toBe(true);
    }
    // Now at 55 min: the sliding expiry is capped at the 60 min hard limit.
    expect(await auth.sessionInfo(token)).toEqual({
      expiresAt: start + 60 * MIN,
      hardExpiresAt: start + 60 * MIN,
    });
    clock.advance(5 * MIN - 1);
    expect(await auth.verifyToken(token)).toBe(true);
    clock.advance(1);
    expect(await auth.verifyToken(token)).toBe(false);
  });

  it('lock() ends the session', async () => {
    const { auth, token } = await unlocked();
    await auth.lock();
    expect(await auth.verifyToken(token)).toBe(false);
    expect(await storage.getItem('session:unlock')).toBeNull();
  });

  it('ends the session when the clock is moved backwards', async () => {
    const { auth, clock, token } = await unlocked();
    clock.advance(5 * MIN);
    expect(await auth.verifyToken(token)).toBe(true);
    clock.advance(-1);
    expect(await auth.verifyToken(token)).toBe(false);
    clock.advance(1);
    expect(await auth.verifyToken(token)).toBe(false);
  });

  it('keeps the session across a service-worker restart (new instance, same session storage)', async () => {
    const { clock, token } = await unlocked();
    clock.advance(3 * MIN);
    const restarted = createParentAuth({ clock, iterations: 1_000 });
    expect(await restarted.verifyToken(token)).toBe(true);
  });

  it('keeps only a hash of the token in storage.session, nothing in storage.local', async () => {
    const { token } = await unlocked();
    const session = await storage.snapshot('session');
    expect(session).toHaveProperty('unlock');
    const stored = JSON.stringify(session);
    expect(stored).not.toContain(token);
    expect(stored.toLowerCase()).not.toContain(token.slice(0, 16));
    expect(JSON.stringify(await storage.snapshot('local'))).not.toContain(token);
  });

  it('treats a corrupt session record as no session', async () => {
    const { auth, token } = await unlocked();
    await storage.setItem('session:unlock', { v: 1, tokenHash: 'x' });
    expect(await auth.verifyToken(token)).toBe(false);
    expect(await storage.getItem('session:unlock')).toBeNull();
  });
});
