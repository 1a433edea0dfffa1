/**
 * Why: the export is what a parent keeps or shows someone else, and the summary model is what every screen draws.
 * The files must carry exactly the numbers on screen, read correctly in a spreadsheet, and hold nothing but
 * categories and counts; access requests must be counted by when they were asked and answered.
 */
import { describe, expect, it } from 'vitest';
import { compareWithPrevious, emptyChoiceCounts, fixedTzOffset, type RollupRow } from '../../../lib/events';
import {
  CSV_HEADER,
  csvField,
  exportFileName,
  summaryToCsv,
  summaryToExport,
  summaryToJson,
} from '../../../lib/events/export';
import { buildSummaryModel, splitMinutes, trendOf } from '../../../lib/events/summaryModel';
import type { AccessRequest } from '../../../lib/lists/approvals';

const UTC = fixedTzOffset(0);
const range = { from: '2026-01-05', to: '2026-01-11' };
const row = (day: string, kind: Exclude<RollupRow['kind'], 'chat_prompt'>, category: string, count: number) =>
  ({ day, kind, category, count }) as RollupRow;

const rows: RollupRow[] = [
  row('2026-01-05', 'block', 'gambling', 3),
  row('2026-01-07', 'block', 'adult', 1),
  row('2026-01-07', 'block', 'gambling', 2),
  row('2025-12-30', 'block', 'gambling', 4),
  row('2026-01-06', 'safe_search', 'google', 7),
  row('2026-01-08', 'time_online', 'uncategorized', 95),
  row('2026-01-08', 'time_online', 'gaming', 40),
  row('2026-01-01', 'time_online', 'gaming', 60),
  {
    day: '2026-01-09',
    kind: 'chat_prompt',
    category: 'secrecy',
    count: 2,
    choices: { ...emptyChoiceCounts(), help: 1, block_report: 1 },
  },
];

const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
const requests: AccessRequest[] = [
  { id: 'a', domain: 'bet365.com', category: 'gambling', at: at('2026-01-06'), status: 'pending' },
  {
    id: 'b',
    domain: 'roblox.com',
    category: 'gaming',
    at: at('2026-01-06'),
    status: 'approved',
    decidedAt: at('2026-01-07'),
  },
  {
    id: 'c',
    domain: 'ome.tv',
    category: 'random_chat',
    at: at('2026-01-01'),
    status: 'declined',
    decidedAt: at('2026-01-02'),
  },
];

const model = buildSummaryModel(compareWithPrevious(rows, range), requests, UTC);

describe('buildSummaryModel', () => {
  it('totals the period and the one before, per category largest first', () => {
    expect(model.days).toBe(7);
    expect(model.totals.block).toMatchObject({ current: 6, previous: 4 });
    expect(model.byCategory.block).toEqual([
      { id: 'gambling', current: 5, previous: 4 },
      { id: 'adult', current: 1, previous: 0 },
    ]);
    expect(model.byCategory.time_online).toEqual([
      { id: 'uncategorized', current: 95, previous: 0 },
      { id: 'gaming', current: 40, previous: 60 },
    ]);
    expect(model.chat).toEqual([
      {
        id: 'secrecy',
        current: 2,
        previous: 0,
        choices: { ...emptyChoiceCounts(), help: 1, block_report: 1 },
        previousChoices: emptyChoiceCounts(),
      },
    ]);
    expect(model.series.map((p) => p.block)).toEqual([3, 0, 3, 0, 0, 0, 0]);
  });

  it('counts access requests by when they were asked and answered, and those waiting now', () => {
    expect(model.access.waiting).toBe(1);
    expect(model.access.asked).toMatchObject({ current: 2, previous: 1 });
    expect(model.access.approved).toMatchObject({ current: 1, previous: 0 });
    expect(model.access.declined).toMatchObject({ current: 0, previous: 1 });
    expect(model.totals.access_request).toEqual(model.access.asked);
  });

  it('reads trends as more, fewer, the same, or new', () => {
    expect(trendOf(model.totals.block)).toEqual({ kind: 'up', percent: 50 });
    expect(trendOf(model.totals.time_online)).toEqual({ kind: 'up', percent: 125 });
    expect(trendOf(model.totals.safe_search)).toEqual({ kind: 'new' });
    expect(trendOf(model.totals.protection_gap)).toEqual({ kind: 'same' });
    expect(trendOf({ current: 1, previous: 4, absolute: -3, percent: -75 })).toEqual({
      kind: 'down',
      percent: 75,
    });
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 });
  });
});

describe('CSV export', () => {
  const csv = summaryToCsv(model);
  const lines = csv.split('\r\n');
  const find = (...cells: string[]) => lines.find((l) => l.startsWith(cells.join(',') + ','));

  it('starts with the header and ends every line with CRLF', () => {
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('carries the model’s numbers: totals, categories, choices, access and days', () => {
    expect(find('total', 'block')).toBe('total,block,,,,count,6,4');
    expect(find('total', 'time_online')).toBe('total,time_online,,,,minutes,135,60');
    expect(find('category', 'block', 'gambling')).toBe('category,block,gambling,,,count,5,4');
    expect(find('chat_choice', 'chat_prompt', 'secrecy', 'help')).toBe(
      'chat_choice,chat_prompt,secrecy,help,,count,1,0',
    );
    expect(find('chat_choice', 'chat_prompt', 'all', 'block_report')).toBe(
      'chat_choice,chat_prompt,all,block_report,,count,1,0',
    );
    expect(find('access', 'access_request', '', 'waiting')).toBe('access,access_request,,waiting,,count,1,');
    expect(find('day', 'block', '', '', '2026-01-07')).toBe('day,block,,,2026-01-07,count,3,');
    expect(lines.filter((l) => l.startsWith('day,')).length).toBe(7 * 4);
  });

  it('quotes fields that need it and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
  });
});

describe('JSON export', () => {
  it('carries the same numbers, with its format, range and units', () => {
    const parsed = JSON.parse(summaryToJson(model, Date.UTC(2026, 0, 11, 18))) as ReturnType<
      typeof summaryToExport
    >;
    expect(parsed).toMatchObject({
      format: 'hifazat-summary',
      version: 1,
      generatedAt: '2026-01-11T18:00:00.000Z',
      days: 7,
      range,
      previousRange: { from: '2025-12-29', to: '2026-01-04' },
      units: { time_online: 'minutes', block: 'count' },
    });
    expect(parsed.totals.block).toEqual({ current: 6, previous: 4 });
    expect(parsed.blockedByCategory).toEqual({
      gambling: { current: 5, previous: 4 },
      adult: { current: 1, previous: 0 },
    });
    expect(parsed.safeSearchByEngine).toEqual({ google: { current: 7, previous: 0 } });
    expect(parsed.chatPromptsBySignal.secrecy?.choices.help).toBe(1);
    expect(parsed.accessRequests).toMatchObject({ waiting: 1, asked: { current: 2, previous: 1 } });
    expect(parsed.timeOnlineMinutesByCategory.gaming).toEqual({ current: 40, previous: 60 });
    expect(parsed.perDay).toHaveLength(7);
  });

  it('holds no site names, even though the request list it was built from did', () => {
    const text = summaryToJson(model, 0) + summaryToCsv(model);
    for (const domain of ['bet365', 'roblox', 'ome.tv']) expect(text).not.toContain(domain);
  });

  it('names files after the period', () => {
    expect(exportFileName(model, 'csv')).toBe('hifazat-summary-2026-01-05-to-2026-01-11.csv');
  });
});
