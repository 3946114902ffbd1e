import { addDays, compareDates, type IsoDate } from '../terms/calendar';
import { Money } from '../money';

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

/** A due date of an invoice with what is still open of what falls due then. */
export interface OpenDuePortion {
  readonly dueOn: IsoDate;
  readonly open: Money;
  /** Whether it is one installment of several (else the invoice's single due date). */
  readonly installment: boolean;
}

/**
 * What is still open of an invoice per due date. Without installments, one portion: the amount
 * due at the invoice's due date. With installments, what has been paid settles them in due-date
 * order (the oldest first, as a customer expects), and each installment keeps what is left of it;
 * settled ones are left out.
 */
export function openDuePortions(invoice: {
  dueOn: IsoDate;
  total: Money;
  amountPaid: Money;
  installments: readonly { dueOn: IsoDate; amount: Money }[];
}): OpenDuePortion[] {
  const currency = invoice.total.currencyCode;
  if (invoice.installments.length === 0) {
    const open = invoice.total.subtract(invoice.amountPaid);
    return isPositive(open) ? [{ dueOn: invoice.dueOn, open, installment: false }] : [];
  }
  let paid = invoice.amountPaid;
  const portions: OpenDuePortion[] = [];
  for (const { dueOn, amount } of [...invoice.installments].sort((a, b) => compareDates(a.dueOn, b.dueOn))) {
    const settled = paid.compare(amount) >= 0 ? amount : isPositive(paid) ? paid : Money.zero(currency);
    paid = paid.subtract(settled);
    const open = amount.subtract(settled);
    if (isPositive(open)) portions.push({ dueOn, open, installment: true });
  }
  return portions;
}

function isPositive(money: Money): boolean {
  return !money.isZero() && !money.isNegative();
}

/** A reminder owed today: which portion of the invoice, at which step. */
export interface ReminderOwed {
  readonly portion: OpenDuePortion;
  readonly step: InvoiceReminderStep;
  /**
   * The reminder's stable name within the invoice: the step (e.g. "overdue-7") for the invoice's
   * own due date, the installment's date and the step (e.g. "2026-12-10:due-3") for an earlier
   * installment.
   */
  readonly key: string;
}

/**
 * The reminders an open invoice is owed today: one per open portion whose reminder day has come
 * (reminderStepOn of its due date). An installment paid in full is owed none.
 */
export function remindersOwed(
  invoice: Parameters<typeof openDuePortions>[0],
  today: IsoDate,
  schedule: ReminderSchedule,
): ReminderOwed[] {
  const owed: ReminderOwed[] = [];
  for (const portion of openDuePortions(invoice)) {
    const step = reminderStepOn(portion.dueOn, today, schedule);
    if (!step) continue;
    const key =
      portion.dueOn === invoice.dueOn ? reminderStepKey(step) : `${portion.dueOn}:${reminderStepKey(step)}`;
    owed.push({ portion, step, key });
  }
  return owed;
}
