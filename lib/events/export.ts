/**
 * Export of the summary as CSV (for a spreadsheet) and JSON (for a program), made from the same SummaryModel the
 * dashboard draws, so the files carry exactly the numbers on screen. Categories, ids and counts only: there is
 * nothing else in the model to export. Pure.
 */
import {
  ACCESS_FIGURES,
  BREAKDOWN_KINDS,
  SUMMARY_KINDS,
  type CategoryRow,
  type SummaryModel,
  unitOf,
} from './summaryModel';
import { CHAT_CHOICES } from './schema';

export const EXPORT_FORMAT = 'hifazat-summary';
export const EXPORT_VERSION = 1;

export const CSV_HEADER = [
  'section',
  'kind',
  'category',
  'detail',
  'day',
  'unit',
  'current',
  'previous',
] as const;

type Cell = string | number | null;

/** One CSV field (RFC 4180): quoted when needed; a leading = + - @ is defused so spreadsheets never run it. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

export function summaryToCsv(model: SummaryModel): string {
  const lines: string[] = [csvLine(CSV_HEADER)];
  const add = (...cells: Cell[]) => lines.push(csvLine(cells));
  for (const kind of SUMMARY_KINDS) {
    const total = model.totals[kind];
    add('total', kind, null, null, null, unitOf(kind), total.current, total.previous);
  }
  for (const kind of BREAKDOWN_KINDS) {
    for (const row of model.byCategory[kind]) {
      add('category', kind, row.id, null, null, unitOf(kind), row.current, row.previous);
    }
  }
  for (const choice of CHAT_CHOICES) {
    const c = model.chatChoices[choice];
    add('chat_choice', 'chat_prompt', 'all', choice, null, 'count', c.current, c.previous);
  }
  for (const row of model.chat) {
    for (const choice of CHAT_CHOICES) {
      add(
        'chat_choice',
        'chat_prompt',
        row.id,
        choice,
        null,
        'count',
        row.choices[choice],
        row.previousChoices[choice],
      );
    }
  }
  add('access', 'access_request', null, 'waiting', null, 'count', model.access.waiting, null);
  for (const figure of ACCESS_FIGURES) {
    const c = model.access[figure];
    add('access', 'access_request', null, figure, null, 'count', c.current, c.previous);
  }
  for (const point of model.series) {
    for (const kind of ['block', 'safe_search', 'chat_prompt', 'time_online'] as const) {
      add('day', kind, null, null, point.day, unitOf(kind), point[kind], null);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function byId(rows: readonly CategoryRow[]): Record<string, { current: number; previous: number }> {
  return Object.fromEntries(rows.map((r) => [r.id, { current: r.current, previous: r.previous }]));
}

export interface SummaryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  generatedAt: string;
  days: number;
  range: SummaryModel['range'];
  previousRange: SummaryModel['previousRange'];
  units: Record<string, 'minutes' | 'count'>;
  totals: Record<string, { current: number; previous: number }>;
  blockedByCategory: Record<string, { current: number; previous: number }>;
  safeSearchByEngine: Record<string, { current: number; previous: number }>;
  chatPromptsBySignal: Record<
    string,
    {
      current: number;
      previous: number;
      choices: Record<string, number>;
      previousChoices: Record<string, number>;
    }
  >;
  chatChoices: Record<string, { current: number; previous: number }>;
  chatNudgesBySite: Record<string, { current: number; previous: number }>;
  accessRequests: { waiting: number } & Record<string, number | { current: number; previous: number }>;
  timeOnlineMinutesByCategory: Record<string, { current: number; previous: number }>;
  perDay: SummaryModel['series'];
}

export function summaryToExport(model: SummaryModel, generatedAt: number): SummaryExport {
  const pair = (c: { current: number; previous: number }) => ({ current: c.current, previous: c.previous });
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    generatedAt: new Date(generatedAt).toISOString(),
    days: model.days,
    range: model.range,
    previousRange: model.previousRange,
    units: Object.fromEntries(SUMMARY_KINDS.map((k) => [k, unitOf(k)])),
    totals: Object.fromEntries(SUMMARY_KINDS.map((k) => [k, pair(model.totals[k])])),
    blockedByCategory: byId(model.byCategory.block),
    safeSearchByEngine: byId(model.byCategory.safe_search),
    chatPromptsBySignal: Object.fromEntries(
      model.chat.map((r) => [
        r.id,
        { current: r.current, previous: r.previous, choices: r.choices, previousChoices: r.previousChoices },
      ]),
    ),
    chatChoices: Object.fromEntries(CHAT_CHOICES.map((c) => [c, pair(model.chatChoices[c])])),
    chatNudgesBySite: byId(model.byCategory.chat_nudge),
    accessRequests: {
      waiting: model.access.waiting,
      ...Object.fromEntries(ACCESS_FIGURES.map((f) => [f, pair(model.access[f])])),
    },
    timeOnlineMinutesByCategory: byId(model.byCategory.time_online),
    perDay: model.series,
  };
}

export function summaryToJson(model: SummaryModel, generatedAt: number): string {
  return `${JSON.stringify(summaryToExport(model, generatedAt), null, 2)}\n`;
}

/** hifazat-summary-2026-01-01-to-2026-01-07.csv */
export function exportFileName(model: SummaryModel, extension: 'csv' | 'json'): string {
  return `hifazat-summary-${model.range.from}-to-${model.range.to}.${extension}`;
}
