/**
 * The shape of what the background tells pages about itself (`state/get`), shared by dashboard, popup and block page.
 */
import type { RepairReport } from './policy/store';
import type { ResolvedPolicy } from './policy/resolve';
import type { ProtectionStatus } from './protection/selfCheck';
import type { Comparison } from './events/summarize';

export interface PinState {
  set: boolean;
  corrupt: boolean;
  retryAfterMs: number;
}

export interface AppState {
  resolved: ResolvedPolicy;
  status: ProtectionStatus;
  pin: PinState;
  /** Whether the token sent with the request is a live unlock. */
  unlocked: boolean;
  lastRepair: RepairReport | null;
}

/** Counts for the summary screens (parent and teen alike): categories and numbers only, with the previous period. */
export type SummaryReply = Comparison;

export interface AccessState {
  requests: import('./lists/approvals').AccessRequest[];
  reports: import('./lists/listItems').MiscategorizationReport[];
}

export interface ListsState {
  sources: import('./lists/listLibrary').SourceStatus[];
  recommended: readonly import('./lists/recommendedLists').RecommendedList[];
}
