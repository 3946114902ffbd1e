import { Decimal as DecimalJs } from 'decimal.js';
import { type Decimal, type DecimalInput, assertScale, dec } from './decimal';

/**
 * How to round. Directions are about magnitude, as in accounting:
 * - 'half-up': to the nearest, halves away from zero (commercial rounding; our default).
 * - 'half-even': to the nearest, halves to the even neighbour (banker's rounding).
 * - 'up': away from zero (quantities: never under-deliver).
 * - 'down': towards zero (truncation).
 */
export type RoundingMode = 'half-up' | 'half-even' | 'up' | 'down';

export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'up', 'down'];

const DECIMAL_JS_MODE: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  up: DecimalJs.ROUND_UP,
  down: DecimalJs.ROUND_DOWN,
};

/** Rounds to `scale` decimals. */
export function roundToScale(value: DecimalInput, scale: number, mode: RoundingMode = 'half-up'): Decimal {
  assertScale(scale);
  return dec(value).toDecimalPlaces(scale, DECIMAL_JS_MODE[mode]);
}

/**
 * Rounds to a multiple of `step` (e.g. 0.05, 1, 0.25). The step must be positive.
 * roundToStep("1.23", "0.05") is 1.25; roundToStep("1.01", "1", "up") is 2.
 */
export function roundToStep(
  value: DecimalInput,
  step: DecimalInput,
  mode: RoundingMode = 'half-up',
): Decimal {
  const s = dec(step);
  if (!s.isPositive() || s.isZero())
    throw new RangeError(`A rounding step must be positive, got ${s.toString()}`);
  return dec(value).div(s).toDecimalPlaces(0, DECIMAL_JS_MODE[mode]).mul(s);
}

/** True when value is a whole multiple of step (step > 0). */
export function isMultipleOf(value: DecimalInput, step: DecimalInput): boolean {
  const s = dec(step);
  if (!s.isPositive() || s.isZero()) throw new RangeError(`A step must be positive, got ${s.toString()}`);
  return dec(value).mod(s).isZero();
}
