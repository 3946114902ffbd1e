import { type DecimalInput, Money } from '../money';

/**
 * A line's total: unit price × quantity (both in the same unit, or both in base units),
 * rounded half-up to the currency. The unit price is the one the line carries (rounded to its
 * pricelist's precision by `lineUnitPrice`), so the printed line adds up.
 */
export function lineTotal(unitPrice: DecimalInput, quantity: DecimalInput, currencyCode: string): Money {
  return Money.of(unitPrice, currencyCode).multiply(quantity).round('half-up');
}
