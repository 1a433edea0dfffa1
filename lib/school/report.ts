/**
 * The daily report a school can ask for (policy `reporting`), decided here as plain data: its versioned shape, how
 * one is built from the event log's roll-ups, which days are due, the bounded queue and the retry delays.
 *
 * A report holds what the parent summary holds for one local day (per-kind totals, per-category counts, chat-prompt
 * choices) plus the number of "this looks wrong" reports per category, under a random per-install pseudonym. Every
 * key is a short id (the same pattern the event log enforces), every value a count: there is no place in the shape
 * for an address, a hostname, a name, a PIN or any text. docs/reporting-schema.json is generated from this schema
 * (`npx vite-node scripts/write-reporting-schema.ts`; a unit test checks it is current).
 */
import { z } from 'zod';
import { addDays, isDay, type Day } from '../events/days';
import type { RollupRow } from '../events/rollup';
import { ID_PATTERN } from '../events/schema';
import { summarize } from '../events/summarize';

export const REPORT_VERSION = 1;
export const REPORT_TYPE = 'hifazat.school.daily';
/** Reports kept waiting at most (about two weeks of days); the oldest goes first when the endpoint stays down. */
export const MAX_QUEUED_REPORTS = 14;
/** First retry after a minute, doubling up to six hours, with ±20 % jitter so a school's devices do not align. */
export const RETRY_BASE_MS = 60_000;
export const RETRY_MAX_MS = 6 * 3_600_000;
/** Packed extensions get no alarm sooner than 30 s. */
export const MIN_ALARM_MS = 30_000;

const id = z.string().regex(ID_PATTERN).describe('A short id: lowercase letters, digits and _ (no dots)');
const count = z.number().int().min(0).max(1_000_000_000);
const counts = z.record(id, count);

export const DEVICE_PATTERN = /^[0-9a-f]{32}$/;

export const schoolReportSchema = z
  .strictObject({
    version: z
      .literal(REPORT_VERSION)
      .describe('Version of this shape; a receiver reads the fields of the versions it knows.'),
    type: z.literal(REPORT_TYPE),
    device: z
      .string()
      .regex(DEVICE_PATTERN)
      .describe(
        'Random per-install pseudonym (128 bits, hex). Not derived from the device, the account or a name; a reinstall, or reporting turned off and on, makes a new one.',
      ),
    day: z.iso.date().describe('The local calendar day the counts are for (YYYY-MM-DD).'),
    extensionVersion: z.string().regex(/^\d{1,5}(\.\d{1,5}){0,3}$/),
    totals: counts.describe(
      'Per event kind, the day total (time_online in minutes). The same numbers the parent summary shows.',
    ),
    byCategory: z
      .record(id, counts)
      .describe('Per event kind, per category (or engine, site, signal kind): the counts that occurred.'),
    chatChoices: counts.describe("Chat-safety prompts by the teen's choice, all signal kinds together."),
    chatChoicesByCategory: z
      .record(id, counts)
      .describe('Chat-safety prompts by signal kind, then by choice.'),
    wrongCategoryReports: counts.describe('"This looks wrong" reports from the block page, per category.'),
  })
  .meta({
    $id: 'https://hifazat.org/schemas/school-report-v1.json',
    title: 'Hifazat daily school report, version 1',
    description:
      'POSTed as JSON once per local day to the https endpoint named in the school policy (reporting.endpoint). Counts only: no URLs, hostnames, names, message text or PINs. (device, day) identifies a report; a retry may deliver the same report twice, so keep the last one.',
  });

export type SchoolReport = z.output<typeof schoolReportSchema>;

/** The summary's records have no prototype; a plain copy keeps JSON and equality checks ordinary. */
function plain(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record));
}

export interface ReportInput {
  day: Day;
  device: string;
  extensionVersion: string;
  /** Roll-up rows; rows of other days are ignored. */
  rows: readonly RollupRow[];
  /** "This looks wrong" reports that day, per category. */
  wrongCategory: Readonly<Record<string, number>>;
}

