/** What the background tells pages about the school: the admin diagnostics and the school report (see messaging). */
import type { CategoryId } from '../lists/categories';
import type { PolicyDiagnosis } from './diagnose';
import type { HardeningCheck } from './hardening';
import type { ReportDelivery } from './items';
import type { SchoolReport } from './report';

export interface SchoolReportState {
  /** Whether the policy turns reporting on (enabled with an https endpoint). */
  enabled: boolean;
  endpoint: string | null;
  /** The last report the endpoint accepted, exactly as sent. */
  lastSent: { at: number; report: SchoolReport } | null;
  /** Reports waiting to be sent, exactly as they will be sent. */
  queued: SchoolReport[];
  /** Today so far, in the same shape: what tomorrow's report will hold if nothing more happens. */
  today: SchoolReport | null;
  delivery: ReportDelivery;
}

export interface FailingSubscription {
  url: string;
  category: CategoryId;
  /** Short code: timeout, too_large, http_404, network, garbage, empty. */
  lastError: string;
  lastAttempt: number | null;
}

export interface AdminDiagnostics {
  extension: { id: string; version: string; installType: string | null };
  managedBy: string | null;
  noParent: boolean;
  diagnosis: PolicyDiagnosis;
  /** Subscriptions (from the policy or the parent) whose last download failed. */
  failingSubscriptions: FailingSubscription[];
  hardening: HardeningCheck[];
  reporting: SchoolReportState;
  checkedAt: number;
}
