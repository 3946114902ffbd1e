import { Decimal, DecimalInput, ZERO, dec, decOrNull, roundToStep } from '../money';

function positiveOrNull(value: DecimalInput | null | undefined): Decimal | null {
  const d = decOrNull(value);
  return d !== null && d.gt(0) ? d : null;
}

/**
 * The smallest valid quantity at or above `baseQty`: at least `minimum` and a whole multiple of
 * `multiple` (all in base units; a missing or zero multiple/minimum does not constrain). Used by
 * reorder when a product's case pack or minimum changed: 40 with multiple 55 gives 55; 70 with
 * multiple 24 and minimum 100 gives 120.
 */
export function adjustToOrderMultiple(
  baseQty: DecimalInput,
  multiple?: DecimalInput | null,
  minimum?: DecimalInput | null,
): Decimal {
  const step = positiveOrNull(multiple);
  const floor = positiveOrNull(minimum) ?? ZERO;
  const wanted = Decimal.max(dec(baseQty), floor);
  return step === null ? wanted : roundToStep(wanted, step, 'up');
}

/**
 * Valid quantities next to an invalid one, to suggest to the buyer: the largest valid quantity
 * below `baseQty` (when there is a positive one) and the smallest above it; when none is below,
 * the two smallest valid quantities. 70 with multiple 55 gives [55, 110]; 40 gives [55, 110].
 */
export function nearestValidQuantities(
  baseQty: DecimalInput,
  multiple?: DecimalInput | null,
  minimum?: DecimalInput | null,
): Decimal[] {
  const step = positiveOrNull(multiple);
  const above = adjustToOrderMultiple(baseQty, multiple, minimum);
  if (step === null) return [above];
  const floor = positiveOrNull(minimum) ?? ZERO;
  const below = roundToStep(baseQty, step, 'down');
  if (below.gt(0) && below.gte(floor) && below.lt(dec(baseQty))) return [below, above];
  return above.eq(dec(baseQty)) ? [above] : [above, above.plus(step)];
}
