/**
 * How events count. Daily roll-ups outlive raw events (twice the retention), so the rules that turn events into
 * per-day counts live here once and are used both by the store when it writes and by anyone re-deriving counts
 * from raw events.
 *
 * A roll-up row is `{ day, kind, category, count }`, keyed by `[day, kind, category]`. `count` adds 1 per event,
 * except `time_online`, which adds `detail.minutes`. Rows of kind `chat_prompt` also carry `choices`: how many of
 * that day's prompts in that signal category ended in each choice (all six choices present, zeros included), so
 * the choices always add up to `count`.
 */
import { z } from 'zod';
import { type Day, type TzOffsetFn, dayOfHour, isDay, localTzOffset } from './days';
import {
  CHAT_CHOICES,
  type ChatChoice,
  EVENT_KINDS,
  type EventKind,
  idSchema,
  type LogEvent,
} from './schema';

export type ChoiceCounts = Record<ChatChoice, number>;

const countSchema = z.number().int().min(0);
const daySchema = z.string().refine(isDay, 'must be a YYYY-MM-DD day');

const choiceCountsSchema = z.strictObject(
  Object.fromEntries(CHAT_CHOICES.map((c) => [c, countSchema])) as Record<ChatChoice, typeof countSchema>,
);

const plainKinds = EVENT_KINDS.filter((k) => k !== 'chat_prompt') as [
  Exclude<EventKind, 'chat_prompt'>,
  ...Exclude<EventKind, 'chat_prompt'>[],
];

export const rollupRowSchema = z.discriminatedUnion('kind', [
  z.strictObject({ day: daySchema, kind: z.enum(plainKinds), category: idSchema, count: countSchema }),
  z.strictObject({
    day: daySchema,
    kind: z.literal('chat_prompt'),
    category: idSchema,
    count: countSchema,
    choices: choiceCountsSchema,
  }),
]);

export type RollupRow = z.infer<typeof rollupRowSchema>;
export type ChatPromptRollupRow = Extract<RollupRow, { kind: 'chat_prompt' }>;
/** The IndexedDB key of a roll-up row. */
export type RollupKey = [day: Day, kind: EventKind, category: string];

export function rollupKey(row: Pick<RollupRow, 'day' | 'kind' | 'category'>): RollupKey {
  return [row.day, row.kind, row.category];
}

/** Validates an unknown value (e.g. a row read from IndexedDB); null when it is corrupt or foreign. */
export function parseRollupRow(value: unknown): RollupRow | null {
  const result = rollupRowSchema.safeParse(value);
  return result.success ? result.data : null;
}

export function emptyChoiceCounts(): ChoiceCounts {
  return { ok: 0, block_report: 0, help: 0, why: 0, dismissed: 0, none: 0 };
}

/** How much one event adds to its roll-up row's `count`. */
export function eventWeight(event: LogEvent): number {
  return event.kind === 'time_online' ? event.detail.minutes : 1;
}

/** The roll-up row holding just this one event. */
export function rowForEvent(event: LogEvent, tz: TzOffsetFn = localTzOffset): RollupRow {
  const day = dayOfHour(event.hour, tz);
  if (event.kind === 'chat_prompt') {
    const choices = emptyChoiceCounts();
    choices[event.detail.choice] = 1;
    return { day, kind: 'chat_prompt', category: event.category, count: 1, choices };
  }
  return { day, kind: event.kind, category: event.category, count: eventWeight(event) };
}

/** Adds two rows with the same key. Throws if the keys differ (a programming error). */
export function mergeRollupRows(a: RollupRow, b: RollupRow): RollupRow {
  if (a.day !== b.day || a.kind !== b.kind || a.category !== b.category) {
    throw new Error(
      `cannot merge roll-ups with different keys: ${rollupKey(a).join('|')} / ${rollupKey(b).join('|')}`,
    );
  }
  if (a.kind === 'chat_prompt' && b.kind === 'chat_prompt') {
    const choices = emptyChoiceCounts();
    for (const c of CHAT_CHOICES) choices[c] = a.choices[c] + b.choices[c];
    return { day: a.day, kind: 'chat_prompt', category: a.category, count: a.count + b.count, choices };
  }
  return { ...a, count: a.count + b.count };
}

/** Turns raw events into roll-up rows, one per `[day, kind, category]`, in first-seen order. */
export function rollUp(events: Iterable<LogEvent>, tz: TzOffsetFn = localTzOffset): RollupRow[] {
  const rows = new Map<string, RollupRow>();
  for (const event of events) {
    const row = rowForEvent(event, tz);
    const key = rollupKey(row).join('|');
    const existing = rows.get(key);
    rows.set(key, existing ? mergeRollupRows(existing, row) : row);
  }
  return [...rows.values()];
}
