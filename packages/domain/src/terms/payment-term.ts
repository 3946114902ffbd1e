import { Decimal, DecimalInput, HUNDRED, ZERO, dec, decOrNull, formatDecimal } from '../money';
import { IsoDate, addDays, endOfMonth } from './calendar';
import { at } from '../internal/at';

/** One share of an invoice due at its own date. */
export interface PaymentTermInstallment {
  /** Share of the invoice total in percent; the last installment's share is the remainder. */
  readonly percent: DecimalInput;
  /** Days from the term's start (the invoice date, or the end of its month). */
  readonly days: number;
}

/**
 * When an invoice is due (the contract's PaymentTerm, plus end-of-month counting):
 * - Net N: due N days after the invoice date.
 * - N days end of month (`endOfMonth`): due N days after the last day of the invoice's month.
 * - Installments: shares of the total due at different days; the last takes the remainder.
 * - Early-payment discount (2/10 Net 30): 2 % off when paid within 10 days.
 */
export interface PaymentTerm {
  readonly netDays: number;
  readonly endOfMonth?: boolean;
  readonly earlyPaymentDiscountPercent?: DecimalInput | null;
  readonly earlyPaymentDiscountDays?: number | null;
  readonly installments?: readonly PaymentTermInstallment[];
}

/** The date the term's days count from: the invoice date, or the last day of its month. */
export function termStartDate(term: PaymentTerm, issuedOn: IsoDate): IsoDate {
  return term.endOfMonth ? endOfMonth(issuedOn) : issuedOn;
}

/** The (last) due date of an invoice issued on `issuedOn`: Net 30 from 2026-03-01 is 2026-03-31. */
export function dueDateOf(term: PaymentTerm, issuedOn: IsoDate): IsoDate {
  return addDays(termStartDate(term, issuedOn), term.netDays);
}

/** A term's usual name: "Net 30", "2/10 Net 30", "30 days end of month", "50% in 30 days, 50% in 60 days". */
export function describePaymentTerm(term: PaymentTerm): string {
  const discountPercent = decOrNull(term.earlyPaymentDiscountPercent);
  const discount =
    discountPercent !== null && discountPercent.gt(0) && term.earlyPaymentDiscountDays != null
      ? `${formatDecimal(discountPercent)}/${term.earlyPaymentDiscountDays} `
      : '';
  const eom = term.endOfMonth ? ' end of month' : '';
  const installments = term.installments ?? [];
  if (installments.length > 0) {
    const shares = installmentPercents(installments);
    return (
      discount +
      installments.map((inst, i) => `${formatDecimal(at(shares, i))}% in ${inst.days} days${eom}`).join(', ')
    );
  }
  return term.endOfMonth ? `${discount}${term.netDays} days end of month` : `${discount}Net ${term.netDays}`;
}

/** The installments' shares in percent, the last one being 100 minus the others. */
export function installmentPercents(installments: readonly PaymentTermInstallment[]): Decimal[] {
  const earlier = installments.slice(0, -1).map((i) => dec(i.percent));
  const rest = earlier.reduce((left, p) => left.minus(p), HUNDRED);
  return [...earlier, rest];
}

/**
 * What is wrong with a term, as messages for the staff editing it (empty when it is fine):
 * days are whole and not negative; the discount is between 0 and 100 % and ends by the due
 * date; installments have positive shares adding up to 100 %, come in date order and the last
 * falls on the net days.
 */
export function paymentTermProblems(term: PaymentTerm): string[] {
  const problems: string[] = [];
  const isDays = (n: number) => Number.isInteger(n) && n >= 0;
  if (!isDays(term.netDays)) problems.push('Net days must be a whole number of days, 0 or more.');
  const discountPercent = decOrNull(term.earlyPaymentDiscountPercent);
  const discountDays = term.earlyPaymentDiscountDays;
  if ((discountPercent === null) !== (discountDays == null)) {
    problems.push('An early-payment discount needs both a percent and a number of days.');
  } else if (discountPercent !== null && discountDays != null) {
    if (discountPercent.lte(0) || discountPercent.gte(HUNDRED))
      problems.push('The early-payment discount must be more than 0 % and less than 100 %.');
    if (!isDays(discountDays) || discountDays > term.netDays)
      problems.push('The early-payment discount must end on or before the due date.');
  }
  const installments = term.installments ?? [];
  if (installments.length > 0) {
    const percents = installments.map((i) => dec(i.percent));
    if (percents.some((p) => p.lte(0))) problems.push('Every installment needs a share above 0 %.');
    if (!percents.reduce((sum, p) => sum.plus(p), ZERO).eq(HUNDRED))
      problems.push('Installment shares must add up to 100 %.');
    if (
      installments.some(
        (inst, i) => !isDays(inst.days) || (i > 0 && inst.days < at(installments, i - 1).days),
      )
    ) {
      problems.push('Installments must come in date order, in whole days.');
    }
    if (installments.at(-1)?.days !== term.netDays)
      problems.push('The last installment must fall on the net days.');
  }
  return problems;
}
