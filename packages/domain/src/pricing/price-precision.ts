import { currencyExponent, roundToScale, type Decimal, type DecimalInput } from '../money';
import { UNIT_PRICE_SCALE } from '../money/display';
import { explanationShowsListPrice } from './explanation';
import type { PricelistRule } from './pricelist';

/**
 * Decimals of a unit price (Odoo's "Product Price" accuracy): per-each B2B prices need 4
 * ("0.0125 per ea"), a pricelist may print 2. Unit prices are rounded to it once, when a line is
 * priced; the line total is then quantity × that printed unit price, so every document adds up.
 */
export const DEFAULT_PRICE_PRECISION = UNIT_PRICE_SCALE;

/** Why a pricelist's price precision is not allowed in its currency, or null. */
export function pricePrecisionProblem(precision: number, currencyCode: string): string | null {
  const least = currencyExponent(currencyCode);
  if (Number.isInteger(precision) && precision >= least && precision <= UNIT_PRICE_SCALE) return null;
  return `Unit prices in ${currencyCode} have ${least === UNIT_PRICE_SCALE ? least : `${least} to ${UNIT_PRICE_SCALE}`} decimals.`;
}

/** A unit price as a line carries it: rounded half-up to the pricelist's precision. */
export function lineUnitPrice(unitPrice: DecimalInput, precision: number = DEFAULT_PRICE_PRECISION): Decimal {
  return roundToScale(unitPrice, precision, 'half-up');
}

/**
 * Why a pricelist that hides catalog prices still gives them away, or null: a percentage off the
 * list price (or a formula over it) lets a buyer who sees two or three break prices work the list
 * price out. Not a refusal: the seller may accept it, but is told.
 */
export function listPriceDisclosureWarning(pricelist: {
  readonly showsCatalogPrices?: boolean;
  readonly rules: readonly Pick<PricelistRule, 'computation' | 'base'>[];
}): string | null {
  if (pricelist.showsCatalogPrices) return null;
  const revealing = pricelist.rules.filter((rule) =>
    explanationShowsListPrice({ computation: rule.computation, base: rule.base ?? null }),
  ).length;
  if (revealing === 0) return null;
  return `This pricelist hides catalog prices, but ${revealing} of its rules ${revealing === 1 ? 'computes' : 'compute'} prices as a percentage of the list price: buyers comparing prices (volume breaks, two products) can work the list price out. Use fixed prices, or show catalog prices.`;
}
