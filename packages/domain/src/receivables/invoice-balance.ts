import { Money } from '../money';
import { type IsoDate, isOnOrBefore } from '../terms/calendar';

/** An invoice's stored status (OVERDUE is never stored: see `invoiceStatusOn`). */
export type StoredInvoiceStatus = 'DRAFT' | 'OPEN' | 'PAID' | 'CANCELLED';
/** The status shown to people: OVERDUE is an OPEN invoice past its due date. */
export type InvoiceStatus = StoredInvoiceStatus | 'OVERDUE';

/** The figures of an invoice or credit note that its balance follows from. */
export interface InvoiceFigures {
  readonly status: StoredInvoiceStatus;
  readonly total: Money;
  /** Everything that settled it so far: payments, discounts taken, credit applied. */
  readonly amountPaid: Money;
  readonly dueOn?: IsoDate | null;
}

/**
 * When an invoice counts as OVERDUE: stored OPEN with a due date strictly before today. The SQL
 * of invoice lists filters with this same rule (status = `OVERDUE_RULE.storedStatus` AND dueOn <
 * today), so a list and a single invoice always agree.
 */
export const OVERDUE_RULE = { storedStatus: 'OPEN', dueBeforeToday: true } as const;

/** What is still to pay on an invoice (or still to use of a credit note): total − paid, never below zero. */
export function amountDue(invoice: Pick<InvoiceFigures, 'total' | 'amountPaid'>): Money {
  const due = invoice.total.subtract(invoice.amountPaid);
  return due.isNegative() ? Money.zero(invoice.total.currencyCode) : due;
}

/** The status on `today`: OVERDUE when OPEN and past the due date, else the stored one. */
export function invoiceStatusOn(
  invoice: Pick<InvoiceFigures, 'status' | 'dueOn'>,
  today: IsoDate,
): InvoiceStatus {
  if (
    invoice.status === OVERDUE_RULE.storedStatus &&
    invoice.dueOn != null &&
    !isOnOrBefore(today, invoice.dueOn)
  )
    return 'OVERDUE';
  return invoice.status;
}

/** The outcome of settling `amount` on an invoice: what it has paid then, and its stored status. */
export interface Settlement {
  readonly amountPaid: Money;
  readonly status: StoredInvoiceStatus;
}

/**
 * Settles `amount` (a payment, a discount taken, credit applied) on an OPEN invoice: PAID once
 * nothing is left due. Null when the amount is more than is due (the caller refuses it).
 */
export function settle(invoice: InvoiceFigures, amount: Money): Settlement | null {
  if (amount.compare(amountDue(invoice)) > 0) return null;
  const paid = invoice.amountPaid.add(amount);
  return { amountPaid: paid, status: paid.compare(invoice.total) >= 0 ? 'PAID' : invoice.status };
}

/** What may still be credited on an invoice: its total less the credit notes already issued against it. */
export function creditableAmount(total: Money, earlierCreditNotes: readonly Money[]): Money {
  const credited = earlierCreditNotes.reduce((sum, note) => sum.add(note), Money.zero(total.currencyCode));
  return total.subtract(credited);
}

/**
 * Whether anything is left to pay on an order's issued invoices now (none issued: nothing to pay
 * yet). An invoice whose announced bank transfer is pending counts as being paid.
 */
export function hasAmountDue(
  invoices: readonly (Pick<InvoiceFigures, 'status' | 'total' | 'amountPaid'> & {
    readonly pendingPayment?: boolean;
  })[],
): boolean {
  return invoices.some((i) => i.status === 'OPEN' && !i.pendingPayment && amountDue(i).amount.gt(0));
}

/** What says whether an invoice can be paid now. */
export interface PayableInvoice extends Pick<InvoiceFigures, 'status' | 'total' | 'amountPaid'> {
  readonly kind: 'INVOICE' | 'CREDIT_NOTE';
  readonly number: string;
  /** Whether a bank transfer the customer announced (PENDING) is waiting for the money. */
  readonly pendingPayment?: boolean;
}

/**
 * Why an invoice cannot be paid now, or null when it can: credit notes, drafts, paid and cancelled
 * invoices are not paid; an invoice with nothing due neither; an announced bank transfer blocks a
 * second payment until accounting records the money or cancels it.
 */
export function payRefusal(invoice: PayableInvoice): string | null {
  if (invoice.kind !== 'INVOICE') return `${invoice.number} is a credit note; credit notes are not paid.`;
  if (invoice.status === 'PAID') return `${invoice.number} is paid already.`;
  if (invoice.status === 'CANCELLED') return `${invoice.number} is cancelled.`;
  if (invoice.status === 'DRAFT') return 'A draft invoice is not due yet.';
  if (!amountDue(invoice).amount.gt(0)) return `Nothing is due on ${invoice.number}.`;
  if (invoice.pendingPayment)
    return `A bank transfer for ${invoice.number} is on its way; it can be paid again once accounting has recorded or cancelled it.`;
  return null;
}
