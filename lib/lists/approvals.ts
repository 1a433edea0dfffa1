/**
 * Access requests and approvals. A teen asks from the block page; a parent approves for 15 minutes, an hour, the
 * rest of today or always, or declines with a note the teen sees. A temporary approval becomes an allow rule until
 * it expires (by alarm, and checked again at every start), so it never outlives its time.
 */
import type { CategoryId } from './categories';
import type { TzOffset } from './schedules';
import { localOffset } from './schedules';

export type ApprovalDuration = '15m' | '1h' | 'today' | 'always';

export interface AccessRequest {
  id: string;
  /** The blocked site's registrable host, as the teen asked for it. */
  domain: string;
  category: CategoryId | 'custom';
  at: number;
  /** Optional words from the teen to the parent (at most 200 characters). */
  reason?: string;
  status: 'pending' | 'approved' | 'declined' | 'expired';
  decidedAt?: number;
  /** For approvals: when access ends (null = always). */
  until?: number | null;
  /** The parent's note, shown to the teen on the block page. */
  note?: string;
}

export interface Approval {
  domain: string;
  until: number | null;
}

export const MAX_REQUESTS = 100;

/** When an approval given at `now` ends; null for always. "Today" ends at the next local midnight. */
export function approvalEnd(
  duration: ApprovalDuration,
  now: number,
  tz: TzOffset = localOffset,
): number | null {
  switch (duration) {
    case '15m':
      return now + 15 * 60_000;
    case '1h':
      return now + 60 * 60_000;
    case 'today': {
      const offset = tz(now) * 60_000;
      const local = now + offset;
      return local - (local % 86_400_000) + 86_400_000 - offset;
    }
    case 'always':
      return null;
  }
}

/** Approvals still in force at `now`. */
export function activeApprovals(approvals: readonly Approval[], now: number): Approval[] {
  return approvals.filter((a) => a.until === null || a.until > now);
}

/** The earliest future expiry, for the alarm that lifts it. */
export function nextExpiry(approvals: readonly Approval[], now: number): number | null {
  const future = approvals.map((a) => a.until).filter((u): u is number => u !== null && u > now);
  return future.length > 0 ? Math.min(...future) : null;
}

/** Adds a request, dropping the oldest decided ones beyond the cap; a repeat for the same pending domain is merged. */
export function addRequest(requests: readonly AccessRequest[], request: AccessRequest): AccessRequest[] {
  const others = requests.filter((r) => !(r.status === 'pending' && r.domain === request.domain));
  const all = [request, ...others];
  if (all.length <= MAX_REQUESTS) return all;
  const pending = all.filter((r) => r.status === 'pending');
  const decided = all.filter((r) => r.status !== 'pending');
  return [...pending, ...decided].slice(0, MAX_REQUESTS);
}
