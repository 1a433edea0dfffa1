/** Approvals end when they should, and requests stay bounded. */
import { describe, expect, it } from 'vitest';
import {
  activeApprovals,
  addRequest,
  approvalEnd,
  MAX_REQUESTS,
  nextExpiry,
} from '../../../lib/lists/approvals';
import type { AccessRequest } from '../../../lib/lists/approvals';

const now = Date.UTC(2026, 0, 5, 10, 0); // 15:00 in Karachi

describe('approvals', () => {
  it('ends 15 minutes or an hour later, at the next local midnight for today, never for always', () => {
    expect(approvalEnd('15m', now)).toBe(now + 15 * 60_000);
    expect(approvalEnd('1h', now)).toBe(now + 3_600_000);
    expect(approvalEnd('today', now, () => 300)).toBe(Date.UTC(2026, 0, 5, 19, 0)); // midnight PKT
    expect(approvalEnd('always', now)).toBeNull();
  });
  it('keeps only approvals still running, and finds the next expiry', () => {
    const approvals = [
      { domain: 'a.example', until: now - 1 },
      { domain: 'b.example', until: now + 60_000 },
      { domain: 'c.example', until: null },
    ];
    expect(activeApprovals(approvals, now).map((a) => a.domain)).toEqual(['b.example', 'c.example']);
    expect(nextExpiry(approvals, now)).toBe(now + 60_000);
  });
});

describe('access requests', () => {
  const req = (i: number, status: AccessRequest['status'] = 'pending'): AccessRequest => ({
    id: `r${i}`,
    domain: `site${i}.example`,
    category: 'gaming',
    at: now + i,
    status,
  });
  it('merges a repeated pending request for the same site', () => {
    const list = addRequest([req(1)], { ...req(2), domain: 'site1.example' });
    expect(list.map((r) => r.id)).toEqual(['r2']);
  });
  it('stays bounded, dropping old answered requests before pending ones', () => {
    let list: AccessRequest[] = [];
    for (let i = 0; i < MAX_REQUESTS; i++) list = addRequest(list, req(i, 'declined'));
    list = addRequest(list, req(1000));
    expect(list).toHaveLength(MAX_REQUESTS);
    expect(list.some((r) => r.id === 'r1000')).toBe(true);
  });
});
