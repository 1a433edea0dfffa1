/**
 * Why: a long silence between heartbeats means Hifazat was not running (switched off, removed, a profile without
 * it), and the parent is told. These check which silences count, how they are measured, and when the protection
 * check asks for attention.
 */
import { describe, expect, it } from 'vitest';
import {
  GAP_THRESHOLD_MS,
  gapMinutes,
  needsAttention,
  type ProtectionStatus,
} from '../../../lib/protection/selfCheck';

const MIN = 60_000;
const NOW = Date.UTC(2026, 0, 5, 10, 0, 0);

describe('gapMinutes', () => {
  it('reports no gap before the first heartbeat', () => {
    expect(gapMinutes(null, NOW)).toBeNull();
  });

  it('treats silences shorter than five minutes as ordinary', () => {
    expect(GAP_THRESHOLD_MS).toBe(5 * MIN);
    expect(gapMinutes(NOW - MIN, NOW)).toBeNull();
    expect(gapMinutes(NOW - (5 * MIN - 1), NOW)).toBeNull();
    expect(gapMinutes(NOW, NOW)).toBeNull();
  });

  it('reports a silence of five minutes or more in whole minutes', () => {
    expect(gapMinutes(NOW - 5 * MIN, NOW)).toBe(5);
    expect(gapMinutes(NOW - 90 * MIN - 20_000, NOW)).toBe(90);
    expect(gapMinutes(NOW - 90 * MIN - 40_000, NOW)).toBe(91);
    expect(gapMinutes(NOW - 3 * 24 * 60 * MIN, NOW)).toBe(3 * 24 * 60);
  });

  it('does not count a clock moved backwards as a gap', () => {
    expect(gapMinutes(NOW + 10 * MIN, NOW)).toBeNull();
    expect(gapMinutes(NOW + 24 * 60 * MIN, NOW)).toBeNull();
  });
});

describe('needsAttention', () => {
  const fine: ProtectionStatus = {
    incognitoAllowed: true,
    hostAccess: true,
    lastHeartbeat: NOW,
    rulesInForce: 3,
    checkedAt: NOW,
  };

  it('is quiet when private windows and all sites are covered', () => {
    expect(needsAttention(fine)).toBe(false);
  });

  it('asks for attention when Hifazat is not allowed in private windows', () => {
    expect(needsAttention({ ...fine, incognitoAllowed: false })).toBe(true);
  });

  it('does not ask for attention when the browser cannot say about private windows', () => {
    expect(needsAttention({ ...fine, incognitoAllowed: null })).toBe(false);
  });

  it('asks for attention when site access was narrowed', () => {
    expect(needsAttention({ ...fine, hostAccess: false })).toBe(true);
    expect(needsAttention({ ...fine, incognitoAllowed: null, hostAccess: false })).toBe(true);
  });
});
