/**
 * Stored state of school reporting (storage.local, versioned). All of it is cleared when the school turns
 * reporting off, the pseudonym included: off means nothing waits to be sent and the next "on" starts afresh.
 */
import { storage } from 'wxt/utils/storage';
import type { DayCounts, ReportCursor, SchoolReport } from './report';

export interface ReportDelivery {
  /** Failed tries in a row (0 after a success). */
  failures: number;
  /** No automatic try before this time (backoff); null when none is pending. */
  nextAttemptAt: number | null;
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  /** A short code: http_503, network, timeout, invalid. */
  lastError: string | null;
}

export const EMPTY_DELIVERY: ReportDelivery = {
  failures: 0,
  nextAttemptAt: null,
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastError: null,
};

export const deviceIdItem = storage.defineItem<string | null>('local:schoolDeviceId', {
  fallback: null,
  version: 1,
});

export const reportQueueItem = storage.defineItem<SchoolReport[]>('local:schoolReportQueue', {
  fallback: [],
  version: 1,
});

export const reportCursorItem = storage.defineItem<ReportCursor | null>('local:schoolReportCursor', {
  fallback: null,
  version: 1,
});

export const reportDeliveryItem = storage.defineItem<ReportDelivery>('local:schoolReportDelivery', {
  fallback: EMPTY_DELIVERY,
  version: 1,
});

/** The last report the endpoint accepted, exactly as sent: the teen view shows it. */
export const lastSentReportItem = storage.defineItem<{ at: number; report: SchoolReport } | null>(
  'local:schoolLastSentReport',
  { fallback: null, version: 1 },
);

/** "This looks wrong" reports per day and category (counts only), for the days a report may still cover. */
export const wrongCategoryCountsItem = storage.defineItem<DayCounts>('local:wrongCategoryCounts', {
  fallback: {},
  version: 1,
});
