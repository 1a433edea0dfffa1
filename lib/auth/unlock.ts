/**
 * Unlock sessions: after a correct PIN the background hands the parent UI a random token and keeps only its SHA-256
 * hash and expiry in `storage.session`, which survives service-worker sleep but not a browser restart. Anyone who
 * reads storage sees no usable token. Expiry slides with use but never beyond a hard limit from the unlock.
 */
import { z } from 'zod';
// Same module as 'wxt/utils/storage' (which re-exports it); imported directly so it type-checks before `wxt prepare`.
import { storage } from '@wxt-dev/storage';
import { constantTimeEqual, fromHex, randomBytes, sha256, toHex } from './bytes';

export const TOKEN_BYTES = 32;
export const DEFAULT_SESSION_IDLE_MS = 10 * 60_000;
export const DEFAULT_SESSION_MAX_MS = 60 * 60_000;

export const sessionRecordSchema = z.object({
  v: z.literal(1),
  /** Hex SHA-256 of the token's bytes. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  unlockedAt: z.number().finite(),
  lastUsedAt: z.number().finite(),
  /** Sliding expiry: moves to now + idle on each privileged use, never past `hardExpiresAt`. */
  expiresAt: z.number().finite(),
  hardExpiresAt: z.number().finite(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const unlockSessionItem = storage.defineItem<SessionRecord>('session:unlock', { version: 1 });

export interface SessionTimes {
  idleMs: number;
  maxMs: number;
}

/** A fresh token (64 hex characters) and the record to store for it. */
export async function newSession(
  now: number,
  times: SessionTimes,
): Promise<{ token: string; record: SessionRecord }> {
  const tokenBytes = randomBytes(TOKEN_BYTES);
  const tokenHash = toHex(await sha256(tokenBytes));
  const hardExpiresAt = now + times.maxMs;
  const record: SessionRecord = {
    v: 1,
    tokenHash,
    unlockedAt: now,
    lastUsedAt: now,
    expiresAt: Math.min(now + times.idleMs, hardExpiresAt),
    hardExpiresAt,
  };
  return { token: toHex(tokenBytes), record };
}

export type SessionCheck =
  | { valid: true; record: SessionRecord }
  | { valid: false; endSession: boolean /* true when the stored session must be deleted */ };

/**
 * Checks `token` against the stored value at `now`. A missing/corrupt/expired session, or a clock that reads earlier
 * than the session's last use (moved back, which would otherwise stretch it), is invalid and should be deleted;
 * a wrong token is invalid but leaves the parent's session alone.
 */
export async function checkSession(stored: unknown, token: unknown, now: number): Promise<SessionCheck> {
  if (stored === null || stored === undefined) return { valid: false, endSession: false };
  const parsed = sessionRecordSchema.safeParse(stored);
  if (!parsed.success) return { valid: false, endSession: true };
  const record = parsed.data;
  if (now < record.lastUsedAt || now >= record.expiresAt || now >= record.hardExpiresAt) {
    return { valid: false, endSession: true };
  }
  if (typeof token !== 'string' || token.length !== TOKEN_BYTES * 2)
    return { valid: false, endSession: false };
  const tokenBytes = fromHex(token);
  const expected = fromHex(record.tokenHash);
  if (!tokenBytes || !expected) return { valid: false, endSession: false };
  const actual = await sha256(tokenBytes);
  if (!constantTimeEqual(actual, expected)) return { valid: false, endSession: false };
  return { valid: true, record };
}

/** The record after a privileged use at `now`: expiry slides to now + idle, capped at the hard limit. */
export function extendSession(record: SessionRecord, now: number, idleMs: number): SessionRecord {
  return { ...record, lastUsedAt: now, expiresAt: Math.min(now + idleMs, record.hardExpiresAt) };
}
