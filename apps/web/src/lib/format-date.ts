/*
 * Dates as people read them: "Nov 27, 2026", "Nov 27, 2026, 9:00 AM". Always in UTC, like the
 * server's clock, so a calendar date never shifts a day. These format dates the server sent;
 * what "today" or "now" is comes from useServerClock(), never from the browser.
 */

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** A Date ("2026-11-27") or DateTime from the API as an instant; null when it is not a date. */
function instantOf(value: string): Date | null {
  const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** "2026-11-27" (or a DateTime) → "Nov 27, 2026"; "—" for none; unreadable text as it came. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const instant = instantOf(value);
  return instant ? DATE.format(instant) : value;
}

/** "2026-11-27T09:00:00Z" → "Nov 27, 2026, 9:00 AM"; "—" for none. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const instant = instantOf(value);
  return instant ? DATE_TIME.format(instant) : value;
}

/** "3 days", "5 hours": how long before `now` (the server's clock) `value` was. */
export function ageText(value: string, now: Date): string {
  const ms = now.getTime() - (instantOf(value)?.getTime() ?? now.getTime());
  const hours = Math.max(0, Math.floor(ms / 3_600_000));
  if (hours < 1) return 'under an hour';
  if (hours < 24) return hours === 1 ? '1 hour' : `${hours} hours`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 day' : `${days} days`;
}
