/**
 * Why: the daily school report is the only thing Hifazat ever sends about a child, so its shape is a promise. These
 * check that a report built from real roll-ups holds the parent summary's counts and nothing else (no hostname,
 * URL or text can even fit), that the published JSON Schema is the one the code validates with, and how due days,
 * the bounded queue and the retry delays behave.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../lib/clock';
import { fixedTzOffset, makeEvent, rollUp, summarize, type LogEvent } from '../../../lib/events';
import {
  MAX_QUEUED_REPORTS,
  MIN_ALARM_MS,
  REPORT_VERSION,
  RETRY_BASE_MS,
  RETRY_MAX_MS,
  addDayCount,
  buildDailyReport,
  daysToReport,
  enqueue,
  failureCode,
  newDevicePseudonym,
  reportingEndpoint,
  retryDelay,
  schoolReportSchema,
  type SchoolReport,
} from '../../../lib/school/report';
import { reportingJsonSchema } from '../../../lib/school/reportingJsonSchema';

const TZ = fixedTzOffset(300); // Pakistan, UTC+5
const DEVICE = '0123456789abcdef0123456789abcdef';
/** 2026-03-10 09:00 in Pakistan. */
const MORNING = Date.UTC(2026, 2, 10, 4, 0, 0);

function eventsOfTheDay(): LogEvent[] {
  const clock = manualClock(MORNING);
  const out: LogEvent[] = [
    makeEvent('block', 'adult', { reason: 'category' }, clock),
    makeEvent('block', 'adult', { reason: 'category' }, clock),
    makeEvent('block', 'gambling', { reason: 'school_block' }, clock),
    makeEvent('safe_search', 'google', {}, clock),
    makeEvent('access_request', 'gaming', { status: 'asked' }, clock),
    makeEvent('chat_prompt', 'secrecy', { site: 'whatsapp', level: 'high', choice: 'help' }, clock),
  ];
  clock.advance(24 * 3_600_000); // the next day: must not count
  out.push(makeEvent('block', 'adult', { reason: 'category' }, clock));
  return out;
}

function report(overrides: Partial<Parameters<typeof buildDailyReport>[0]> = {}): SchoolReport {
  return buildDailyReport({
    day: '2026-03-10',
    device: DEVICE,
    extensionVersion: '0.1.0',
    rows: rollUp(eventsOfTheDay(), TZ),
    wrongCategory: { social_media: 2 },
    ...overrides,
  });
}

describe('buildDailyReport', () => {
  it('holds the same totals and per-category counts as the parent summary for that day', () => {
    const rows = rollUp(eventsOfTheDay(), TZ);
    const summary = summarize(rows, { from: '2026-03-10', to: '2026-03-10' });
    const built = report();
    expect(built.version).toBe(REPORT_VERSION);
    expect(built.day).toBe('2026-03-10');
    expect(built.totals).toEqual({ ...summary.totals });
    expect(built.totals.block).toBe(3);
    expect(built.byCategory).toEqual({
      block: { adult: 2, gambling: 1 },
      safe_search: { google: 1 },
      access_request: { gaming: 1 },
      chat_prompt: { secrecy: 1 },
    });
    expect(built.chatChoices.help).toBe(1);
    expect(built.chatChoicesByCategory.secrecy?.help).toBe(1);
    expect(built.wrongCategoryReports).toEqual({ social_media: 2 });
  });

  it('validates against its own schema and serialises to plain JSON', () => {
    const built = report();
    expect(schoolReportSchema.parse(JSON.parse(JSON.stringify(built)))).toEqual(built);
  });

  it('has exactly the documented keys, whose values are counts under short ids', () => {
    const built = report();
    expect(Object.keys(built).sort()).toEqual(
      [
        'byCategory',
        'chatChoices',
        'chatChoicesByCategory',
        'day',
        'device',
        'extensionVersion',
        'totals',
        'type',
        'version',
        'wrongCategoryReports',
      ].sort(),
    );
    const text = JSON.stringify(built);
    expect(text).not.toMatch(/https?:|www\.|\.com|\.pk/);
  });

  it('refuses anything that could carry an address, a name or text', () => {
    const good = report();
    const bad: unknown[] = [
      { ...good, wrongCategoryReports: { 'casino.example.com': 1 } },
      { ...good, byCategory: { block: { 'https://x.example/': 1 } } },
      { ...good, totals: { ...good.totals, 'Ayesha Khan': 1 } },
      { ...good, device: 'ayesha-laptop' },
      { ...good, note: 'asked for youtube.com' },
      { ...good, byCategory: { block: { adult: -1 } } },
      { ...good, version: 2 },
    ];
    for (const candidate of bad) expect(schoolReportSchema.safeParse(candidate).success).toBe(false);
    expect(() => report({ wrongCategory: { 'casino.example.com': 1 } })).toThrow();
  });

  it('reports a quiet day as zeros, with every kind present', () => {
    const quiet = report({ day: '2026-03-12', wrongCategory: {} });
    expect(Object.values(quiet.totals).every((n) => n === 0)).toBe(true);
    expect(quiet.totals).toHaveProperty('block', 0);
    expect(quiet.byCategory).toEqual({});
    expect(quiet.wrongCategoryReports).toEqual({});
  });
});

