import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, endOfMonth, isCalendarDate, isOnOrBefore } from './calendar';

describe('calendar dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-03-01', 30)).toBe('2026-03-31');
    expect(addDays('2026-03-01', 10)).toBe('2026-03-11');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('does not drift over daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('finds the end of the month', () => {
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(endOfMonth('2028-02-01')).toBe('2028-02-29');
    expect(endOfMonth('2026-12-31')).toBe('2026-12-31');
  });

  it('counts and compares days', () => {
    expect(daysBetween('2026-03-31', '2026-04-10')).toBe(10);
    expect(daysBetween('2026-04-10', '2026-03-31')).toBe(-10);
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2026-01-03', '2026-01-02')).toBe(1);
    expect(isOnOrBefore('2026-03-11', '2026-03-11')).toBe(true);
    expect(isOnOrBefore('2026-03-12', '2026-03-11')).toBe(false);
  });

  it('refuses what is not an ISO calendar date', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-3-1')).toBe(false);
    expect(isCalendarDate('2026-03-01T00:00:00Z')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
  });

  it('keeps addDays and daysBetween inverse', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: -5_000, max: 5_000 }),
        (offset, days) => {
          const start = addDays('1990-01-01', offset);
          expect(daysBetween(start, addDays(start, days))).toBe(days);
        },
      ),
    );
  });
});
