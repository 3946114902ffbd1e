import { Decimal as DecimalJs } from 'decimal.js';

/*
 * Why decimal.js, and not bigint minor units?
 * - Prices per base unit routinely need more decimals than the currency has: a screw costs
 *   0.0125/ea, a case of 24 costs 0.30. Minor units (cents in a bigint) cannot hold 0.0125
 *   without inventing a second scale per value, which is a decimal type written by hand.
 * - Pricing needs rounding modes (half-up for money and formula steps, half-even for some
 *   ledgers, up for quantities so we never under-deliver); decimal.js has them all.
 * - It is arbitrary precision, small, dependency-free and well kept (the same author as
 *   bignumber.js and big.js); we keep it behind this module so it could be swapped.
 * Only our configured clone is used: 50 significant digits (far beyond any amount we hold,
 * so multiplication and division of realistic values is exact or correct to 1e-30) and
 * plain notation in toString() at any magnitude, so a value never reaches the wire as "1e-7".
 */
export const Decimal = DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
/** An exact decimal value (immutable). */
export type Decimal = DecimalJs;

/** What the domain accepts where a decimal is expected: a decimal string or a Decimal. */
export type DecimalInput = string | Decimal;

/** A string or value that is not a finite decimal number. */
export class InvalidDecimalError extends Error {
  readonly code = 'INVALID_DECIMAL';
  constructor(readonly input: unknown) {
    super(`Not a finite decimal number: ${JSON.stringify(String(input))}`);
    this.name = 'InvalidDecimalError';
  }
}

const DECIMAL_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Turns a decimal string (plain or exponent notation) or a Decimal into a Decimal of our
 * configuration. Throws InvalidDecimalError on anything else, NaN and Infinity included.
 * For untrusted user input use parseDecimal, which also bounds scale and size.
 */
export function dec(value: DecimalInput): Decimal {
  if (typeof value === 'string') {
    if (!DECIMAL_PATTERN.test(value)) throw new InvalidDecimalError(value);
    return new Decimal(value);
  }
  if (!Decimal.isDecimal(value) || !value.isFinite()) throw new InvalidDecimalError(value);
  // instanceof is true for any decimal.js clone; only our own configuration prints plainly.
  return value.constructor === Decimal ? value : new Decimal(value);
}

/** The same as dec, but null and undefined pass through as null. */
export function decOrNull(value: DecimalInput | null | undefined): Decimal | null {
  return value === null || value === undefined ? null : dec(value);
}

export const ZERO: Decimal = new Decimal(0);
export const ONE: Decimal = new Decimal(1);
export const HUNDRED: Decimal = new Decimal(100);

/**
 * The canonical wire form of a decimal: plain notation, never an exponent
 * ("0.0001", "12345678901.2345"). With a scale, rounds half-up to that many decimals and
 * pads with zeros ("1.5" at scale 2 is "1.50").
 */
export function toDecimalString(value: DecimalInput, scale?: number): string {
  // Most text is already plain and canonical (a column read back, a sum printed): reformatted
  // without decimal.js, to the same result.
  if (typeof value === 'string') {
    const text = canonicalText(value, scale);
    if (text !== null) return text;
  }
  const d = dec(value);
  if (scale === undefined) return d.toString();
  assertScale(scale);
  return padScale(d.toDecimalPlaces(scale, DecimalJs.ROUND_HALF_UP).toString(), scale);
}

/**
 * What toDecimalString makes of a plain canonical decimal text (no leading zeros, no exponent,
 * not a negative zero), by string operations alone; null for anything else, and for a text
 * with more decimals than `scale` (it needs rounding).
 */
export function canonicalText(value: string, scale: number | undefined): string | null {
  if (!CANONICAL_DECIMAL.test(value) || NEGATIVE_ZERO.test(value)) return null;
  const dot = value.indexOf('.');
  if (scale === undefined) {
    if (dot < 0) return value;
    let end = value.length;
    while (value.charCodeAt(end - 1) === 48 /* 0 */) end--;
    return value.slice(0, end === dot + 1 ? dot : end);
  }
  const decimals = dot < 0 ? 0 : value.length - dot - 1;
  if (!Number.isInteger(scale) || scale < 0 || scale > 100 || decimals > scale) return null;
  return padScale(value, scale);
}

const CANONICAL_DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
const NEGATIVE_ZERO = /^-0(?:\.0*)?$/;

/** Pads a plain decimal string with zeros to at least `scale` decimals. */
export function padScale(plain: string, scale: number): string {
  if (scale === 0) return plain;
  const dot = plain.indexOf('.');
  const decimals = dot < 0 ? 0 : plain.length - dot - 1;
  if (decimals >= scale) return plain;
  return (dot < 0 ? `${plain}.` : plain) + '0'.repeat(scale - decimals);
}

/** Throws a RangeError unless scale is a whole number from 0 to 100. */
export function assertScale(scale: number): void {
  if (!Number.isInteger(scale) || scale < 0 || scale > 100) {
    throw new RangeError(`A scale is a whole number from 0 to 100, got ${scale}`);
  }
}
