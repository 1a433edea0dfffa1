/** Schedules: windows per weekday, across midnight, in the local time zone, and never lifted early by a clock moved back. */
import { describe, expect, it } from 'vitest';
import { activeWindowEnd, scheduleState } from '../../../lib/lists/schedules';

const PKT = () => 300; // Pakistan, UTC+5
const UTC = () => 0;
/** A local wall-clock time in UTC+5 as epoch ms. 2026-01-05 is a Monday. */
const pk = (day: number, hh: number, mm = 0) => Date.UTC(2026, 0, 5 + day, hh - 5, mm);

const bedtime = { category: 'social_media' as const, days: [1, 2, 3, 4, 5], start: '22:00', end: '06:00' };
const school = { category: 'gaming' as const, days: [1, 2, 3, 4, 5], start: '08:00', end: '14:00' };

describe('activeWindowEnd', () => {
  it('is active inside a same-day window and ends at its end', () => {
    expect(activeWindowEnd(school, pk(0, 9), PKT)).toBe(pk(0, 14));
    expect(activeWindowEnd(school, pk(0, 14), PKT)).toBeNull();
    expect(activeWindowEnd(school, pk(0, 7, 59), PKT)).toBeNull();
  });
  it('is inactive on a day the schedule does not name', () => {
    expect(activeWindowEnd(school, pk(5, 9), PKT)).toBeNull(); // Saturday
  });
  it('crosses midnight: Monday 23:00 and Tuesday 05:00 are in Monday night', () => {
    expect(activeWindowEnd(bedtime, pk(0, 23), PKT)).toBe(pk(1, 6));
    expect(activeWindowEnd(bedtime, pk(1, 5), PKT)).toBe(pk(1, 6));
    expect(activeWindowEnd(bedtime, pk(1, 12), PKT)).toBeNull();
  });
  it('uses the morning of a day after a listed evening only (Saturday morning after Friday night)', () => {
    expect(activeWindowEnd(bedtime, pk(5, 3), PKT)).toBe(pk(5, 6)); // Sat 03:00 after Fri 22:00
    expect(activeWindowEnd(bedtime, pk(0, 3), PKT)).toBeNull(); // Mon 03:00: Sunday night is not listed
  });
  it('follows the time zone: 09:00 in Karachi is 04:00 UTC', () => {
    const at = pk(0, 9);
    expect(activeWindowEnd(school, at, PKT)).not.toBeNull();
    expect(activeWindowEnd(school, at, UTC)).toBeNull();
  });
});

describe('scheduleState', () => {
  it('blocks a scheduled category only inside its window', () => {
    expect(scheduleState([school], pk(0, 9), {}, PKT).blocked).toEqual(['gaming']);
    expect(scheduleState([school], pk(0, 15), {}, PKT).blocked).toEqual([]);
  });
  it('keeps a block when the clock is moved back to before the window', () => {
    const inside = scheduleState([bedtime], pk(0, 23), {}, PKT);
    expect(inside.blocked).toEqual(['social_media']);
    const movedBack = scheduleState([bedtime], pk(0, 20), inside.holds, PKT);
    expect(movedBack.blocked).toEqual(['social_media']);
  });
  it('lifts the block when the window really ends', () => {
    const inside = scheduleState([bedtime], pk(0, 23), {}, PKT);
    expect(scheduleState([bedtime], pk(1, 6, 1), inside.holds, PKT).blocked).toEqual([]);
  });
  it('survives a restart: holds are plain data', () => {
    const inside = scheduleState([school], pk(0, 13, 59), {}, PKT);
    const restored = JSON.parse(JSON.stringify(inside.holds)) as typeof inside.holds;
    expect(scheduleState([school], pk(0, 10), restored, PKT).blocked).toEqual(['gaming']);
  });
  it('drops a hold that would last more than a week (a clock set far ahead and back)', () => {
    const farAhead = scheduleState([school], pk(60, 9), {}, PKT);
    expect(scheduleState([school], pk(0, 15), farAhead.holds, PKT).blocked).toEqual([]);
  });
});
