import { Decimal, DecimalInput, ZERO, dec, formatDecimal } from '../money';
import { AvailabilityPolicy, allowsOrderingBeyondStock } from '../moq/availability';
import { OrderStatus } from '../orders/order-status';
import { StockFigures, availableStock } from './stock-ledger';

/**
 * The statuses in which an order holds its reservation: placed and not yet (wholly) shipped.
 * PENDING_APPROVAL holds too: the buyer has committed, and an approver's afternoon should not
 * hand the last units to another company. Leaving these statuses for CANCELLED, or back to DRAFT
 * or QUOTATION (a rejection), releases what is still reserved; shipping turns it into shipments.
 */
export const RESERVING_STATUSES: readonly OrderStatus[] = [
  OrderStatus.PENDING_APPROVAL,
  OrderStatus.SALES_ORDER,
  OrderStatus.IN_PROGRESS,
];

/** Whether an order in this status holds stock. */
export function holdsReservation(status: OrderStatus): boolean {
  return RESERVING_STATUSES.includes(status);
}

/** One location's figures for a product, in the order reservations prefer it. */
export interface LocationStock<L> {
  readonly location: L;
  readonly figures: StockFigures;
}

export interface ReservationPlan<L> {
  /** Base quantities to reserve per location (only positive ones). */
  readonly allocations: readonly { readonly location: L; readonly quantity: Decimal }[];
  /** The part not covered by available stock (reserved at the first location, waiting for goods). */
  readonly backordered: Decimal;
}

export type ReservationResult<L> =
  | { readonly ok: true; readonly plan: ReservationPlan<L> }
  | { readonly ok: false; readonly available: Decimal; readonly message: string };

/**
 * How to reserve `quantity` base units of a product over its locations (`levels`, preferred
 * first; at least one: the default warehouse). Available stock is taken location by location;
 * what is left is a backorder, allowed only where the product's policy orders beyond stock
 * (ALLOW_BACKORDER, MADE_TO_ORDER): it is reserved at the first location, whose available stock
 * goes below zero until goods arrive. Otherwise the reservation is refused with what is available.
 */
export function planReservation<L>(
  levels: readonly LocationStock<L>[],
  quantity: DecimalInput,
  product: { readonly sku: string; readonly policy: AvailabilityPolicy; readonly unit: string },
): ReservationResult<L> {
  const first = levels[0];
  if (!first) throw new RangeError('A reservation needs at least one location');
  const wanted = dec(quantity);
  if (wanted.lte(0)) throw new RangeError(`A reservation must be positive, got ${wanted.toString()}`);
  let remaining = wanted;
  const taken = new Map<L, Decimal>();
  for (const level of levels) {
    const free = Decimal.max(availableStock(level.figures), ZERO);
    const take = Decimal.min(free, remaining);
    if (take.gt(0)) {
      taken.set(level.location, take);
      remaining = remaining.minus(take);
    }
  }
  if (remaining.gt(0)) {
    if (!allowsOrderingBeyondStock(product.policy)) {
      const available = wanted.minus(remaining);
      return {
        ok: false,
        available,
        message: available.isZero()
          ? `${product.sku} is out of stock`
          : `${product.sku}: only ${formatDecimal(available)} ${product.unit} available, this order has ${formatDecimal(wanted)} ${product.unit} of it`,
      };
    }
    taken.set(first.location, (taken.get(first.location) ?? ZERO).plus(remaining));
  }
  return {
    ok: true,
    plan: {
      allocations: [...taken].map(([location, q]) => ({ location, quantity: q })),
      backordered: remaining,
    },
  };
}

/** Sums the available stock of a product over its locations (may be negative with backorders). */
export function totalAvailable(levels: readonly StockFigures[]): Decimal {
  return levels.reduce((sum, figures) => sum.plus(availableStock(figures)), ZERO);
}

/** Sums on hand and reserved over locations. */
export function totalFigures(levels: readonly StockFigures[]): StockFigures {
  return levels.reduce<StockFigures>(
    (sum, f) => ({ onHand: sum.onHand.plus(f.onHand), reserved: sum.reserved.plus(f.reserved) }),
    { onHand: ZERO, reserved: ZERO },
  );
}
