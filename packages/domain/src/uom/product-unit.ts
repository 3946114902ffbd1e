import { type Decimal, type DecimalInput, dec } from '../money';

/**
 * A product's sellable units are given as a factor in its base unit (the contract's
 * ProductUnit: Case = 24 Each). These helpers move quantities and prices between a
 * product unit and the base unit, exactly.
 */

/** The factor must be positive; returns it as a Decimal. */
function factorOf(factor: DecimalInput): Decimal {
  const f = dec(factor);
  if (f.lte(0)) throw new RangeError(`A unit factor must be positive, got ${f.toString()}`);
  return f;
}

/** Quantity in base units: 5 cases of 24 are 120 each. */
export function toBaseQuantity(qty: DecimalInput, factor: DecimalInput): Decimal {
  return dec(qty).mul(factorOf(factor));
}

/** Quantity in the product unit, exact (may be fractional): 120 each are 5 cases of 24. */
export function fromBaseQuantity(baseQty: DecimalInput, factor: DecimalInput): Decimal {
  return dec(baseQty).div(factorOf(factor));
}

/** Price of one product unit from the base-unit price: 0.0125/ea is 0.30 per case of 24. */
export function unitPriceForFactor(basePrice: DecimalInput, factor: DecimalInput): Decimal {
  return dec(basePrice).mul(factorOf(factor));
}

/** Base-unit price from the price of one product unit: 0.30 per case of 24 is 0.0125/ea. */
export function basePriceForFactor(unitPrice: DecimalInput, factor: DecimalInput): Decimal {
  return dec(unitPrice).div(factorOf(factor));
}
