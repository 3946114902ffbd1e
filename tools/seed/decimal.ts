/**
 * Exact decimal arithmetic for the seed: amounts and quantities are bigints counting millionths
 * ("micros"), parsed from and formatted to decimal strings. Never floats. Rounding is half away
 * from zero (half-up for the non-negative amounts the seed deals with).
 */
export type Micros = bigint;

const PLACES = 6;
const ONE = 10n ** BigInt(PLACES);

/** Parses "12.5", "-0.0125" or "3" into micros; more than six decimals is an error. */
export function dec(text: string | number): Micros {
  const value = String(text).trim();
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) throw new RangeError(`Not a plain decimal: ${JSON.stringify(value)}`);
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > PLACES) throw new RangeError(`More than ${PLACES} decimals: ${value}`);
  const micros = BigInt(match[2]) * ONE + BigInt(fraction.padEnd(PLACES, '0') || '0');
  return match[1] ? -micros : micros;
}

/** n / d rounded half away from zero. */
export function divRound(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('Division by zero');
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an * 2n + ad) / (ad * 2n);
  return negative ? -q : q;
}

/** a × b. */
export function mul(a: Micros, b: Micros): Micros {
  return divRound(a * b, ONE);
}

/** a × n for a whole number n. */
export function times(a: Micros, n: number | bigint): Micros {
  return a * BigInt(n);
}

/** a × percent / 100. */
export function percentOf(a: Micros, percent: Micros): Micros {
  return divRound(a * percent, 100n * ONE);
}

/** Rounds to `places` decimals (the result is still in micros). */
export function round(a: Micros, places: number): Micros {
  const step = 10n ** BigInt(PLACES - places);
  return divRound(a, step) * step;
}

/** Rounds to a multiple of `step` (e.g. 0.05), half-up. */
export function roundToMultiple(a: Micros, step: Micros): Micros {
  if (step <= 0n) return a;
  return divRound(a, step) * step;
}

/** Formats with exactly `places` decimals, rounding half away from zero. */
export function fmt(a: Micros, places = 4): string {
  const rounded = round(a, places) / 10n ** BigInt(PLACES - places);
  const negative = rounded < 0n;
  const digits = (negative ? -rounded : rounded).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

export const sum = (values: readonly Micros[]): Micros => values.reduce((acc, v) => acc + v, 0n);
export const max = (a: Micros, b: Micros): Micros => (a > b ? a : b);
export const min = (a: Micros, b: Micros): Micros => (a < b ? a : b);
export const ZERO: Micros = 0n;
