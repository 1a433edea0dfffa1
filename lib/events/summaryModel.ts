/**
 * The one model of what the parent and the teen see for a period: built from the roll-up comparison
 * (`summary/get`) and the access-request list (`access/list`), and used unchanged by the dashboard's charts and
 * tables, the teen view, the weekly digest and the CSV / JSON export, so they can never disagree.
 * Pure: categories, ids and numbers in; categories, ids and numbers out.
 */
import type { AccessRequest } from '../lists/approvals';
import { type Day, type DayRange, type TzOffsetFn, dayOfMs, localTzOffset, rangeLength } from './days';
import { type ChoiceCounts, emptyChoiceCounts } from './rollup';
import { CHAT_CHOICES, type ChatChoice } from './schema';
import { type Change, type Comparison, change } from './summarize';

/** The kinds the summary shows, in the order it shows them. */
export const SUMMARY_KINDS = [
  'block',
  'safe_search',
  'chat_prompt',
  'chat_nudge',
  'access_request',
  'time_online',
  'protection_gap',
] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

/** Kinds broken down by category (engine for safe search, signal category for chat, site for nudges). */
export const BREAKDOWN_KINDS = ['block', 'safe_search', 'chat_prompt', 'chat_nudge', 'time_online'] as const;
export type BreakdownKind = (typeof BREAKDOWN_KINDS)[number];

export const ACCESS_FIGURES = ['asked', 'approved', 'declined'] as const;
export type AccessFigure = (typeof ACCESS_FIGURES)[number];

/** time_online counts minutes; everything else counts events. */
export function unitOf(kind: SummaryKind): 'minutes' | 'count' {
  return kind === 'time_online' ? 'minutes' : 'count';
}

export interface CategoryRow {
  id: string;
  current: number;
  previous: number;
}

export interface ChatRow extends CategoryRow {
  choices: ChoiceCounts;
  previousChoices: ChoiceCounts;
}

export interface SeriesPoint {
  day: Day;
  block: number;
  safe_search: number;
  chat_prompt: number;
  time_online: number;
}

export interface SummaryModel {
  days: number;
  range: DayRange;
  previousRange: DayRange;
  /** Per kind, this period against the one before. `access_request` counts requests asked in the period. */
  totals: Record<SummaryKind, Change>;
  /** Per kind, one row per category seen in either period, largest first (ties by id). */
  byCategory: Record<BreakdownKind, CategoryRow[]>;
  /** Chat prompts per signal category with the teen's choices, largest first. */
  chat: ChatRow[];
  /** The teen's choices over all chat prompts. */
  chatChoices: Record<ChatChoice, Change>;
  access: { waiting: number } & Record<AccessFigure, Change>;
  /** One point per day of the period, oldest first. */
  series: SeriesPoint[];
}

function rows(current: Record<string, number>, previous: Record<string, number>): CategoryRow[] {
  const ids = new Set([...Object.keys(current), ...Object.keys(previous)]);
  return [...ids]
    .map((id) => ({ id, current: current[id] ?? 0, previous: previous[id] ?? 0 }))
    .sort((a, b) => b.current - a.current || b.previous - a.previous || (a.id < b.id ? -1 : 1));
}

function inRange(ms: number | undefined, range: DayRange, tz: TzOffsetFn): boolean {
  if (ms === undefined) return false;
  const day = dayOfMs(ms, tz);
  return day >= range.from && day <= range.to;
}

function accessCount(
  requests: readonly AccessRequest[],
  range: DayRange,
  tz: TzOffsetFn,
  figure: AccessFigure,
): number {
  return requests.filter((r) =>
    figure === 'asked' ? inRange(r.at, range, tz) : r.status === figure && inRange(r.decidedAt, range, tz),
  ).length;
}

export function buildSummaryModel(
  comparison: Comparison,
  requests: readonly AccessRequest[],
  tz: TzOffsetFn = localTzOffset,
): SummaryModel {
  const { current, previous } = comparison;
  const access = {
    waiting: requests.filter((r) => r.status === 'pending').length,
  } as SummaryModel['access'];
  for (const figure of ACCESS_FIGURES) {
    access[figure] = change(
      accessCount(requests, current.range, tz, figure),
      accessCount(requests, previous.range, tz, figure),
    );
  }

  const totals = {} as Record<SummaryKind, Change>;
  for (const kind of SUMMARY_KINDS) {
    totals[kind] =
      kind === 'access_request'
        ? access.asked
        : change(current.totals[kind] ?? 0, previous.totals[kind] ?? 0);
  }

  const byCategory = {} as Record<BreakdownKind, CategoryRow[]>;
  for (const kind of BREAKDOWN_KINDS) {
    byCategory[kind] = rows(current.byCategory[kind] ?? {}, previous.byCategory[kind] ?? {});
  }

  const chat: ChatRow[] = byCategory.chat_prompt.map((row) => ({
    ...row,
    choices: { ...emptyChoiceCounts(), ...current.chatChoicesByCategory[row.id] },
    previousChoices: { ...emptyChoiceCounts(), ...previous.chatChoicesByCategory[row.id] },
  }));

  const chatChoices = {} as Record<ChatChoice, Change>;
  for (const choice of CHAT_CHOICES) {
    chatChoices[choice] = change(current.chatChoices[choice], previous.chatChoices[choice]);
  }

  return {
    days: rangeLength(current.range),
    range: current.range,
    previousRange: previous.range,
    totals,
    byCategory,
    chat,
    chatChoices,
    access,
    series: current.series.map((p) => ({
      day: p.day,
      block: p.totals.block,
      safe_search: p.totals.safe_search,
      chat_prompt: p.totals.chat_prompt,
      time_online: p.totals.time_online,
    })),
  };
}

/** How a change reads: more, fewer, the same, or new (nothing in the previous period). */
export type Trend = { kind: 'same' } | { kind: 'new' } | { kind: 'up' | 'down'; percent: number };

export function trendOf(c: Change): Trend {
  if (c.absolute === 0) return { kind: 'same' };
  if (c.percent === null) return { kind: 'new' };
  return { kind: c.absolute > 0 ? 'up' : 'down', percent: Math.round(Math.abs(c.percent)) };
}

/** Minutes as whole hours and minutes (125 → 2 h 5 min). */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(total));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}
