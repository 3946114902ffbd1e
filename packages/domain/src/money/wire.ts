import { type Decimal, type DecimalInput, canonicalText, dec, padScale, toDecimalString } from './decimal';
import { currencyExponent } from './currency';

/*
 * The forms a decimal takes on its way between the database, the wire and people. Every
 * conversion lives here, so no other package parses, compares or reformats decimal text.
 */

/** -1, 0 or 1: a compared with b, numerically ("1.50" equals "1.5"). */
export function compareDecimals(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  return dec(a).comparedTo(dec(b)) as -1 | 0 | 1;
}

/** True when a and b are the same number ("1.50" and "1.5"). */
export function sameDecimal(a: DecimalInput, b: DecimalInput): boolean {
  return dec(a).eq(dec(b));
}

/**
 * An amount as the API sends it: trailing zeros dropped down to the currency's minor unit, every
 * significant digit kept ("1234.5000" USD is "1234.50", "0.0125" stays, "1200.00" JPY is "1200").
 * Not rounded: a unit price of 0.0125 USD is sent as such.
 */
export function moneyWireAmount(amount: DecimalInput, currencyCode: string): string {
  return padScale(toDecimalString(amount), currencyExponent(currencyCode));
}

/**
 * A decimal at a column's fixed scale ("12.5" at scale 4 is "12.5000"), from what a database
 * driver hands over (a string, or a number or bigint from SQLite). Extra non-zero decimals are
 * refused with a RangeError unless `round` is set (money is never silently rounded on its way
 * in; a REAL read back from SQLite may carry float noise, which `round` removes).
 */
export function toFixedScale(value: string | number | bigint, scale: number, round = false): string {
  // MySQL/MariaDB hand DECIMAL columns over already in this form (every decimal column of every
  // row read comes through here): reformatted by string operations, not by decimal.js.
  if (typeof value === 'string') {
    const text = canonicalText(value, scale);
    if (text !== null) return text;
  }
  const d = fromDriver(value);
  if (!round && d.decimalPlaces() > scale) {
    throw new RangeError(`Decimal ${String(value)} has more than ${scale} decimal places`);
  }
  return toDecimalString(d, scale);
}

/** Digits before the decimal point (leading zeros not counted; "0.5" has 0). */
export function integerDigits(value: DecimalInput): number {
  const whole = dec(value).abs().trunc();
  return whole.isZero() ? 0 : whole.toFixed(0).length;
}

/**
 * Significant digits of a decimal as a float would have to hold them: leading zeros and trailing
 * fractional zeros do not count, trailing integer zeros do ("1200" has 4, "0.0120" has 2).
 */
export function significantDigits(value: string | number | bigint): number {
  return fromDriver(value).precision(true);
}

/**
 * A decimal from what a database driver hands over, with no floating-point arithmetic: a number
 * goes through `String()`, which for a double read back from SQLite's REAL storage yields the
 * shortest text that round-trips, i.e. the decimal that was written. Refused with a RangeError:
 * text that is no decimal, non-finite numbers, and integral numbers beyond 2^53 (SQLite stores
 * an integral NUMERIC that large as a 64-bit integer the driver hands over as a rounded double).
 */
function fromDriver(value: string | number | bigint): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite decimal: ${value}`);
    if (Number.isInteger(value) && !Number.isSafeInteger(value))
      throw new RangeError(`Decimal ${value} is beyond the exactly representable integer range`);
  }
  const text = typeof value === 'string' ? value.trim() : String(value);
  try {
    return dec(text);
  } catch {
    throw new RangeError(`Not a decimal number: ${JSON.stringify(text)}`);
  }
}

/** A plain decimal as the API sends quantities, ratios and percentages ("24", "0.0125"); null stays null. */
export function plainDecimal(value: DecimalInput | null | undefined): string | null {
  return value === null || value === undefined ? null : toDecimalString(value);
}
