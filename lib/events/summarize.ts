/**
 * Turns daily roll-up rows into what the parent dashboard shows: totals, per-category counts, a per-day series
 * with every day present, chat-prompt choices, and the change against the previous period of the same length.
 * Pure (no I/O, no clock) so it can run anywhere and be tested exhaustively.
 */
import { type Day, type DayRange, daysInRange, previousRange } from './days';
import { type ChoiceCounts, emptyChoiceCounts, type RollupRow } from './rollup';
import { CHAT_CHOICES, type ChatChoice, EVENT_KINDS, type EventKind } from './schema';

export type KindCounts = Record<EventKind, number>;
/** Category id → count. Built without a prototype, so ids like 'constructor' are ordinary keys. */
export type CategoryCounts = Record<string, number>;

export interface DayPoint {
  day: Day;
  /** Per-kind totals for this day; every kind present, zeros included. */
  totals: KindCounts;
}

export interface Summary {
  range: DayRange;
  /** Per-kind totals over the range (time_online is in minutes); every kind present. */
  totals: KindCounts;
  /** Per kind, per category. Every kind present; only categories that occurred are listed. */
  byCategory: Record<EventKind, CategoryCounts>;
  /** One point per day in the range, oldest first, zeros included. */
  series: DayPoint[];
  /** Chat prompts by the child's choice, all signal categories together. */
  chatChoices: ChoiceCounts;
  /** Chat prompts by signal category, then by choice. */
  chatChoicesByCategory: Record<string, ChoiceCounts>;
}

export interface Change {
  current: number;
  previous: number;
  /** current − previous */
  absolute: number;
  /** (current − previous) / previous × 100; null when previous is 0. */
  percent: number | null;
}

export interface Comparison {
  current: Summary;
  previous: Summary;
  change: {
    totals: Record<EventKind, Change>;
    /** Per kind, per category seen in either period. */
    byCategory: Record<EventKind, Record<string, Change>>;
    chatChoices: Record<ChatChoice, Change>;
  };
}

function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function perKind<T>(make: () => T): Record<EventKind, T> {
  const out = dict<T>();
  for (const kind of EVENT_KINDS) out[kind] = make();
  return out as Record<EventKind, T>;
}

function zeroKindCounts(): KindCounts {
  return perKind(() => 0);
}

/** Summarises roll-up rows over an inclusive day range. Rows outside the range are ignored. */
export function summarize(rows: readonly RollupRow[], range: DayRange): Summary {
  const days = daysInRange(range);
  const totals = zeroKindCounts();
  const byCategory = perKind(() => dict<number>());
  const perDay = new Map<Day, KindCounts>(days.map((d) => [d, zeroKindCounts()]));
  const chatChoices = emptyChoiceCounts();
  const chatChoicesByCategory = dict<ChoiceCounts>();

  for (const row of rows) {
    const dayTotals = perDay.get(row.day);
    if (!dayTotals) continue; // outside the range
    totals[row.kind] += row.count;
    dayTotals[row.kind] += row.count;
    const cats = byCategory[row.kind];
    cats[row.category] = (cats[row.category] ?? 0) + row.count;
    if (row.kind === 'chat_prompt') {
      const forCategory = (chatChoicesByCategory[row.category] ??= emptyChoiceCounts());
      for (const choice of CHAT_CHOICES) {
        chatChoices[choice] += row.choices[choice];
        forCategory[choice] += row.choices[choice];
      }
    }
  }

  return {
    range: { from: range.from, to: range.to },
    totals,
    byCategory,
    series: days.map((day) => ({ day, totals: perDay.get(day) ?? zeroKindCounts() })),
    chatChoices,
    chatChoicesByCategory,
  };
}

export function change(current: number, previous: number): Change {
  return {
    current,
    previous,
    absolute: current - previous,
    percent: previous === 0 ? null : ((current - previous) / previous) * 100,
  };
}

/** The summary for `range`, the summary for the equally long period just before it, and the change between them. */
export function compareWithPrevious(rows: readonly RollupRow[], range: DayRange): Comparison {
  const current = summarize(rows, range);
  const previous = summarize(rows, previousRange(range));

  const totals = perKind(() => change(0, 0));
  const byCategory = perKind(() => dict<Change>());
  for (const kind of EVENT_KINDS) {
    totals[kind] = change(current.totals[kind], previous.totals[kind]);
    const cur = current.byCategory[kind];
    const prev = previous.byCategory[kind];
    const out = byCategory[kind];
    for (const category of new Set([...Object.keys(cur), ...Object.keys(prev)])) {
      out[category] = change(cur[category] ?? 0, prev[category] ?? 0);
    }
  }

  const chatChoices = dict<Change>() as Record<ChatChoice, Change>;
  for (const choice of CHAT_CHOICES) {
    chatChoices[choice] = change(current.chatChoices[choice], previous.chatChoices[choice]);
  }

  return { current, previous, change: { totals, byCategory, chatChoices } };
}
