import { type DecimalInput, dec, toDecimalString } from './decimal';
import { roundToScale } from './rounding';

/** part / whole rounded half-up to `scale` decimals, as a fixed-scale string; "0…" when whole is 0. */
export function ratio(part: DecimalInput, whole: DecimalInput, scale: number): string {
  const divisor = dec(whole);
  if (divisor.isZero()) return toDecimalString('0', scale);
  return toDecimalString(roundToScale(dec(part).div(divisor), scale, 'half-up'), scale);
}
