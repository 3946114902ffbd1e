import { type Decimal, type DecimalInput, dec } from '../money';

/**
 * Units convert only within their category. Categories are open (as in Odoo): the standard ones
 * below, and any the seller names (e.g. "energy"), written in lower case.
 */
export type UomCategory = string;

/** The categories every seller starts with (the reference units are in STANDARD_UNITS). */
export const UOM_CATEGORIES: readonly UomCategory[] = ['count', 'volume', 'weight', 'length', 'area', 'time'];

/** Lower-case letters, digits, spaces and hyphens, starting with a letter, at most 32 characters. */
const CATEGORY_NAME = /^[a-z][a-z0-9 -]{0,31}$/;

/** True for a well-formed category name: a standard one or a seller's own (the contract carries it as a string). */
export function isUomCategory(value: string): value is UomCategory {
  return CATEGORY_NAME.test(value);
}

/**
 * A unit of measure, as in the contract's UnitOfMeasure: `ratio` is how many of the
 * category's reference unit one of this unit is (Dozen = 12 when Unit is the reference),
 * `rounding` the step quantities in this unit are rounded to (0.01, 1).
 */
export interface UnitOfMeasure {
  readonly id: string;
  readonly symbol: string;
  readonly name: string;
  readonly category: UomCategory;
  readonly ratio: Decimal;
  readonly rounding: Decimal;
}

/** Builds a unit, checking ratio and rounding are positive. */
export function defineUnit(spec: {
  id: string;
  symbol: string;
  name: string;
  category: UomCategory;
  ratio: DecimalInput;
  rounding: DecimalInput;
}): UnitOfMeasure {
  const ratio = dec(spec.ratio);
  const rounding = dec(spec.rounding);
  if (ratio.lte(0)) throw new RangeError(`Unit ${spec.symbol}: ratio must be positive`);
  if (rounding.lte(0)) throw new RangeError(`Unit ${spec.symbol}: rounding must be positive`);
  return { ...spec, ratio, rounding };
}

const unit = (
  id: string,
  symbol: string,
  name: string,
  category: UomCategory,
  ratio: string,
  rounding: string,
) => defineUnit({ id, symbol, name, category, ratio, rounding });

/**
 * The units every seller starts with. References: Unit, Litre, Kilogram, Metre, Square metre, Hour.
 * US gallon = 3.785411784 L, pound = 0.45359237 kg, foot = 0.3048 m, square foot = 0.09290304 m² (exact by definition).
 */
export const STANDARD_UNITS = {
  unit: unit('unit', 'ea', 'Unit', 'count', '1', '1'),
  dozen: unit('dozen', 'dz', 'Dozen', 'count', '12', '1'),
  pair: unit('pair', 'pr', 'Pair', 'count', '2', '1'),
  litre: unit('litre', 'L', 'Litre', 'volume', '1', '0.001'),
  millilitre: unit('millilitre', 'mL', 'Millilitre', 'volume', '0.001', '1'),
  gallon: unit('gallon', 'gal', 'Gallon (US)', 'volume', '3.785411784', '0.01'),
  kilogram: unit('kilogram', 'kg', 'Kilogram', 'weight', '1', '0.001'),
  gram: unit('gram', 'g', 'Gram', 'weight', '0.001', '1'),
  pound: unit('pound', 'lb', 'Pound', 'weight', '0.45359237', '0.01'),
  metre: unit('metre', 'm', 'Metre', 'length', '1', '0.01'),
  foot: unit('foot', 'ft', 'Foot', 'length', '0.3048', '0.01'),
  squareMetre: unit('square-metre', 'm²', 'Square metre', 'area', '1', '0.01'),
  squareFoot: unit('square-foot', 'ft²', 'Square foot', 'area', '0.09290304', '0.01'),
  hour: unit('hour', 'h', 'Hour', 'time', '1', '0.01'),
  day: unit('day', 'd', 'Day', 'time', '24', '1'),
} as const satisfies Record<string, UnitOfMeasure>;
