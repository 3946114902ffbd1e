import { type DecimalInput, dec, padScale } from './decimal';
import { currencyExponent } from './currency';
import type { Money } from './money';
import { roundToScale } from './rounding';

export interface FormatDecimalOptions {
  /** Round half-up to exactly this many decimals. */
  scale?: number;
  /** Without `scale`: pad to at least this many decimals, keep any further ones. */
  minScale?: number;
  /** Group thousands with commas (default true). */
  grouping?: boolean;
}

/**
 * A decimal for people (messages, explanations, documents): "1,000.00", "0.0125".
 * Not for the wire; use toDecimalString there.
 */
export function formatDecimal(value: DecimalInput, options: FormatDecimalOptions = {}): string {
  const { scale, minScale = 0, grouping = true } = options;
  const d = scale === undefined ? dec(value) : roundToScale(value, scale);
  const plain = padScale(d.abs().toString(), scale ?? minScale);
  const [integer = '', fraction] = plain.split('.');
  const grouped = grouping ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : integer;
  const sign = d.isNegative() && !d.isZero() ? '-' : '';
  return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/**
 * Money for messages, rounded half-up to the currency: "1,000.00", "-3.50", "1,200" (JPY);
 * with `withCurrency`, "1,000.00 USD".
 */
export function formatMoney(money: Money, options: { withCurrency?: boolean } = {}): string {
  const text = formatDecimal(money.amount, { scale: currencyExponent(money.currencyCode) });
  return options.withCurrency ? `${text} ${money.currencyCode}` : text;
}

/**
 * A unit price for people, with the digits it has and at least the currency's: "7.50",
 * "0.0792", "26.24 USD". Unit prices carry their pricelist's precision (up to 4 decimals), so
 * they are never rounded to the currency for display: a printed line must add up.
 */
export function formatUnitPrice(
  amount: DecimalInput,
  currencyCode: string,
  options: { withCurrency?: boolean } = {},
): string {
  const text = formatDecimal(dec(amount).toString(), { minScale: currencyExponent(currencyCode) });
  return options.withCurrency ? `${text} ${currencyCode}` : text;
}
