const dateTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** "Nov 27, 2026, 9:00 AM" (UTC, like the server's clock). */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dateTime.format(new Date(value)) : '—';
}

/** "Nov 27, 2026" for a Date ("2026-11-27") or DateTime. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return date.format(new Date(value.length === 10 ? `${value}T00:00:00Z` : value));
}

/** "3 days", "5 hours": how long ago, against `now` (the server's clock). */
export function ageText(value: string, now: Date): string {
  const ms = now.getTime() - new Date(value).getTime();
  const hours = Math.max(0, Math.floor(ms / 3_600_000));
  if (hours < 1) return 'under an hour';
  if (hours < 24) return hours === 1 ? '1 hour' : `${hours} hours`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 day' : `${days} days`;
}