describe('docs/reporting-schema.json', () => {
  const committed = JSON.parse(
    readFileSync(new URL('../../../docs/reporting-schema.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

  it('is the JSON Schema generated from the zod schema the extension validates with', () => {
    expect(
      committed,
      'docs/reporting-schema.json is out of date: run `npx vite-node scripts/write-reporting-schema.ts`',
    ).toEqual(reportingJsonSchema());
  });

  it('is versioned and closed: no key outside the documented ones', () => {
    expect(committed.$id).toMatch(/v1\.json$/);
    expect(committed.additionalProperties).toBe(false);
    const props = committed.properties as Record<string, { const?: unknown }>;
    expect(props.version?.const).toBe(REPORT_VERSION);
  });

  it('requires ids (no dots, no slashes) for every key a count is filed under', () => {
    const pattern = new RegExp(
      (
        (committed.properties as Record<string, { propertyNames?: { pattern: string } }>).totals
          ?.propertyNames ?? { pattern: '' }
      ).pattern,
    );
    expect(pattern.test('adult')).toBe(true);
    expect(pattern.test('example.com')).toBe(false);
    expect(pattern.test('https://x')).toBe(false);
  });
});

describe('daysToReport', () => {
  it('reports nothing on the day reporting is turned on', () => {
    expect(daysToReport({ since: '2026-03-10', last: null }, '2026-03-10')).toEqual([]);
  });

  it('reports each ended day once, from the day reporting was turned on', () => {
    expect(daysToReport({ since: '2026-03-10', last: '2026-03-09' }, '2026-03-11')).toEqual(['2026-03-10']);
    expect(daysToReport({ since: '2026-03-10', last: '2026-03-10' }, '2026-03-11')).toEqual([]);
    expect(daysToReport({ since: '2026-03-10', last: '2026-03-10' }, '2026-03-13')).toEqual([
      '2026-03-11',
      '2026-03-12',
    ]);
  });

  it('never reports a day before reporting was turned on', () => {
    expect(daysToReport({ since: '2026-03-10', last: null }, '2026-03-12')).toEqual([
      '2026-03-10',
      '2026-03-11',
    ]);
    expect(daysToReport({ since: '2026-03-10', last: '2026-02-01' }, '2026-03-11')).toEqual(['2026-03-10']);
  });

  it('after a long time off reports at most the queue bound of recent days', () => {
    const days = daysToReport({ since: '2026-01-01', last: '2026-01-01' }, '2026-03-01');
    expect(days).toHaveLength(MAX_QUEUED_REPORTS);
    expect(days.at(-1)).toBe('2026-02-28');
  });

  it('does nothing when the clock went backwards', () => {
    expect(daysToReport({ since: '2026-03-10', last: '2026-03-12' }, '2026-03-05')).toEqual([]);
  });
});

describe('the queue', () => {
  const day = (d: string) => report({ day: d });

  it('keeps one report per day, oldest first, a rebuild replacing the older one', () => {
    const first = day('2026-03-10');
    const rebuilt = { ...first, totals: { ...first.totals, block: 99 } };
    const queue = enqueue([day('2026-03-11'), first], [rebuilt]);
    expect(queue.map((r) => r.day)).toEqual(['2026-03-10', '2026-03-11']);
    expect(queue[0]!.totals.block).toBe(99);
  });

  it(`is bounded to ${MAX_QUEUED_REPORTS} reports, dropping the oldest`, () => {
    const many = Array.from({ length: 20 }, (_, i) => day(`2026-03-${String(i + 1).padStart(2, '0')}`));
    const queue = enqueue([], many);
    expect(queue).toHaveLength(MAX_QUEUED_REPORTS);
    expect(queue[0]!.day).toBe('2026-03-07');
    expect(queue.at(-1)!.day).toBe('2026-03-20');
  });
});

describe('retryDelay', () => {
  it('starts at a minute and doubles, within ±20 %', () => {
    expect(retryDelay(1, () => 0.5)).toBe(RETRY_BASE_MS);
    expect(retryDelay(2, () => 0.5)).toBe(2 * RETRY_BASE_MS);
    expect(retryDelay(3, () => 0.5)).toBe(4 * RETRY_BASE_MS);
    expect(retryDelay(1, () => 1)).toBe(1.2 * RETRY_BASE_MS);
    expect(retryDelay(2, () => 0)).toBe(1.6 * RETRY_BASE_MS);
  });

  it('stops growing at six hours and never goes under the 30 s alarm minimum', () => {
    expect(retryDelay(40, () => 0.5)).toBe(RETRY_MAX_MS);
    expect(retryDelay(1, () => 0)).toBeGreaterThanOrEqual(MIN_ALARM_MS);
    for (let n = 1; n < 30; n++) expect(retryDelay(n)).toBeLessThanOrEqual(RETRY_MAX_MS * 1.2);
  });
});

describe('reportingEndpoint', () => {
  it('is on only with enabled and an https endpoint', () => {
    expect(reportingEndpoint(null)).toBeNull();
    expect(reportingEndpoint({ enabled: false, endpoint: 'https://r.example/in' })).toBeNull();
    expect(reportingEndpoint({ enabled: true, endpoint: 'http://r.example/in' })).toBeNull();
    expect(reportingEndpoint({ enabled: true, endpoint: 'not a url' })).toBeNull();
    expect(reportingEndpoint({ enabled: true, endpoint: 'https://r.example/in' })).toBe(
      'https://r.example/in',
    );
  });
});

describe('small helpers', () => {
  it('names failures by a short code, never by what the server said', () => {
    expect(failureCode({ status: 503 })).toBe('http_503');
    expect(failureCode({ error: new TypeError('Failed to fetch') })).toBe('network');
    expect(failureCode({ error: new DOMException('t', 'TimeoutError') })).toBe('timeout');
  });

  it('counts "this looks wrong" per day and forgets days no report can cover', () => {
    let counts = addDayCount({}, '2026-03-01', 'adult');
    counts = addDayCount(counts, '2026-03-01', 'adult');
    counts = addDayCount(counts, '2026-03-02', 'gaming');
    expect(counts).toEqual({ '2026-03-01': { adult: 2 }, '2026-03-02': { gaming: 1 } });
    counts = addDayCount(counts, '2026-04-01', 'adult');
    expect(Object.keys(counts)).toEqual(['2026-04-01']);
  });

  it('makes a 128-bit random pseudonym in hex, different each time', () => {
    const a = newDevicePseudonym();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newDevicePseudonym()).not.toBe(a);
    expect(newDevicePseudonym((b) => b.fill(255))).toBe('f'.repeat(32));
  });
});
