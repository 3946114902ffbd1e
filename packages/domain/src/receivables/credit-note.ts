import {
  type Decimal,
  type DecimalInput,
  HUNDRED,
  Money,
  allocate,
  dec,
  formatDecimal,
  formatMoney,
} from '../money';
import { lineTotal } from '../pricing/line-total';
import { at } from '../internal/at';

/** An invoice line as a credit note sees it: its net amount and its tax. */
export interface CreditableLine {
  readonly net: Money;
  readonly tax: Money;
}

/** The part of a credit note that credits one invoice line. */
export interface LineCredit {
  /** Index of the invoice line. */
  readonly line: number;
  readonly net: Money;
  readonly tax: Money;
  /** Whether it credits the whole line (its quantity and unit price then carry over). */
  readonly whole: boolean;
}

/**
 * Spreads a credit of `amount` (tax included) over an invoice's lines in proportion to their
 * gross amounts, and each line's share into net and tax in proportion to the line's own net and
 * tax; the parts add up to the amount exactly (allocate). Lines with nothing to credit get no
 * part. An invoice without amounts cannot be spread over: an empty list.
 */
export function spreadCredit(lines: readonly CreditableLine[], amount: Money): LineCredit[] {
  const gross = lines.map((l) => l.net.add(l.tax));
  if (gross.every((g) => g.isZero())) return [];
  const shares = allocate(
    amount,
    gross.map((g) => g.amount),
  );
  const credits: LineCredit[] = [];
  shares.forEach((share, i) => {
    if (share.isZero()) return;
    const { net, tax } = at(lines, i);
    const parts = tax.isZero()
      ? [share, Money.zero(amount.currencyCode)]
      : allocate(share, [net.amount, tax.amount]);
    credits.push({ line: i, net: at(parts, 0), tax: at(parts, 1), whole: share.equals(at(gross, i)) });
  });
  return credits;
}

/** An invoice line as a credit by quantity sees it, with what earlier credit notes took from it. */
export interface LineForCredit {
  readonly quantity: DecimalInput;
  readonly unitPrice: DecimalInput;
  readonly net: Money;
  readonly tax: Money;
  /** The line's tax rate in percent. */
  readonly taxRatePercent: DecimalInput;
  /** Credited before by quantity (default none). */
  readonly creditedQuantity?: DecimalInput | null;
  /** Net and tax credited before on the line, by quantity or by amount (default none). */
  readonly creditedNet?: Money | null;
  readonly creditedTax?: Money | null;
}

/** The credit of a quantity of one invoice line, with its own tax. */
export interface QuantityCredit {
  readonly line: number;
  readonly quantity: Decimal;
  readonly net: Money;
  readonly tax: Money;
  /** Whether it credits the whole line at once. */
  readonly whole: boolean;
}

export type QuantityCreditResult =
  | { readonly ok: true; readonly credits: readonly QuantityCredit[] }
  | { readonly ok: false; readonly request: number; readonly message: string };

/**
 * Credits quantities of invoice lines, each at the line's unit price and tax rate: the net is
 * quantity × unit price rounded to the currency (the line's own total when the whole line is
 * credited), its tax the net × the line's rate; the last quantity left on a line takes what is
 * left of its tax, so a line credited in parts never credits more tax than it bore. Refused (with
 * the index of the request): an unknown line, a line asked twice, a quantity that is not above
 * zero or more than is left.
 */
export function creditQuantities(
  lines: readonly LineForCredit[],
  requests: readonly { readonly line: number; readonly quantity: DecimalInput }[],
): QuantityCreditResult {
  const seen = new Set<number>();
  const credits: QuantityCredit[] = [];
  for (const [index, request] of requests.entries()) {
    const line = lines[request.line];
    if (!line || seen.has(request.line))
      return {
        ok: false,
        request: index,
        message: line ? 'Each line is credited once per credit note.' : 'No such line on the invoice.',
      };
    seen.add(request.line);
    const quantity = dec(request.quantity);
    const currency = line.net.currencyCode;
    const zero = Money.zero(currency);
    const left = dec(line.quantity).sub(dec(line.creditedQuantity ?? '0'));
    if (quantity.lte(0))
      return { ok: false, request: index, message: 'The quantity to credit must be above zero.' };
    if (quantity.gt(left))
      return {
        ok: false,
        request: index,
        message: `At most ${formatDecimal(left)} of this line ${left.eq(1) ? 'is' : 'are'} left to credit.`,
      };
    const netLeft = line.net.subtract(line.creditedNet ?? zero);
    const taxLeft = line.tax.subtract(line.creditedTax ?? zero);
    const last = quantity.eq(left);
    // Each printed line multiplies out (quantity × unit price), except where rounding the parts
    // would together credit a cent more than the line: then what is left of it.
    const net = least(lineTotal(line.unitPrice, quantity, currency), netLeft);
    const tax = last ? taxLeft : least(net.multiply(dec(line.taxRatePercent).div(HUNDRED)).round(), taxLeft);
    credits.push({ line: request.line, quantity, net, tax, whole: quantity.eq(line.quantity) });
  }
  return { ok: true, credits };
}

