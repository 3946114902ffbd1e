import { guardedText, type GuardedText } from '../messages';
import {
  type Decimal,
  type DecimalInput,
  ONE,
  dec,
  formatDecimal,
  formatUnitPrice,
  roundToScale,
} from '../money';
import { UNIT_PRICE_SCALE } from '../money/display';
import { adjustToOrderMultiple } from '../moq/order-multiple';
import {
  basePriceForFactor,
  fromBaseQuantity,
  toBaseQuantity,
  unitPriceForFactor,
} from '../uom/product-unit';

/** A unit a product is sold in today, as a reorder sees it. */
export interface ReorderUnit {
  readonly id: string;
  readonly symbol: string;
  /** Base units in one of this unit. */
  readonly factor: DecimalInput;
  /** The step quantities in this unit come in (1 for whole cases). */
  readonly rounding: DecimalInput;
}

/** The line of the order being copied. */
export interface ReorderSourceLine {
  readonly quantity: DecimalInput;
  readonly baseQuantity: DecimalInput;
  readonly unitId: string | null;
  /** Its symbol then, for the message ("3 cs"). */
  readonly unitSymbol: string | null;
  /** Per `quantity`'s unit. */
  readonly unitPrice: DecimalInput;
}

/** The product as it is sold today. */
export interface ReorderProduct {
  readonly sku: string;
  readonly baseUnitId: string;
  readonly orderMultiple?: DecimalInput | null;
  readonly minimumOrderQuantity?: DecimalInput | null;
  /** The sellable units, the base unit among them. */
  readonly units: readonly ReorderUnit[];
}

/** How a line is copied: in which unit and quantity, why it changed, and its old price per that unit. */
export interface ReorderLinePlan {
  readonly unit: ReorderUnit;
  readonly quantity: Decimal;
  readonly baseQuantity: Decimal;
  /** Why the quantity or unit changed ("CUP-12: 3 cs changed to 4 cs (sold in multiples of 96 ea)"), or null. */
  readonly adjustment: string | null;
  /** The old unit price, per the new line's unit, so old and new prices compare. */
  readonly previousUnitPrice: Decimal;
}

/**
 * Copies an old line onto today's product: the same quantity in the same unit (with today's
 * pack size), or the old base quantity when the unit is no longer sold; raised to today's
 * minimum and multiple; in base units when the unit's steps cannot hold the result.
 */
export function planReorderLine(line: ReorderSourceLine, product: ReorderProduct): ReorderLinePlan {
  const base = product.units.find((u) => u.id === product.baseUnitId);
  if (!base) throw new RangeError(`${product.sku}: the base unit is not among its units`);
  const sameUnit = product.units.find((u) => u.id === line.unitId);
  const wanted = sameUnit ? toBaseQuantity(line.quantity, sameUnit.factor) : dec(line.baseQuantity);
  const adjusted = adjustToOrderMultiple(wanted, product.orderMultiple, product.minimumOrderQuantity);
  let unit = sameUnit ?? base;
  let quantity = fromBaseQuantity(adjusted, unit.factor);
  const step = dec(unit.rounding);
  if (step.gt(0) && !quantity.mod(step).isZero()) {
    unit = base;
    quantity = adjusted;
  }
  let adjustment: string | null = null;
  if (!adjusted.eq(wanted) || unit.id !== line.unitId) {
    const rules = [
      product.orderMultiple
        ? `sold in multiples of ${formatDecimal(product.orderMultiple)} ${base.symbol}`
        : null,
      product.minimumOrderQuantity
        ? `minimum ${formatDecimal(product.minimumOrderQuantity)} ${base.symbol}`
        : null,
      sameUnit ? null : `no longer sold in ${line.unitSymbol ?? 'that unit'}`,
    ].filter((rule): rule is string => rule !== null);
    const before = `${formatDecimal(line.quantity)} ${line.unitSymbol ?? ''}`.trim();
    adjustment = `${product.sku}: ${before} changed to ${formatDecimal(quantity)} ${unit.symbol}${rules.length ? ` (${rules.join(', ')})` : ''}`;
  }
  const oldFactor = dec(line.baseQuantity).isZero() ? ONE : dec(line.baseQuantity).div(dec(line.quantity));
  return {
    unit,
    quantity,
    baseQuantity: toBaseQuantity(quantity, unit.factor),
    adjustment,
    previousUnitPrice: unitPriceForFactor(basePriceForFactor(line.unitPrice, oldFactor), unit.factor),
  };
}

/** Unit prices are stored with 4 decimals: they changed when they differ there. */
export function unitPriceChanged(previous: DecimalInput, now: DecimalInput): boolean {
  return !roundToScale(previous, 4).eq(roundToScale(now, 4));
}

/**
 * What a reorder says about a changed price: the figures to readers who may see contract
 * prices; anyone else learns that the price changed, not what it is.
 */
export function priceChangeMessage(change: {
  sku: string;
  unitSymbol: string;
  sourceNumber: string;
  previousUnitPrice: DecimalInput;
  unitPrice: DecimalInput;
  currencyCode: string;
}): GuardedText {
  const money = (amount: DecimalInput) =>
    formatUnitPrice(roundToScale(amount, UNIT_PRICE_SCALE), change.currencyCode, { withCurrency: true });
  return guardedText(
    `${change.sku}: ${money(change.previousUnitPrice)} per ${change.unitSymbol} on ${change.sourceNumber}, ${money(change.unitPrice)} today`,
    `${change.sku}: the price per ${change.unitSymbol} changed since ${change.sourceNumber}`,
  );
}
