import { type Decimal, type DecimalInput, dec } from './decimal';

/** An exact, non-negative amount of something, in a unit the caller knows. */
export type Quantity = Decimal;

/** A quantity was negative or not a number. */
export class InvalidQuantityError extends Error {
  readonly code = 'INVALID_QUANTITY';
  constructor(readonly input: string) {
    super(`A quantity must be a non-negative decimal, got ${JSON.stringify(input)}`);
    this.name = 'InvalidQuantityError';
  }
}

/** A Quantity from a decimal string or Decimal; throws InvalidQuantityError when negative. */
export function quantity(value: DecimalInput): Quantity {
  const q = dec(value);
  if (q.isNegative() && !q.isZero()) throw new InvalidQuantityError(q.toString());
  return q;
}

/** The larger of two quantities. */
export function maxQuantity(a: Quantity, b: Quantity): Quantity {
  return a.gte(b) ? a : b;
}

/** Sums quantities; the empty sum is zero. */
export function sumQuantities(values: readonly Quantity[]): Quantity {
  return values.reduce((sum, q) => sum.plus(q), dec('0'));
}
