/**
 * Calendar dates as ISO 'YYYY-MM-DD' strings, computed in UTC so that no time zone or
 * daylight-saving change can move a date. Internally a date is a whole number of days since
 * 1970-01-01 (Date.UTC returns exact multiples of a day, so the arithmetic is exact).
 */

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${date}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: "${date}"`);
  }
  return ms / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when `date` is a real calendar date written as 'YYYY-MM-DD'. */
export function isCalendarDate(date: string): boolean {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
}

/** The date `days` calendar days after `date` (negative: before). `addDays('2026-03-01', 30)` is '2026-03-31'. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** The last day of the month of `date`: '2026-02-10' → '2026-02-28'. */
export function endOfMonth(date: IsoDate): IsoDate {
  const dayNumber = toDayNumber(date);
  const d = new Date(dayNumber * MS_PER_DAY);
  return fromDayNumber(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / MS_PER_DAY);
}

/** Whole days from `from` to `to`: positive when `to` is later. `daysBetween('2026-03-31', '2026-04-10')` is 10. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1 as `a` is before, the same as, or after `b`; usable with `Array.prototype.sort`. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = toDayNumber(a) - toDayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** True when `a` is the same day as `b` or earlier. */
export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) <= 0;
}
