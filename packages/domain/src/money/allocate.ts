import { Decimal, type DecimalInput, ZERO, dec } from './decimal';
import { currencyExponent } from './currency';
import { Money } from './money';
import { at } from '../internal/at';

/** Allocation was asked for something that cannot be split exactly. */
export class InvalidAllocationError extends Error {
  readonly code = 'INVALID_ALLOCATION';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAllocationError';
  }
}

/**
 * Splits `total` over parts in proportion to `ratios` (e.g. line amounts when an order
 * discount is spread over lines), to the currency's minor unit, by the largest-remainder
 * method: each part gets its share rounded down, then the minor units left over go one each
 * to the parts with the largest remainders (the earlier part on a tie). The parts always add
 * up to the total exactly; a negative total splits like its absolute value, negated.
 * Ratios must be non-negative with a positive sum; a zero ratio gets zero.
 * The total must already be in whole minor units (round it first).
 */
export function allocate(total: Money, ratios: readonly DecimalInput[]): Money[] {
  if (ratios.length === 0) throw new InvalidAllocationError('Nothing to allocate to: no ratios given');
  const weights = ratios.map((r) => dec(r));
  if (weights.some((w) => w.isNegative() && !w.isZero()))
    throw new InvalidAllocationError('Ratios must not be negative');
  const weightSum = weights.reduce((sum, w) => sum.plus(w), ZERO);
  if (weightSum.isZero()) throw new InvalidAllocationError('Ratios must not all be zero');

  const exponent = currencyExponent(total.currencyCode);
  const minorUnitsPerMajor = new Decimal(10).pow(exponent);
  const minor = total.amount.mul(minorUnitsPerMajor);
  if (!minor.isInteger()) {
    throw new InvalidAllocationError(
      `${total.toString()} has more decimals than ${total.currencyCode} allows`,
    );
  }
  const units = minor.abs();
  const shares = weights.map((w) => units.mul(w).div(weightSum));
  const floors = shares.map((s) => s.floor());
  // A count of minor units still to hand out: fewer than the number of parts.
  let leftover = floors.reduce((rest, f) => rest.minus(f), units).toNumber();
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share.minus(at(floors, index)) }))
    .filter(({ index }) => !at(weights, index).isZero())
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const parts: Decimal[] = [...floors];
  for (const { index } of byRemainder) {
    if (leftover === 0) break;
    parts[index] = at(parts, index).plus(1);
    leftover -= 1;
  }
  const sign = minor.isNegative() ? -1 : 1;
  return parts.map((p) => Money.of(p.mul(sign).div(minorUnitsPerMajor), total.currencyCode));
}

/** Splits `total` into `count` parts that differ by at most one minor unit, earlier parts larger. */
export function allocateEvenly(total: Money, count: number): Money[] {
  if (!Number.isInteger(count) || count < 1)
    throw new InvalidAllocationError(`Cannot split into ${count} parts`);
  return allocate(
    total,
    Array.from({ length: count }, () => '1'),
  );
}
