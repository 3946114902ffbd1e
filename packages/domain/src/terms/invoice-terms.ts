import { Decimal, HUNDRED, Money, decOrNull, sumMoney } from '../money';
import { IsoDate, addDays, isOnOrBefore } from './calendar';
import { PaymentTerm, dueDateOf, installmentPercents, termStartDate } from './payment-term';
import { at } from '../internal/at';

/** One due date of an invoice and what is due then (the contract's InvoiceInstallment). */
export interface InvoiceInstallment {
  readonly dueOn: IsoDate;
  readonly amount: Money;
}

/** The contract's EarlyPaymentDiscount. */
export interface EarlyPaymentDiscount {
  readonly percent: Decimal;
  /** Pay on or before this date to take the discount. */
  readonly deadline: IsoDate;
  readonly amount: Money;
  readonly amountToPay: Money;
}

/** What the terms need to know about an invoice. */
export interface InvoiceForTerms {
  readonly issuedOn: IsoDate;
  /** The invoice total, rounded to the currency. */
  readonly total: Money;
  readonly term: PaymentTerm;
  /** Already paid or credited; default zero. */
  readonly amountPaid?: Money;
}

/**
 * The installments of an invoice; empty for a term with a single due date. Each earlier
 * installment is its share of the total rounded half-up to the currency; the last takes the
 * remainder, so the installments always add up to the total exactly, to the cent.
 */
export function installmentSchedule(
  term: PaymentTerm,
  issuedOn: IsoDate,
  total: Money,
): InvoiceInstallment[] {
  const installments = term.installments ?? [];
  if (installments.length === 0) return [];
  const start = termStartDate(term, issuedOn);
  const percents = installmentPercents(installments);
  const earlier = percents.slice(0, -1).map((p) => total.multiply(p.div(HUNDRED)).round());
  const last = total.subtract(sumMoney(earlier, total.currencyCode));
  return [...earlier, last].map((amount, i) => ({ dueOn: addDays(start, at(installments, i).days), amount }));
}

/**
 * The early-payment discount an invoice offers, whatever the date: 2/10 Net 30 on 1,000.00
 * issued 2026-03-01 is 20.00 off, paying 980.00 by 2026-03-11. The discount is the percent of
 * the invoice total, rounded half-up; amountToPay deducts it and anything already paid (never
 * below zero). Null when the term has no discount.
 */
export function earlyPaymentDiscountOffer(invoice: InvoiceForTerms): EarlyPaymentDiscount | null {
  const { term } = invoice;
  const percent = decOrNull(term.earlyPaymentDiscountPercent);
  if (percent === null || percent.lte(0) || term.earlyPaymentDiscountDays == null) return null;
  const amount = invoice.total.multiply(percent.div(HUNDRED)).round();
  const paid = invoice.amountPaid ?? Money.zero(invoice.total.currencyCode);
  const toPay = invoice.total.subtract(amount).subtract(paid);
  return {
    percent,
    deadline: addDays(termStartDate(term, invoice.issuedOn), term.earlyPaymentDiscountDays),
    amount,
    amountToPay: toPay.isNegative() ? Money.zero(toPay.currencyCode) : toPay,
  };
}

/** The discount a payment made on `paymentDate` may take: the offer when paid on or before its deadline, else null. */
export function earlyPaymentDiscountFor(
  invoice: InvoiceForTerms,
  paymentDate: IsoDate,
): EarlyPaymentDiscount | null {
  const offer = earlyPaymentDiscountOffer(invoice);
  return offer !== null && isOnOrBefore(paymentDate, offer.deadline) ? offer : null;
}

/** Everything the terms say about one invoice: its due date, installments and discount offer. */
export interface InvoiceTerms {
  readonly dueOn: IsoDate;
  readonly installments: readonly InvoiceInstallment[];
  readonly earlyPaymentDiscount: EarlyPaymentDiscount | null;
}

/** Due date, installments and early-payment discount of an invoice under its payment term. */
export function invoiceTerms(invoice: InvoiceForTerms): InvoiceTerms {
  return {
    dueOn: dueDateOf(invoice.term, invoice.issuedOn),
    installments: installmentSchedule(invoice.term, invoice.issuedOn, invoice.total),
    earlyPaymentDiscount: earlyPaymentDiscountOffer(invoice),
  };
}

/** What a payment of everything due gives an invoice: the money to pay and the discount taken. */
export interface DueSettlement {
  readonly pay: Money;
  readonly discount: Money;
}

/**
 * Paying everything due on an invoice, with the early-payment discount on offer (or null): the
 * discount covers what is due beyond the offer's amount to pay.
 */
export function settleDue(amountDue: Money, offer: EarlyPaymentDiscount | null): DueSettlement {
  if (!offer) return { pay: amountDue, discount: Money.zero(amountDue.currencyCode) };
  return { pay: offer.amountToPay, discount: amountDue.subtract(offer.amountToPay) };
}