function least(a: Money, b: Money): Money {
  return a.compare(b) <= 0 ? a : b;
}

/**
 * An amount credited at one tax rate: `amount` is tax included (split into net and tax so they
 * add up to it) or, with `taxIncluded` false, the net (tax added). A rate of zero: no tax.
 */
export function creditAtRate(
  amount: Money,
  ratePercent: DecimalInput,
  taxIncluded: boolean,
): { readonly net: Money; readonly tax: Money } {
  const rate = dec(ratePercent).div(HUNDRED);
  if (!taxIncluded) return { net: amount, tax: amount.multiply(rate).round() };
  const net = Money.of(amount.amount.div(rate.add(1)), amount.currencyCode).round();
  return { net, tax: amount.subtract(net) };
}

/**
 * How much of a credit note's open credit to apply to an invoice: `requested`, or (none asked)
 * as much as both allow; refused when nothing can be applied or more than is open or due.
 */
export function creditToApply(
  openCredit: Money,
  invoiceDue: Money,
  requested?: Money | null,
): { readonly ok: true; readonly amount: Money } | { readonly ok: false; readonly message: string } {
  if (openCredit.isZero() || openCredit.isNegative())
    return { ok: false, message: 'Nothing is left of this credit note to apply.' };
  if (invoiceDue.isZero() || invoiceDue.isNegative())
    return { ok: false, message: 'Nothing is due on this invoice.' };
  if (!requested) return { ok: true, amount: openCredit.compare(invoiceDue) < 0 ? openCredit : invoiceDue };
  if (requested.isZero() || requested.isNegative())
    return { ok: false, message: 'The amount to apply must be above zero.' };
  if (requested.compare(openCredit) > 0)
    return {
      ok: false,
      message: `At most ${formatMoney(openCredit, { withCurrency: true })} of credit is open.`,
    };
  if (requested.compare(invoiceDue) > 0)
    return {
      ok: false,
      message: `At most ${formatMoney(invoiceDue, { withCurrency: true })} is due on the invoice.`,
    };
  return { ok: true, amount: requested };
}

/**
 * How much of a credit note's open credit to refund to the customer through a card payment:
 * `requested`, or (none asked) as much as both allow; never more than the credit note has open
 * nor more than is left refundable of the payment (its amount less what was refunded of it).
 */
export function refundToIssue(
  openCredit: Money,
  refundable: Money,
  requested?: Money | null,
): { readonly ok: true; readonly amount: Money } | { readonly ok: false; readonly message: string } {
  if (openCredit.isZero() || openCredit.isNegative())
    return { ok: false, message: 'Nothing is left of this credit note to refund.' };
  if (refundable.isZero() || refundable.isNegative())
    return { ok: false, message: 'This payment has been refunded in full.' };
  if (!requested) return { ok: true, amount: openCredit.compare(refundable) < 0 ? openCredit : refundable };
  if (requested.isZero() || requested.isNegative())
    return { ok: false, message: 'The amount to refund must be above zero.' };
  if (requested.compare(openCredit) > 0)
    return {
      ok: false,
      message: `At most ${formatMoney(openCredit, { withCurrency: true })} of credit is open.`,
    };
  if (requested.compare(refundable) > 0)
    return {
      ok: false,
      message: `At most ${formatMoney(refundable, { withCurrency: true })} is left to refund of this payment.`,
    };
  return { ok: true, amount: requested };
}
