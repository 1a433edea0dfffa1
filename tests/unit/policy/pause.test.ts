/**
 * Why: a pause is the one way to lift blocks without changing settings, so it must be exactly as wide and as long
 * as the parent chose: never safe search, never the school's rules, never the safe defaults, and never longer
 * because of a restart or a clock moved by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  PAUSE_NEVER_LIFTS,
  categoriesDuringPause,
  formatCountdown,
  pauseState,
  startPause,
} from '../../../lib/policy/pause';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 5, 16, 0, 0);

describe('pauseState', () => {
  it('is active for exactly the chosen minutes, then ends by itself', () => {
    const record = startPause(T0, 30);
    expect(pauseState(record, T0)).toEqual({
      active: true,
      startedAt: T0,
      until: T0 + 30 * MIN,
      minutes: 30,
      remainingMs: 30 * MIN,
    });
    expect(pauseState(record, T0 + 29 * MIN)).toMatchObject({ active: true, remainingMs: MIN });
    expect(pauseState(record, T0 + 30 * MIN)).toEqual({ active: false });
  });

  it('ends when the clock is moved back before the pause started', () => {
    expect(pauseState(startPause(T0, 15), T0 - 1)).toEqual({ active: false });
  });

  it('does not honour a record edited to last longer than a choice allows', () => {
    const record = startPause(T0, 15);
    expect(pauseState({ ...record, until: T0 + 600 * MIN }, T0 + MIN)).toEqual({ active: false });
    expect(pauseState({ ...record, minutes: 600, until: T0 + 600 * MIN }, T0 + MIN)).toEqual({
      active: false,
    });
    expect(pauseState('forever', T0)).toEqual({ active: false });
    expect(pauseState(null, T0)).toEqual({ active: false });
  });
});

describe('categoriesDuringPause', () => {
  it('lifts the parent’s and the age setting’s categories but keeps the safe defaults', () => {
    expect(
      categoriesDuringPause({
        inForce: ['adult', 'anonymizers', 'gambling', 'gaming', 'random_chat', 'social_media'],
        schoolBlocked: [],
        schoolScheduledNow: [],
      }),
    ).toEqual(['adult', 'anonymizers', 'gambling', 'random_chat']);
    expect([...PAUSE_NEVER_LIFTS].sort()).toEqual(['adult', 'anonymizers', 'gambling', 'random_chat']);
  });

  it('never lifts a category the school blocks or schedules', () => {
    expect(
      categoriesDuringPause({
        inForce: ['adult', 'gaming', 'social_media', 'dating'],
        schoolBlocked: ['dating'],
        schoolScheduledNow: ['social_media'],
      }),
    ).toEqual(['adult', 'social_media', 'dating']);
  });

  it('never adds a category that was not in force', () => {
    expect(
      categoriesDuringPause({ inForce: ['gaming'], schoolBlocked: ['dating'], schoolScheduledNow: [] }),
    ).toEqual([]);
  });
});

describe('formatCountdown', () => {
  it('reads as minutes and seconds, with hours when needed, never negative', () => {
    expect(formatCountdown(29 * MIN + 5_000)).toBe('29:05');
    expect(formatCountdown(2 * 60 * MIN)).toBe('2:00:00');
    expect(formatCountdown(61 * MIN + 1)).toBe('1:01:01');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});
