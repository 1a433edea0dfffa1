/**
 * School reporting, wired to the browser: once a local day has ended, its report (lib/school/report.ts) joins a
 * small queue in storage.local and is POSTed to the school's https endpoint; failures retry with growing delays on
 * an alarm. Nothing happens unless the policy sets `reporting.enabled` with an https endpoint, and turning it off
 * clears everything that was waiting.
 */
import { browser } from 'wxt/browser';
import type { Clock } from '../../lib/clock';
import { addDays, dayOfMs, localTzOffset, type EventLog, type TzOffsetFn } from '../../lib/events';
import {
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
} from '../../lib/school/report';
import {
  EMPTY_DELIVERY,
  deviceIdItem,
  lastSentReportItem,
  reportCursorItem,
  reportDeliveryItem,
  reportQueueItem,
  wrongCategoryCountsItem,
  type ReportDelivery,
} from '../../lib/school/items';
import type { SchoolReportState } from '../../lib/school/types';
import type { PolicyRuntime } from './policyRuntime';

/** Checks for an ended day and sends what is due. Hourly is plenty for a daily report. */
export const REPORT_ALARM = 'school-report';
export const REPORT_PERIOD_MINUTES = 60;
/** A one-shot alarm at the next retry time after a failure. */
export const REPORT_RETRY_ALARM = 'school-report-retry';
const POST_TIMEOUT_MS = 30_000;

export interface SchoolReporting {
  /** Queues days that have ended and sends what is due (respecting the retry delay unless `force`). */
  tick(force?: boolean): Promise<ReportDelivery>;
  state(): Promise<SchoolReportState>;
  /** Counts one "this looks wrong" report for today (a category only). */
  countWrongCategory(category: string): Promise<void>;
}

export interface SchoolReportingDeps {
  clock: Clock;
  events: EventLog;
  policy: PolicyRuntime;
  fetch?: typeof fetch;
  /** Which local day a time belongs to (the event log's rule). Default: the runtime's timezone. */
  tzOffset?: TzOffsetFn;
  /** The extension's version. Default: the manifest's. */
  version?: string;
}

export function createSchoolReporting(deps: SchoolReportingDeps): SchoolReporting {
  const post = deps.fetch ?? ((input, init) => fetch(input, init));
  const tz = deps.tzOffset ?? localTzOffset;
  const dayNow = () => dayOfMs(deps.clock.now(), tz);
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };

  async function endpoint(): Promise<string | null> {
    return reportingEndpoint((await deps.policy.current()).reporting);
  }

  async function device(): Promise<string> {
    const stored = await deviceIdItem.getValue();
    if (stored) return stored;
    const created = newDevicePseudonym();
    await deviceIdItem.setValue(created);
    return created;
  }

  async function build(
    day: string,
    rows: Awaited<ReturnType<EventLog['getRollups']>>,
  ): Promise<SchoolReport> {
    const counts = await wrongCategoryCountsItem.getValue();
    return buildDailyReport({
      day,
      device: await device(),
      extensionVersion: deps.version ?? browser.runtime.getManifest().version,
      rows,
      wrongCategory: counts[day] ?? {},
    });
  }

  async function clearAll(): Promise<void> {
    await Promise.all([
      reportQueueItem.removeValue(),
      reportCursorItem.removeValue(),
      reportDeliveryItem.removeValue(),
      lastSentReportItem.removeValue(),
      deviceIdItem.removeValue(),
    ]);
    await browser.alarms.clear(REPORT_RETRY_ALARM);
  }

  /** Queues every ended day not yet queued (from the day reporting was turned on). */
  async function queueEndedDays(): Promise<void> {
    const today = dayNow();
    const cursor = (await reportCursorItem.getValue()) ?? { since: today, last: null };
    const days = daysToReport(cursor, today);
    if (days.length > 0) {
      await deps.events.flush();
      const rows = await deps.events.getRollups(days[0]!, days[days.length - 1]!);
      const reports: SchoolReport[] = [];
      for (const day of days) reports.push(await build(day, rows));
      await reportQueueItem.setValue(enqueue(await reportQueueItem.getValue(), reports));
    }
    // Never backwards: a clock moved back must not send the same days again.
    const yesterday = addDays(today, -1);
    const last = cursor.last !== null && cursor.last > yesterday ? cursor.last : yesterday;
    if (last !== cursor.last) await reportCursorItem.setValue({ since: cursor.since, last });
  }

  async function send(url: string, report: SchoolReport): Promise<string | null> {
    // Checked again right before it leaves: a report that does not fit the shape is never sent.
    if (!schoolReportSchema.safeParse(report).success) return 'invalid';
    try {
      const response = await post(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(report),
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        redirect: 'error',
        signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      });
      return response.ok ? null : failureCode({ status: response.status });
    } catch (error) {
      return failureCode({ error });
    }
  }

  async function sendDue(url: string, force: boolean): Promise<ReportDelivery> {
    let delivery = await reportDeliveryItem.getValue();
    const now = deps.clock.now();
    if (!force && delivery.nextAttemptAt !== null && now < delivery.nextAttemptAt) return delivery;
    let queue = await reportQueueItem.getValue();
    while (queue.length > 0) {
      const report = queue[0]!;
      const error = await send(url, report);
      const at = deps.clock.now();
      if (error === 'invalid') {
        // Cannot happen for a report built here; a damaged store entry is dropped rather than retried forever.
        queue = queue.slice(1);
        await reportQueueItem.setValue(queue);
        delivery = { ...delivery, lastError: error };
        continue;
      }
      if (error) {
        const failures = delivery.failures + 1;
        const wait = retryDelay(failures);
        delivery = { ...delivery, failures, lastAttemptAt: at, lastError: error, nextAttemptAt: at + wait };
        await reportDeliveryItem.setValue(delivery);
        await browser.alarms.create(REPORT_RETRY_ALARM, { when: Date.now() + wait });
        return delivery;
      }
      queue = queue.slice(1);
      await reportQueueItem.setValue(queue);
      await lastSentReportItem.setValue({ at, report });
      delivery = { failures: 0, nextAttemptAt: null, lastAttemptAt: at, lastSuccessAt: at, lastError: null };
      await reportDeliveryItem.setValue(delivery);
      await browser.alarms.clear(REPORT_RETRY_ALARM);
    }
    return delivery;
  }

  return {
    tick: (force = false) =>
      serial(async () => {
        const url = await endpoint();
        if (!url) {
          if ((await reportCursorItem.getValue()) !== null || (await reportQueueItem.getValue()).length > 0) {
            await clearAll();
          }
          return EMPTY_DELIVERY;
        }
        await queueEndedDays();
        return sendDue(url, force);
      }),

    async state() {
      const url = await endpoint();
      if (!url) {
        return {
          enabled: false,
          endpoint: null,
          lastSent: null,
          queued: [],
          today: null,
          delivery: EMPTY_DELIVERY,
        };
      }
      const day = dayNow();
      await deps.events.flush();
      const today = await build(day, await deps.events.getRollups(day, day));
      return {
        enabled: true,
        endpoint: url,
        lastSent: await lastSentReportItem.getValue(),
        queued: await reportQueueItem.getValue(),
        today,
        delivery: await reportDeliveryItem.getValue(),
      };
    },

    countWrongCategory: (category) =>
      serial(async () => {
        const day = dayNow();
        await wrongCategoryCountsItem.setValue(
          addDayCount(await wrongCategoryCountsItem.getValue(), day, category),
        );
      }),
  };
}
