import { Money, sumMoney } from '../money';
import { IsoDate, compareDates } from '../terms/calendar';

/**
 * The contract's StatementEntryKind: an invoice or a refund of credit paid back to the customer
 * (debits), a credit note, a payment, or an early-payment discount granted with a payment (credits).
 */
export type StatementEntryKind = 'INVOICE' | 'CREDIT_NOTE' | 'PAYMENT' | 'DISCOUNT' | 'REFUND';

/** Whether an entry adds to what the customer owes: invoices and refunds do. */
export function isDebitKind(kind: StatementEntryKind): boolean {
  return kind === 'INVOICE' || kind === 'REFUND';
}

/** A document on the customer's account. */
export interface LedgerEntry {
  readonly date: IsoDate;
  readonly kind: StatementEntryKind;
  readonly reference: string;
  /** Positive, in the statement's currency. */
  readonly amount: Money;
  /** The documents it settled or was applied to (a payment's invoices, a credit note's); default none. */
  readonly settles?: readonly string[];
  /** On a consolidated statement (a parent and its subsidiaries): the company the entry is of. */
  readonly party?: string;
}

/** The contract's StatementEntry. */
export interface StatementLine {
  readonly date: IsoDate;
  readonly kind: StatementEntryKind;
  readonly reference: string;
  /** The documents it settled or was applied to. */
  readonly settles: readonly string[];
  /** On a consolidated statement: the company the entry is of; null otherwise. */
  readonly party: string | null;
  readonly debit: Money | null;
  readonly credit: Money | null;
  /** The balance after this line. */
  readonly balance: Money;
}

export interface AccountStatementFigures {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly openingBalance: Money;
  readonly entries: readonly StatementLine[];
  readonly totalDebits: Money;
  readonly totalCredits: Money;
  /** Always openingBalance + totalDebits - totalCredits. */
  readonly closingBalance: Money;
}

const KIND_ORDER: Readonly<Record<StatementEntryKind, number>> = {
  INVOICE: 0,
  CREDIT_NOTE: 1,
  PAYMENT: 2,
  DISCOUNT: 3,
  REFUND: 4,
};
const references = new Intl.Collator('en', { numeric: true });

/**
 * Statement order: by date; on the same day invoices first, then credit notes, then payments,
 * then discounts (so a same-day payment follows the invoice it pays), then refunds (after the
 * credit note they pay out), then by reference in natural order
 * (INV-9 before INV-10); entries equal in all of these keep their input order.
 */
export function compareLedgerEntries(a: LedgerEntry, b: LedgerEntry): number {
  return (
    compareDates(a.date, b.date) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    references.compare(a.reference, b.reference)
  );
}

/** An entry's effect on the balance the customer owes: invoices and refunds add, credit notes, payments and discounts subtract. */
export function signedAmount(entry: LedgerEntry): Money {
  if (entry.amount.isNegative())
    throw new RangeError(`${entry.reference} has a negative amount: ${entry.amount.toString()}`);
  return isDebitKind(entry.kind) ? entry.amount : entry.amount.negate();
}

/**
 * A customer's account statement from `from` to `to` (both inclusive). The opening balance is
 * what `openingEntries` (everything before `from`) add up to; entries of `entries` dated before
 * `from` count in the opening balance too, and entries after `to` are left out. The lines come
 * in statement order (see compareLedgerEntries) with the running balance after each.
 */
export function statement(
  openingEntries: readonly LedgerEntry[],
  entries: readonly LedgerEntry[],
  from: IsoDate,
  to: IsoDate,
  currencyCode: string,
): AccountStatementFigures {
  if (compareDates(from, to) > 0)
    throw new RangeError(`A statement's period must not end (${to}) before it starts (${from})`);
  const early = entries.filter((e) => compareDates(e.date, from) < 0);
  const inPeriod = entries
    .filter((e) => compareDates(e.date, from) >= 0 && compareDates(e.date, to) <= 0)
    .sort(compareLedgerEntries);
  const openingBalance = sumMoney([...openingEntries, ...early].map(signedAmount), currencyCode);

  let balance = openingBalance;
  const lines: StatementLine[] = inPeriod.map((entry) => {
    balance = balance.add(signedAmount(entry));
    const isDebit = isDebitKind(entry.kind);
    return {
      date: entry.date,
      kind: entry.kind,
      reference: entry.reference,
      settles: entry.settles ?? [],
      party: entry.party ?? null,
      debit: isDebit ? entry.amount : null,
      credit: isDebit ? null : entry.amount,
      balance,
    };
  });
  return {
    from,
    to,
    openingBalance,
    entries: lines,
    totalDebits: sumMoney(
      lines.flatMap((l) => (l.debit ? [l.debit] : [])),
      currencyCode,
    ),
    totalCredits: sumMoney(
      lines.flatMap((l) => (l.credit ? [l.credit] : [])),
      currencyCode,
    ),
    closingBalance: balance,
  };
}
