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

/** One unit a product is sold in: its id, how many base units one of it is, whether it is the default. */
export interface SellableUnitEntry<U> {
  readonly unit: U;
  readonly factor: string;
  readonly isDefault: boolean;
}

/**
 * A product's set of sellable units as buyers see it: the base unit is always sellable (factor
 * 1, added first when missing) and exactly one unit is the default (the base unit when none is
 * marked). `idOf` tells which entry is the base unit.
 */
export function normalizeUnitSet<U>(
  entries: readonly SellableUnitEntry<U>[],
  base: U,
  idOf: (unit: U) => string | number,
): SellableUnitEntry<U>[] {
  const result = entries.map((e) => ({ ...e }));
  const baseId = idOf(base);
  let baseEntry = result.find((e) => idOf(e.unit) === baseId);
  if (!baseEntry) {
    baseEntry = { unit: base, factor: '1', isDefault: false };
    result.unshift(baseEntry);
  }
  const defaults = result.filter((e) => e.isDefault);
  if (defaults.length === 0) baseEntry.isDefault = true;
  for (const extra of defaults.slice(1)) extra.isDefault = false;
  return result;
}

/**
 * Whether a quantity is a whole number of the unit's rounding steps (0.5 kg in steps of 0.25;
 * 3 cases in steps of 1). Null when it is, else the buyer's message.
 */
export function unitStepProblem(
  quantity: DecimalInput,
  step: DecimalInput,
  sku: string,
  unitSymbol: string,
): string | null {
  const s = dec(step);
  if (s.lte(0) || dec(quantity).mod(s).isZero()) return null;
  return `${sku} is ordered in steps of ${s.toString()} ${unitSymbol}.`;
}
