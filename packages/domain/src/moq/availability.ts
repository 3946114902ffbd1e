import { Decimal, DecimalInput, ZERO, dec, decOrNull } from '../money';
import { IsoDate } from '../terms/calendar';

/** How a product behaves when stock runs out (the contract's AvailabilityPolicy). */
export enum AvailabilityPolicy {
  /** Out of stock: hidden from the catalog and not orderable. */
  HIDE_WHEN_OUT_OF_STOCK = 'HIDE_WHEN_OUT_OF_STOCK',
  /** Out of stock: shown as unavailable, not orderable beyond the stock. */
  SHOW_UNAVAILABLE = 'SHOW_UNAVAILABLE',
  /** Out of stock: orderable, shipped when restocked (a restock date may be known). */
  ALLOW_BACKORDER = 'ALLOW_BACKORDER',
  /** Produced per order, delivered after a lead time; always orderable. */
  MADE_TO_ORDER = 'MADE_TO_ORDER',
}

/** The contract's AvailabilityStatus. */
export enum AvailabilityStatus {
  IN_STOCK = 'IN_STOCK',
  LOW_STOCK = 'LOW_STOCK',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  BACKORDER = 'BACKORDER',
  MADE_TO_ORDER = 'MADE_TO_ORDER',
}

/** A product's stock and policy, quantities in its base unit. */
export interface StockPosition {
  readonly policy: AvailabilityPolicy;
  /** On hand and free to promise; may be negative after overselling (treated as 0). */
  readonly stockOnHand: DecimalInput;
  readonly restockDate?: IsoDate | null;
  readonly leadTimeDays?: number | null;
}

/** The contract's Availability, plus whether the product is shown to buyers at all. */
export interface AvailabilitySummary {
  readonly status: AvailabilityStatus;
  /** In base units; null where the seller hides stock levels. */
  readonly quantityAvailable: Decimal | null;
  /** Only on BACKORDER, when known. */
  readonly restockDate: IsoDate | null;
  /** Only on MADE_TO_ORDER, when known. */
  readonly leadTimeDays: number | null;
  /** False only for HIDE_WHEN_OUT_OF_STOCK products that are out of stock. */
  readonly visible: boolean;
}

export interface AvailabilityOptions {
  /** Stock at or below this (and above zero) is LOW_STOCK; default 0 (never low). */
  readonly lowStockThreshold?: DecimalInput | null;
  /** False hides the stock level (quantityAvailable null); default true. */
  readonly showStockLevels?: boolean;
}

/** Stock on hand that can be promised: never below zero. */
export function freeStock(stock: StockPosition): Decimal {
  return Decimal.max(dec(stock.stockOnHand), ZERO);
}

/**
 * What a buyer sees about a product's availability. With stock on hand it is IN_STOCK, or
 * LOW_STOCK at or below the threshold; without, it depends on the policy: OUT_OF_STOCK (hidden
 * for HIDE_WHEN_OUT_OF_STOCK), BACKORDER with the restock date, or MADE_TO_ORDER with the lead
 * time. Made-to-order products with stock on hand show that stock as IN_STOCK/LOW_STOCK.
 */
export function availabilitySummary(
  stock: StockPosition,
  options: AvailabilityOptions = {},
): AvailabilitySummary {
  const available = freeStock(stock);
  const threshold = decOrNull(options.lowStockThreshold) ?? ZERO;
  const quantityAvailable = options.showStockLevels === false ? null : available;
  const base = { quantityAvailable, restockDate: null, leadTimeDays: null, visible: true };
  if (available.gt(0)) {
    return {
      ...base,
      status: available.lte(threshold) ? AvailabilityStatus.LOW_STOCK : AvailabilityStatus.IN_STOCK,
    };
  }
  switch (stock.policy) {
    case AvailabilityPolicy.HIDE_WHEN_OUT_OF_STOCK:
      return { ...base, status: AvailabilityStatus.OUT_OF_STOCK, visible: false };
    case AvailabilityPolicy.SHOW_UNAVAILABLE:
      return { ...base, status: AvailabilityStatus.OUT_OF_STOCK };
    case AvailabilityPolicy.ALLOW_BACKORDER:
      return { ...base, status: AvailabilityStatus.BACKORDER, restockDate: stock.restockDate ?? null };
    case AvailabilityPolicy.MADE_TO_ORDER:
      return { ...base, status: AvailabilityStatus.MADE_TO_ORDER, leadTimeDays: stock.leadTimeDays ?? null };
  }
}

/** True when the policy lets buyers order more than the stock on hand. */
export function allowsOrderingBeyondStock(policy: AvailabilityPolicy): boolean {
  return policy === AvailabilityPolicy.ALLOW_BACKORDER || policy === AvailabilityPolicy.MADE_TO_ORDER;
}
