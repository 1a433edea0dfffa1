/**
 * Time online, counted the privacy-respecting way: once a minute (the heartbeat alarm) the background looks at the
 * tab the child is using (the active tab of the focused window, only while the device is not idle), turns its
 * hostname into a category (or 'uncategorized') and forgets the hostname. This module is the pure accounting: it
 * adds the elapsed time to the current category and says when to write a `time_online` event (whole minutes).
 *
 * Minutes build up per (hour, category) and are written when the category or the hour changes, or every
 * FLUSH_MINUTES, so a heavy day costs a few hundred small events, and the dashboard lags by a few minutes at most.
 * A late or missed alarm (device asleep, browser closed) never credits more than MAX_CREDIT_MS.
 */
import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../lists/categories';
import { idSchema, toHour } from './schema';

/** Seconds without keyboard or mouse input after which the device counts as idle (chrome.idle). */
export const IDLE_DETECTION_SECONDS = 120;
/** How long one tick may credit at most: a little over one alarm period, so a late alarm still counts. */
export const MAX_CREDIT_MS = 2 * 60_000;
/** Minutes written as soon as this many have built up in one category. */
export const FLUSH_MINUTES = 5;
/** The category of a website that is in none of the category lists. */
export const UNCATEGORIZED = 'uncategorized';

export interface TimeOnlineState {
  v: 1;
  /** When the previous tick ran (injected clock), null before the first. */
  lastTickAt: number | null;
  /** Time built up and not yet written: its hour, its category, and milliseconds. */
  pending: { hour: number; category: string; ms: number } | null;
}

export const timeOnlineStateSchema = z.strictObject({
  v: z.literal(1),
  lastTickAt: z.number().finite().nullable(),
  pending: z
    .strictObject({
      hour: z.number().int().min(0),
      category: idSchema,
      ms: z.number().finite().min(0),
    })
    .nullable(),
});

export const EMPTY_TIME_ONLINE: TimeOnlineState = Object.freeze({ v: 1, lastTickAt: null, pending: null });

/** What the background saw at one tick. `category` is null when the child is not on a website. */
export interface TimeSample {
  now: number;
  /** The device is in use (not idle, not locked) and a browser window has focus. */
  active: boolean;
  category: string | null;
}

/** A `time_online` event to write: minutes in one category during one hour. */
export interface TimeCredit {
  hour: number;
  category: string;
  minutes: number;
}

/** Reads a stored state; anything corrupt starts over (losing at most a few minutes, never counting extra). */
export function parseTimeOnlineState(value: unknown): TimeOnlineState {
  const parsed = timeOnlineStateSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_TIME_ONLINE;
}

/** The category a website counts under: the first of its list categories, or 'uncategorized'. */
export function categoryForTime(categories: readonly CategoryId[]): string {
  const first = CATEGORY_IDS.find((c) => categories.includes(c));
  return first ?? UNCATEGORIZED;
}

/** Whether a tab address is a website worth counting (http or https). Nothing of it is kept. */
export function isWebsite(url: string | undefined): boolean {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

function credit(pending: NonNullable<TimeOnlineState['pending']>): TimeCredit | null {
  const minutes = Math.min(60, Math.round(pending.ms / 60_000));
  return minutes >= 1 ? { hour: pending.hour, category: pending.category, minutes } : null;
}

/**
 * One tick: credits the time since the previous tick (at most MAX_CREDIT_MS; the first tick credits one alarm
 * period) to the sample's category when the child is active on a website, and returns what to write now.
 * A clock that moved backwards credits nothing.
 */
export function tickTimeOnline(
  state: TimeOnlineState,
  sample: TimeSample,
  periodMs = 60_000,
): { state: TimeOnlineState; write: TimeCredit[] } {
  const write: TimeCredit[] = [];
  const hour = toHour(sample.now);
  let pending = state.pending;
  const elapsed = state.lastTickAt === null ? periodMs : sample.now - state.lastTickAt;
  const creditMs = Math.max(0, Math.min(elapsed, MAX_CREDIT_MS));

  // Time left from an earlier hour (or another category) is written before anything new is added.
  const counting = sample.active && sample.category !== null && creditMs > 0;
  if (pending && (pending.hour !== hour || (counting && pending.category !== sample.category))) {
    const done = credit(pending);
    if (done) write.push(done);
    pending = null;
  }
  if (counting) {
    pending = pending ?? { hour, category: sample.category!, ms: 0 };
    pending = { ...pending, ms: pending.ms + creditMs };
    if (pending.ms >= FLUSH_MINUTES * 60_000) {
      const done = credit(pending);
      if (done) write.push(done);
      pending = { ...pending, ms: pending.ms - (done?.minutes ?? 0) * 60_000 };
    }
  }
  return {
    state: { v: 1, lastTickAt: sample.now, pending },
    write,
  };
}

/** Writes out whatever has built up (e.g. before a summary is read); the state keeps its last tick. */
export function flushTimeOnline(state: TimeOnlineState): { state: TimeOnlineState; write: TimeCredit[] } {
  const done = state.pending ? credit(state.pending) : null;
  const rest =
    state.pending && done ? { ...state.pending, ms: state.pending.ms - done.minutes * 60_000 } : null;
  return {
    state: { ...state, pending: rest && rest.ms > 0 ? rest : null },
    write: done ? [done] : [],
  };
}
