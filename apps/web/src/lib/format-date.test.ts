import { describe, expect, it } from 'vitest';
import { ageText, formatDate, formatDateTime } from './format-date';

describe('dates for people', () => {
  it('formats calendar dates and instants in UTC, without shifting the day', () => {
    expect(formatDate('2026-11-27')).toBe('Nov 27, 2026');
    expect(formatDate('2026-11-27T23:30:00Z')).toBe('Nov 27, 2026');
    expect(formatDateTime('2026-11-27T09:00:00Z')).toBe('Nov 27, 2026, 9:00 AM');
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDate('soon')).toBe('soon');
  });

  it('says how long ago, against the server’s now', () => {
    const now = new Date('2026-11-27T09:00:00Z');
    expect(ageText('2026-11-27T08:30:00Z', now)).toBe('under an hour');
    expect(ageText('2026-11-27T04:00:00Z', now)).toBe('5 hours');
    expect(ageText('2026-11-26T08:00:00Z', now)).toBe('1 day');
    expect(ageText('2026-11-24T09:00:00Z', now)).toBe('3 days');
  });
});
