/**
 * Calendar-day arithmetic for the event log. Events carry UTC hours, but parents think in local days, so the
 * day an hour belongs to depends on a timezone offset. The offset is a function so tests (and DST changes) can
 * be modelled without touching the runtime's timezone.
 */
import type { Clock } from '../clock';
import { MS_PER_HOUR } from './schema';

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Longest range `summarize` will expand into a day series (about ten years). */
export const MAX_RANGE_DAYS = 3_700;

/** Local calendar date, 'YYYY-MM-DD'. */
export type Day = string;

/** Inclusive range of local days. */
export interface DayRange {
  from: Day;
  to: Day;
}

/**
 * Minutes to add to UTC to get local time at the given UTC instant (UTC+5 → 300, UTC-4 → -240). This is the
 * negation of `Date#getTimezoneOffset()`.
 */
export type TzOffsetFn = (utcMs: number) => number;

/** The runtime's local timezone (including its DST rules). */
export const localTzOffset: TzOffsetFn = (utcMs) => -new Date(utcMs).getTimezoneOffset();

/** A fixed offset, for tests and for callers who store the parent's timezone explicitly. */
export function fixedTzOffset(minutes: number): TzOffsetFn {
  return () => minutes;
}

function formatUtcDate(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The local day containing the UTC instant `ms`. */
export function dayOfMs(ms: number, tz: TzOffsetFn = localTzOffset): Day {
  return formatUtcDate(ms + tz(ms) * 60_000);
}

/**
 * The local day an event hour belongs to: the day containing the start of that hour. With half-hour offsets
 * (e.g. UTC+5:30) an hour that straddles midnight counts for the day it started in.
 */
export function dayOfHour(hour: number, tz: TzOffsetFn = localTzOffset): Day {
  return dayOfMs(hour * MS_PER_HOUR, tz);
}

/** True for a real calendar date written as 'YYYY-MM-DD'. */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && formatUtcDate(ms) === value;
}

function dayToUtcMs(day: Day): number {
  if (!isDay(day)) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return Date.parse(`${day}T00:00:00Z`);
}

/** `day` moved by `n` calendar days (negative moves back). */
export function addDays(day: Day, n: number): Day {
  return formatUtcDate(dayToUtcMs(day) + n * MS_PER_DAY);
}

/** Number of days in an inclusive range (1 when from === to). Throws if the range is reversed or invalid. */
export function rangeLength(range: DayRange): number {
  const n = Math.round((dayToUtcMs(range.to) - dayToUtcMs(range.from)) / MS_PER_DAY) + 1;
  if (n < 1) throw new RangeError(`range ends before it starts: ${range.from}..${range.to}`);
  return n;
}

/** Every day in the inclusive range, oldest first. */
export function daysInRange(range: DayRange): Day[] {
  const n = rangeLength(range);
  if (n > MAX_RANGE_DAYS) throw new RangeError(`range too long: ${n} days`);
  const days: Day[] = [];
  for (let i = 0; i < n; i++) days.push(addDays(range.from, i));
  return days;
}

/** The equally long range that ends the day before `range` starts. */
export function previousRange(range: DayRange): DayRange {
  const n = rangeLength(range);
  return { from: addDays(range.from, -n), to: addDays(range.from, -1) };
}

/** The last `n` local days, ending with today (n = 7 → today and the six days before it). */
export function rangeForLastDays(n: number, clock: Clock, tz: TzOffsetFn = localTzOffset): DayRange {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const today = dayOfMs(clock.now(), tz);
  return { from: addDays(today, -(n - 1)), to: today };
}
