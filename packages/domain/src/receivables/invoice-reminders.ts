import { addDays, compareDates, type IsoDate } from '../terms/calendar';

/** A reminder of an invoice: `days` before its due date (DUE) or after it (OVERDUE). */
export interface InvoiceReminderStep {
  readonly kind: 'DUE' | 'OVERDUE';
  readonly days: number;
}

/** The days of the reminders: before the due date, and after it. */
export interface ReminderSchedule {
  readonly daysBeforeDue: readonly number[];
  readonly overdueDays: readonly number[];
}

/** The step's stable name, e.g. "due-3" or "overdue-7" (part of the key that sends it once). */
export function reminderStepKey(step: InvoiceReminderStep): string {
  return `${step.kind === 'DUE' ? 'due' : 'overdue'}-${step.days}`;
}

/**
 * The reminder an open invoice due on `dueOn` is owed `today`: the latest step whose day has
 * come, while it is still the latest (a reminder "due in 3 days" is not sent once the invoice is
 * overdue, and a missed run catches up with the current step only). DUE steps fall `days` before
 * the due date and last until it; OVERDUE steps fall `days` after it. Null before the first step
 * and when there are no steps.
 */
export function reminderStepOn(
  dueOn: IsoDate,
  today: IsoDate,
  schedule: ReminderSchedule,
): InvoiceReminderStep | null {
  const steps: { step: InvoiceReminderStep; on: IsoDate }[] = [
    ...schedule.daysBeforeDue.map((days) => ({
      step: { kind: 'DUE' as const, days },
      on: addDays(dueOn, -days),
    })),
    ...schedule.overdueDays.map((days) => ({
      step: { kind: 'OVERDUE' as const, days },
      on: addDays(dueOn, days),
    })),
  ].sort((a, b) => compareDates(a.on, b.on));
  let current: InvoiceReminderStep | null = null;
  for (const { step, on } of steps) if (compareDates(on, today) <= 0) current = step;
  return current;
}
