import { Money, allocate } from '../money';
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
