import { Decimal, DecimalInput, ZERO, dec, formatDecimal, isMultipleOf } from '../money';

/**
 * What moves stock at a location, in the product's base unit. Every change of on-hand or reserved
 * stock is one of these rows in the ledger; the current figures are their sum.
 */
export enum StockMovementKind {
  /** Goods arrived: on hand grows. */
  RECEIPT = 'RECEIPT',
  /** A count, damage, loss or find, with a reason: on hand grows or shrinks (signed quantity). */
  ADJUSTMENT = 'ADJUSTMENT',
  /** A placed order promises stock: reserved grows. */
  RESERVATION = 'RESERVATION',
  /** An order gave its promise back (cancelled, rejected, shortened): reserved shrinks. */
  RELEASE = 'RELEASE',
  /** Reserved goods left the warehouse: on hand and reserved shrink together. */
  SHIPMENT = 'SHIPMENT',
}

/** The current figures of one product at one location, in base units. */
export interface StockFigures {
  readonly onHand: Decimal;
  readonly reserved: Decimal;
}

export interface StockMovementInput {
  readonly kind: StockMovementKind;
  /** Positive, except an ADJUSTMENT, which is signed (never zero). */
  readonly quantity: DecimalInput;
}

/** Figures without any movement. */
export const NO_STOCK: StockFigures = { onHand: ZERO, reserved: ZERO };

/**
 * On hand less reserved: what can still be promised. Negative while orders placed as backorders
 * wait for goods (they hold more than is on hand).
 */
export function availableStock(figures: StockFigures): Decimal {
  return figures.onHand.minus(figures.reserved);
}

/** How a movement changes the figures (before any check). */
export function movementEffect(movement: StockMovementInput): StockFigures {
  const q = dec(movement.quantity);
  switch (movement.kind) {
    case StockMovementKind.RECEIPT:
    case StockMovementKind.ADJUSTMENT:
      return { onHand: q, reserved: ZERO };
    case StockMovementKind.RESERVATION:
      return { onHand: ZERO, reserved: q };
    case StockMovementKind.RELEASE:
      return { onHand: ZERO, reserved: q.neg() };
    case StockMovementKind.SHIPMENT:
      return { onHand: q.neg(), reserved: q.neg() };
  }
}

/** The figures a ledger adds up to: every movement's effect from nothing. */
export function ledgerFigures(movements: readonly StockMovementInput[]): StockFigures {
  return movements.reduce<StockFigures>((figures, movement) => {
    const effect = movementEffect(movement);
    return { onHand: figures.onHand.plus(effect.onHand), reserved: figures.reserved.plus(effect.reserved) };
  }, NO_STOCK);
}

export type StockMovementResult =
  { readonly ok: true; readonly figures: StockFigures } | { readonly ok: false; readonly message: string };

/**
 * Applies a movement to the current figures, or says why it may not happen: a quantity that is
 * not above zero (an adjustment of zero), a release of more than is reserved, a shipment of more
 * than is on hand or reserved, an adjustment that leaves less on hand than is reserved (or below
 * zero). `unit` names the base unit in messages.
 */
export function applyMovement(
  figures: StockFigures,
  movement: StockMovementInput,
  unit: string,
): StockMovementResult {
  const q = dec(movement.quantity);
  const text = (value: Decimal) => `${formatDecimal(value)} ${unit}`;
  if (movement.kind === StockMovementKind.ADJUSTMENT ? q.isZero() : q.lte(0))
    return { ok: false, message: `The quantity must be ${q.isZero() ? 'other than 0' : 'more than 0'}.` };
  const effect = movementEffect(movement);
  const next: StockFigures = {
    onHand: figures.onHand.plus(effect.onHand),
    reserved: figures.reserved.plus(effect.reserved),
  };
  switch (movement.kind) {
    case StockMovementKind.ADJUSTMENT:
      if (next.onHand.lt(0))
        return { ok: false, message: `Only ${text(figures.onHand)} are on hand; on hand cannot go below 0.` };
      if (next.onHand.lt(figures.reserved))
        return {
          ok: false,
          message: `${text(figures.reserved)} are reserved for orders; on hand cannot go below that (it would be ${text(next.onHand)}).`,
        };
      break;
    case StockMovementKind.RELEASE:
      if (next.reserved.lt(0))
        return {
          ok: false,
          message: `Only ${text(figures.reserved)} are reserved; cannot release ${text(q)}.`,
        };
      break;
    case StockMovementKind.SHIPMENT:
      if (next.onHand.lt(0))
        return { ok: false, message: `Only ${text(figures.onHand)} are on hand; cannot ship ${text(q)}.` };
      if (next.reserved.lt(0))
        return { ok: false, message: `Only ${text(figures.reserved)} are reserved; cannot ship ${text(q)}.` };
      break;
    case StockMovementKind.RECEIPT:
    case StockMovementKind.RESERVATION:
      break;
  }
  return { ok: true, figures: next };
}

/**
 * Why a quantity typed by the warehouse cannot move stock, or null: zero, negative where only
 * additions make sense (receipts), or not a whole number of the base unit's steps (half a drum).
 */
export function stockQuantityProblem(
  quantity: DecimalInput,
  options: { readonly step: DecimalInput; readonly unit: string; readonly signed: boolean },
): string | null {
  const q = dec(quantity);
  if (q.isZero()) return 'The quantity must be other than 0.';
  if (!options.signed && q.lt(0)) return 'The quantity must be more than 0.';
  const step = dec(options.step);
  if (step.gt(0) && !isMultipleOf(q.abs(), step))
    return `Stock of this product moves in steps of ${formatDecimal(step)} ${options.unit}.`;
  return null;
}
