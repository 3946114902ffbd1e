import { Decimal, DecimalInput, ZERO, dec, formatDecimal, isMultipleOf } from '../money';

/** What a line of a placed order still has to ship, in the line's unit. */
export interface FulfilmentLine {
  readonly sku: string;
  /** Ordered, in the line's unit. */
  readonly quantity: DecimalInput;
  /** Shipped so far, in the line's unit. */
  readonly shipped: DecimalInput;
  /** Given up (the rest of a backorder cancelled), in the line's unit. */
  readonly cancelled: DecimalInput;
  /** The line unit's symbol and rounding step (whole cases: 1). */
  readonly unit: string;
  readonly step: DecimalInput;
}

/** Still to ship: ordered less shipped and cancelled (never below zero). */
export function openQuantity(line: FulfilmentLine): Decimal {
  return Decimal.max(dec(line.quantity).minus(dec(line.shipped)).minus(dec(line.cancelled)), ZERO);
}

/**
 * Why `quantity` of the line cannot go into a shipment, or null: not above zero, not a whole
 * number of the unit's steps, or more than is still open on the line.
 */
export function shipmentLineProblem(line: FulfilmentLine, quantity: DecimalInput): string | null {
  const q = dec(quantity);
  if (q.lte(0)) return `${line.sku}: the quantity to ship must be more than 0.`;
  const step = dec(line.step);
  if (step.gt(0) && !isMultipleOf(q, step))
    return `${line.sku} ships in steps of ${formatDecimal(step)} ${line.unit}.`;
  const open = openQuantity(line);
  if (q.gt(open))
    return open.isZero()
      ? `${line.sku} has nothing left to ship.`
      : `${line.sku}: only ${formatDecimal(open)} ${line.unit} left to ship, not ${formatDecimal(q)} ${line.unit}.`;
  return null;
}

/** True when nothing is left to ship on any line (everything shipped or cancelled). */
export function fulfilmentComplete(lines: readonly FulfilmentLine[]): boolean {
  return lines.every((line) => openQuantity(line).isZero());
}

/**
 * The base quantity of `quantity` of a line that has `lineQuantity` in its unit and
 * `lineBaseQuantity` in base units (2 of 5 cases of 24 = 48 ea); the line's whole quantity gives
 * exactly its base quantity.
 */
export function baseQuantityOfPart(
  lineQuantity: DecimalInput,
  lineBaseQuantity: DecimalInput,
  quantity: DecimalInput,
): Decimal {
  const whole = dec(lineQuantity);
  if (dec(quantity).eq(whole)) return dec(lineBaseQuantity);
  return dec(lineBaseQuantity).mul(dec(quantity)).div(whole);
}