/** Builds and validates one day's report. Throws if anything would not fit the shape (it never sends it then). */
export function buildDailyReport(input: ReportInput): SchoolReport {
  const summary = summarize(input.rows, { from: input.day, to: input.day });
  const byCategory: Record<string, Record<string, number>> = {};
  for (const [kind, cats] of Object.entries(summary.byCategory)) {
    if (Object.keys(cats).length > 0) byCategory[kind] = plain(cats);
  }
  const chatChoicesByCategory: Record<string, Record<string, number>> = {};
  for (const [category, choices] of Object.entries(summary.chatChoicesByCategory)) {
    chatChoicesByCategory[category] = plain(choices);
  }
  const wrongCategoryReports: Record<string, number> = {};
  for (const [category, n] of Object.entries(input.wrongCategory)) {
    if (n > 0) wrongCategoryReports[category] = n;
  }
  return schoolReportSchema.parse({
    version: REPORT_VERSION,
    type: REPORT_TYPE,
    device: input.device,
    day: input.day,
    extensionVersion: input.extensionVersion,
    totals: plain(summary.totals),
    byCategory,
    chatChoices: plain(summary.chatChoices),
    chatChoicesByCategory,
    wrongCategoryReports,
  });
}

export interface ReportCursor {
  /** The first day that may be reported: the day reporting was turned on. Days before it are never sent. */
  since: Day;
  /** The last day already queued, or null. */
  last: Day | null;
}

/**
 * Days that have ended and are not yet queued, oldest first: from the day after `last` (or `since`) up to
 * yesterday, at most MAX_QUEUED_REPORTS of the most recent ones.
 */
export function daysToReport(cursor: ReportCursor, today: Day): Day[] {
  const yesterday = addDays(today, -1);
  let from = cursor.last ? addDays(cursor.last, 1) : cursor.since;
  if (from < cursor.since) from = cursor.since;
  const oldest = addDays(today, -MAX_QUEUED_REPORTS);
  if (from < oldest) from = oldest;
  const days: Day[] = [];
  for (let day = from; day <= yesterday; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Adds reports to the queue: one per day (a newer build of a day replaces the older), oldest dropped past the bound. */
export function enqueue(queue: readonly SchoolReport[], reports: readonly SchoolReport[]): SchoolReport[] {
  const byDay = new Map<Day, SchoolReport>();
  for (const report of [...queue, ...reports]) byDay.set(report.day, report);
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)).slice(-MAX_QUEUED_REPORTS);
}

/** Delay before the next try after `failures` failed tries in a row (1 = the first failure). */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(RETRY_BASE_MS * 2 ** Math.max(0, failures - 1), RETRY_MAX_MS);
  const jitter = base * 0.2 * (random() * 2 - 1);
  return Math.max(MIN_ALARM_MS, Math.round(base + jitter));
}

/** Reporting is on only when the policy says `enabled: true` with an https endpoint (the schema checks the scheme). */
export function reportingEndpoint(
  reporting: { enabled: boolean; endpoint: string } | null | undefined,
): string | null {
  if (!reporting?.enabled) return null;
  if (!URL.canParse(reporting.endpoint) || new URL(reporting.endpoint).protocol !== 'https:') return null;
  return reporting.endpoint;
}

/** A short code for why a POST failed, for the diagnostics page (never the server's answer itself). */
export function failureCode(result: { status: number } | { error: unknown }): string {
  if ('status' in result) return `http_${result.status}`;
  const name = (result.error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
}

/** Per-day "this looks wrong" counts, kept for the days a report may still cover. */
export type DayCounts = Record<Day, Record<string, number>>;

export function addDayCount(counts: Readonly<DayCounts>, day: Day, category: string): DayCounts {
  const next: DayCounts = {};
  const oldest = addDays(day, -(MAX_QUEUED_REPORTS + 1));
  for (const [d, c] of Object.entries(counts)) if (isDay(d) && d >= oldest) next[d] = { ...c };
  const today = (next[day] ??= {});
  today[category] = (today[category] ?? 0) + 1;
  return next;
}

/** 128 random bits as hex: the device pseudonym. */
export function newDevicePseudonym(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  return [...random(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
