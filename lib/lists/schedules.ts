/**
 * Schedules: a category blocked only in chosen hours (bedtime, school hours), per weekday. Pure: the background
 * recomputes at start-up and every minute. Windows may cross midnight (22:00-06:00). Once a window has started, its
 * block is held until the window's end even if the clock is moved backwards by hand, so changing the clock never
 * lifts a block early.
 */
import type { CategoryId } from './categories';
import type { Policy } from '../policy/schema';

type Schedule = Policy['schedules'][number];

/** Minutes east of UTC at a given instant (the runtime's zone by default; injectable for tests). */
export type TzOffset = (utcMs: number) => number;
export const localOffset: TzOffset = (ms) => -new Date(ms).getTimezoneOffset();

export interface Hold {
  /** Absolute end of the window that started the block. */
  until: number;
  /** Wall-clock time when the hold was last confirmed; a clock earlier than this was moved backwards. */
  seenAt: number;
}

export type Holds = Partial<Record<CategoryId, Hold>>;

export interface ScheduleState {
  /** Categories a schedule blocks right now. */
  blocked: CategoryId[];
  holds: Holds;
}

/** A hold is never kept longer than this, so a clock set far into the future cannot block for weeks. */
const MAX_HOLD_MS = 7 * 24 * 3_600_000;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** If `schedule` is active at `now`, the absolute time its current window ends; otherwise null. */
export function activeWindowEnd(schedule: Schedule, now: number, tz: TzOffset = localOffset): number | null {
  const offsetMs = tz(now) * 60_000;
  const local = new Date(now + offsetMs);
  const day = local.getUTCDay();
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const start = minutesOf(schedule.start);
  const end = minutesOf(schedule.end);
  const midnight = now - (minute * 60_000 + local.getUTCSeconds() * 1000 + local.getUTCMilliseconds());
  if (start < end) {
    if (schedule.days.includes(day) && minute >= start && minute < end) return midnight + end * 60_000;
    return null;
  }
  if (start === end) return null; // an empty window
  // Crosses midnight: the evening part belongs to `day`, the morning part to the day before.
  if (schedule.days.includes(day) && minute >= start) return midnight + (24 * 60 + end) * 60_000;
  const yesterday = (day + 6) % 7;
  if (schedule.days.includes(yesterday) && minute < end) return midnight + end * 60_000;
  return null;
}

export function scheduleState(
  schedules: readonly Schedule[],
  now: number,
  previous: Holds = {},
  tz: TzOffset = localOffset,
): ScheduleState {
  const holds: Holds = {};
  for (const schedule of schedules) {
    const end = activeWindowEnd(schedule, now, tz);
    if (end === null) continue;
    const current = holds[schedule.category];
    holds[schedule.category] = { until: Math.max(end, current?.until ?? 0), seenAt: now };
  }
  for (const [category, hold] of Object.entries(previous) as [CategoryId, Hold][]) {
    if (holds[category]) continue;
    const clockWentBack = now < hold.seenAt;
    const stillRunning = now < hold.until;
    if ((clockWentBack || stillRunning) && hold.until - Math.min(now, hold.seenAt) <= MAX_HOLD_MS) {
      holds[category] = hold;
    }
  }
  return { blocked: Object.keys(holds) as CategoryId[], holds };
}

/** Categories with at least one schedule: blocked only inside their windows. */
export function scheduledCategories(schedules: readonly Schedule[]): Set<CategoryId> {
  return new Set(schedules.map((s) => s.category));
}
