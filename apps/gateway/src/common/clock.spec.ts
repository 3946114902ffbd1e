import { describe, expect, it } from 'vitest';
import { FixedClock, SystemClock, assertTimeZone } from './clock';

describe('the seller clock', () => {
  it("dates an instant in the seller's time zone, not in UTC", () => {
    const lateEvening = '2026-11-27T23:30:00Z';
    expect(new FixedClock(lateEvening).today()).toBe('2026-11-27');
    expect(new FixedClock(lateEvening, 'Asia/Tokyo').today()).toBe('2026-11-28');
    expect(new FixedClock('2026-11-28T03:00:00Z', 'America/Chicago').today()).toBe('2026-11-27');
    expect(new SystemClock('America/Chicago').dateOf(new Date('2026-07-01T04:59:59Z'))).toBe('2026-06-30');
  });

  it('refuses an unknown time zone with a clear message', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(/Unknown time zone "Mars\/Olympus"/);
    expect(() => new FixedClock('2026-11-27T09:00:00Z', 'Nowhere')).toThrow(/Unknown time zone/);
  });

  it('puts a moved clock back after `during`, also when the work fails', async () => {
    const clock = new FixedClock('2026-11-27T09:00:00Z');
    await expect(
      clock.during('2027-01-15T09:00:00Z', async () => {
        expect(clock.today()).toBe('2027-01-15');
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(clock.now().toISOString()).toBe('2026-11-27T09:00:00.000Z');
    expect(await clock.during('2026-12-01T00:00:00Z', async () => clock.today())).toBe('2026-12-01');
    expect(clock.today()).toBe('2026-11-27');
  });

  it('refuses to be set to something that is not a date-time', () => {
    const clock = new FixedClock('2026-11-27T09:00:00Z');
    expect(() => clock.set('soon')).toThrow(/Not a date-time/);
    expect(clock.today()).toBe('2026-11-27');
  });
});
