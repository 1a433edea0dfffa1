/**
 * "Pause for N minutes" from the popup (parent PIN). What a pause means, decided once here:
 *
 * - It lifts the category blocks and schedules that come from the parent, the age setting or the defaults, for a
 *   fixed time chosen from PAUSE_MINUTES, and then ends by itself (the background rechecks every minute and at an
 *   alarm set for the end). A restart does not end it early or make it longer: the end is an absolute time.
 * - It never lifts: safe search and YouTube Restricted Mode, the block on search engines that cannot be made safe,
 *   the parent's own "always block" sites, anything the school sets, and the four categories blocked from the first
 *   minute for every family (adult content, gambling, random video chat, proxies). Those stay on because a pause
 *   is for "let them play / message friends for half an hour", not for switching protection off.
 * - Anyone may end a pause early (that only makes things stricter); starting one needs the PIN.
 * - A clock moved backwards before the pause started ends it (fail closed).
 */
// Same module as 'wxt/utils/storage' (which re-exports it); imported directly so it type-checks before `wxt prepare`.
import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import type { CategoryId } from '../lists/categories';
import { DEFAULT_POLICY } from './defaults';

export const PAUSE_MINUTES = [15, 30, 60, 120] as const;
export type PauseMinutes = (typeof PAUSE_MINUTES)[number];

/** Categories a pause never lifts: the safe defaults every install starts with. */
export const PAUSE_NEVER_LIFTS: readonly CategoryId[] = DEFAULT_POLICY.blockedCategories;

export const pauseRecordSchema = z.strictObject({
  v: z.literal(1),
  startedAt: z.number().finite(),
  until: z.number().finite(),
  minutes: z.literal(PAUSE_MINUTES),
});
export type PauseRecord = z.infer<typeof pauseRecordSchema>;

export type PauseState =
  | { active: true; startedAt: number; until: number; minutes: PauseMinutes; remainingMs: number }
  | { active: false };

export function startPause(now: number, minutes: PauseMinutes): PauseRecord {
  return { v: 1, startedAt: now, until: now + minutes * 60_000, minutes };
}

/** Whether a stored pause is in force at `now`. Corrupt, expired or clock-back records are not. */
export function pauseState(stored: unknown, now: number): PauseState {
  const parsed = pauseRecordSchema.safeParse(stored);
  if (!parsed.success) return { active: false };
  const { startedAt, until, minutes } = parsed.data;
  // A record whose length does not match its minutes was edited by hand: not honoured.
  if (until - startedAt !== minutes * 60_000) return { active: false };
  if (now < startedAt || now >= until) return { active: false };
  return { active: true, startedAt, until, minutes, remainingMs: until - now };
}

/**
 * The categories still blocked during a pause: of those in force, the school's own (blocked or scheduled right
 * now) and PAUSE_NEVER_LIFTS. Everything else in force came from the parent, the age setting or a parent schedule.
 */
export function categoriesDuringPause(input: {
  inForce: readonly CategoryId[];
  schoolBlocked: readonly CategoryId[];
  schoolScheduledNow: readonly CategoryId[];
  neverLifts?: readonly CategoryId[];
}): CategoryId[] {
  const keep = new Set<CategoryId>([
    ...input.schoolBlocked,
    ...input.schoolScheduledNow,
    ...(input.neverLifts ?? PAUSE_NEVER_LIFTS),
  ]);
  return input.inForce.filter((c) => keep.has(c));
}

/** "12:05" style countdown for the popup, never negative. */
export function formatCountdown(remainingMs: number): string {
  const total = Math.max(0, Math.ceil(remainingMs / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** The pause in force, in storage.local so a restart neither ends it nor lengthens it. */
export const pauseItem = storage.defineItem<PauseRecord | null>('local:pause', {
  fallback: null,
  version: 1,
});
