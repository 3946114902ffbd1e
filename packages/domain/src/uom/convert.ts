import { type Decimal, type DecimalInput, dec, roundToStep } from '../money';
import type { UnitOfMeasure } from './unit-of-measure';

/** A conversion between units of different categories (volume to weight, say). */
export class UomCategoryMismatchError extends Error {
  readonly code = 'UOM_CATEGORY_MISMATCH';
  constructor(
    readonly from: UnitOfMeasure,
    readonly to: UnitOfMeasure,
  ) {
    super(`Cannot convert ${from.symbol} (${from.category}) to ${to.symbol} (${to.category})`);
    this.name = 'UomCategoryMismatchError';
  }
}

/**
 * How a converted quantity meets the target unit's rounding step: 'up' (default: never
 * under-deliver), 'half-up', or 'none' (exact).
 */
export type QuantityRounding = 'up' | 'half-up' | 'none';

/** True when the two units share a category. */
export function canConvert(from: UnitOfMeasure, to: UnitOfMeasure): boolean {
  return from.category === to.category;
}

/**
 * Converts a quantity from one unit to another of the same category, then rounds to a
 * multiple of the target unit's rounding step (up by default). 1 dz = 12 ea;
 * 1 gal = 3.79 L rounded up to 0.001 → 3.786 L. Throws UomCategoryMismatchError otherwise.
 */
export function convertQuantity(
  qty: DecimalInput,
  from: UnitOfMeasure,
  to: UnitOfMeasure,
  options: { rounding?: QuantityRounding } = {},
): Decimal {
  const exact = dec(qty).mul(ratioBetween(from, to));
  const rounding = options.rounding ?? 'up';
  return rounding === 'none' ? exact : roundToStep(exact, to.rounding, rounding);
}

/**
 * Converts a price per `from` unit into the price per `to` unit, exactly (no rounding):
 * a price per dozen of 24.00 is 2.00 per unit.
 */
export function convertUnitPrice(price: DecimalInput, from: UnitOfMeasure, to: UnitOfMeasure): Decimal {
  return dec(price).div(ratioBetween(from, to));
}

/** How many `to` one `from` is. */
function ratioBetween(from: UnitOfMeasure, to: UnitOfMeasure): Decimal {
  if (!canConvert(from, to)) throw new UomCategoryMismatchError(from, to);
  return from.ratio.div(to.ratio);
}
