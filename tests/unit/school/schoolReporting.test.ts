/**
 * Why: school reports leave the device, so when they leave matters as much as what is in them. These drive the
 * background's reporting with a manual clock, a real event log (in-memory IndexedDB) and a fake endpoint: nothing is
 * sent before a day has ended, a day is sent once, a failure waits with growing delays and keeps the report, the
 * queue stays bounded while the endpoint is down, and turning reporting off deletes everything that was waiting.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixedTzOffset } from '../../../lib/events';
import type { ResolvedPolicy } from '../../../lib/policy';
import {
  deviceIdItem,
  lastSentReportItem,
  reportCursorItem,
  reportDeliveryItem,
  reportQueueItem,
} from '../../../lib/school/items';
import { MAX_QUEUED_REPORTS, RETRY_BASE_MS, schoolReportSchema } from '../../../lib/school/report';
import type { PolicyRuntime } from '../../../entrypoints/background/policyRuntime';
import { createSchoolReporting, REPORT_RETRY_ALARM } from '../../../entrypoints/background/schoolReporting';
import { freshLog } from '../events/helpers';

const DAY = 86_400_000;
const ENDPOINT = 'https://reports.school.example/hifazat/daily';

function setup() {
  const { log, clock } = freshLog();
  let reporting: ResolvedPolicy['reporting'] = { enabled: true, endpoint: ENDPOINT };
  const policy = {
    current: async () => ({ reporting }) as ResolvedPolicy,
  } as unknown as PolicyRuntime;
  const calls: { url: string; init: RequestInit }[] = [];
  let answer: () => Promise<{ ok: boolean; status: number }> = async () => ({ ok: true, status: 200 });
  const fetchStub = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer();
  }) as unknown as typeof fetch;
  const reports = createSchoolReporting({
    clock,
    events: log,
    policy,
    fetch: fetchStub,
    tzOffset: fixedTzOffset(0),
    version: '0.1.0',
  });
  return {
    log,
    clock,
    reports,
    calls,
    sent: () => calls.map((c) => schoolReportSchema.parse(JSON.parse(c.init.body as string))),
    respond(fn: typeof answer) {
      answer = fn;
    },
    setReporting(next: ResolvedPolicy['reporting']) {
      reporting = next;
    },
  };
}

describe('school reporting in the background', () => {
  it('sends nothing on the day it is turned on, then each ended day once', async () => {
    const t = setup();
    await t.reports.tick();
    t.log.log('block', 'adult', { reason: 'category' });
    t.log.log('block', 'adult', { reason: 'category' });
    await t.reports.countWrongCategory('gaming');
    await t.reports.tick();
    expect(t.calls).toHaveLength(0);

    t.clock.advance(DAY);
    await t.reports.tick();
    expect(t.calls).toHaveLength(1);
    const [report] = t.sent();
    expect(report!.day).toBe('2026-01-05');
    expect(report!.byCategory.block).toEqual({ adult: 2 });
    expect(report!.wrongCategoryReports).toEqual({ gaming: 1 });
    expect(report!.extensionVersion).toBe('0.1.0');
    expect(await reportQueueItem.getValue()).toEqual([]);
    expect((await lastSentReportItem.getValue())?.report).toEqual(report);

    await t.reports.tick();
    t.clock.advance(3_600_000);
    await t.reports.tick();
    expect(t.calls).toHaveLength(1);
  });

  it('posts JSON with no cookies, no referrer and no redirects followed', async () => {
    const t = setup();
    await t.reports.tick();
    t.clock.advance(DAY);
    await t.reports.tick();
    const { url, init } = t.calls[0]!;
    expect(url).toBe(ENDPOINT);
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      cache: 'no-store',
    });
  });

  it('keeps a report that failed and retries after a growing delay', async () => {
    const t = setup();
    await t.reports.tick();
    t.clock.advance(DAY);
    t.respond(async () => ({ ok: false, status: 503 }));
    const first = await t.reports.tick();
    expect(first).toMatchObject({ failures: 1, lastError: 'http_503', lastSuccessAt: null });
    expect(first.nextAttemptAt! - t.clock.now()).toBeGreaterThanOrEqual(RETRY_BASE_MS * 0.8);
    expect(await reportQueueItem.getValue()).toHaveLength(1);
    expect(await fakeBrowser.alarms.get(REPORT_RETRY_ALARM)).toBeDefined();

    // Before the delay is over nothing is tried; after it, the next failure waits about twice as long.
    await t.reports.tick();
    expect(t.calls).toHaveLength(1);
    t.clock.set(first.nextAttemptAt!);
    t.respond(async () => {
      throw new TypeError('Failed to fetch');
    });
    const second = await t.reports.tick();
    expect(second).toMatchObject({ failures: 2, lastError: 'network' });
    expect(second.nextAttemptAt! - t.clock.now()).toBeGreaterThanOrEqual(2 * RETRY_BASE_MS * 0.8);

    t.clock.set(second.nextAttemptAt!);
    t.respond(async () => ({ ok: true, status: 204 }));
    const third = await t.reports.tick();
    expect(third).toMatchObject({ failures: 0, lastError: null, nextAttemptAt: null });
    expect(await reportQueueItem.getValue()).toEqual([]);
    expect(t.sent().map((r) => r.day)).toEqual(['2026-01-05', '2026-01-05', '2026-01-05']);
  });

  it(`keeps at most ${MAX_QUEUED_REPORTS} reports while the endpoint is down, the oldest going first`, async () => {
    const t = setup();
    await t.reports.tick();
    t.respond(async () => ({ ok: false, status: 500 }));
    for (let day = 0; day < 20; day++) {
      t.clock.advance(DAY);
      await t.reports.tick(true);
    }
    const queue = await reportQueueItem.getValue();
    expect(queue).toHaveLength(MAX_QUEUED_REPORTS);
    expect(queue.at(-1)!.day).toBe('2026-01-24');
    expect(queue[0]!.day).toBe('2026-01-11');
    expect(new Set(queue.map((r) => r.day)).size).toBe(MAX_QUEUED_REPORTS);
  });

  it('deletes everything waiting, and the pseudonym, when the school turns reporting off', async () => {
    const t = setup();
    await t.reports.tick();
    t.respond(async () => ({ ok: false, status: 500 }));
    t.clock.advance(DAY);
    await t.reports.tick();
    expect(await reportQueueItem.getValue()).toHaveLength(1);
    expect(await deviceIdItem.getValue()).toMatch(/^[0-9a-f]{32}$/);

    t.setReporting({ enabled: false, endpoint: ENDPOINT });
    await t.reports.tick();
    expect(await reportQueueItem.getValue()).toEqual([]);
    expect(await reportCursorItem.getValue()).toBeNull();
    expect(await deviceIdItem.getValue()).toBeNull();
    expect((await reportDeliveryItem.getValue()).failures).toBe(0);
    expect(await fakeBrowser.alarms.get(REPORT_RETRY_ALARM)).toBeUndefined();
    expect((await t.reports.state()).enabled).toBe(false);

    // Turned on again: a new pseudonym, and nothing from before it was turned on.
    t.setReporting({ enabled: true, endpoint: ENDPOINT });
    t.respond(async () => ({ ok: true, status: 200 }));
    await t.reports.tick();
    t.clock.advance(DAY);
    await t.reports.tick();
    const sent = t.sent();
    expect(sent.at(-1)!.day).toBe('2026-01-06');
    expect(sent.at(-1)!.device).not.toBe(sent[0]!.device);
  });

  it('never sends over http, and sends nothing without an endpoint', async () => {
    const t = setup();
    t.setReporting({ enabled: true, endpoint: 'http://reports.school.example/in' });
    await t.reports.tick();
    t.clock.advance(DAY);
    await t.reports.tick(true);
    expect(t.calls).toHaveLength(0);
    t.setReporting(null);
    await t.reports.tick(true);
    expect(t.calls).toHaveLength(0);
  });

  it('shows the teen today so far, in the shape that will be sent', async () => {
    const t = setup();
    t.log.log('access_request', 'gaming', { status: 'asked' });
    const state = await t.reports.state();
    expect(state.enabled).toBe(true);
    expect(state.today?.day).toBe('2026-01-05');
    expect(state.today?.byCategory.access_request).toEqual({ gaming: 1 });
    expect(schoolReportSchema.safeParse(state.today).success).toBe(true);
  });
});
