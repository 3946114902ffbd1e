import { Money } from '../money';
import { OrderStatus } from '../orders/order-status';

/**
 * Placed orders that count towards a company's credit exposure: ordered, not invoiced yet (an
 * invoiced order counts through its invoice), not cancelled.
 */
export const CREDIT_EXPOSURE_STATUSES: readonly OrderStatus[] = [
  OrderStatus.PENDING_APPROVAL,
  OrderStatus.SALES_ORDER,
  OrderStatus.IN_PROGRESS,
  OrderStatus.SHIPPED,
  OrderStatus.DELIVERED,
];

/** An OPEN invoice or credit note of the company. */
export interface OpenDocument {
  readonly kind: 'INVOICE' | 'CREDIT_NOTE';
  readonly total: Money;
  readonly amountPaid: Money;
}

/** A placed order of the company. */
export interface PlacedOrder {
  readonly id: string;
  readonly status: OrderStatus;
  readonly total: Money;
}

/** What a company owes and has on order, in one currency: the CreditPosition of the order rules. */
export interface Exposure {
  /** What is still due on open invoices, less credit on account (open credit notes not yet used). */
  readonly openInvoices: Money;
  /** Placed orders not invoiced yet (CREDIT_EXPOSURE_STATUSES), not counting `excludeOrderId`. */
  readonly openOrders: Money;
}

/**
 * A company's exposure in `currencyCode`: documents and orders in other currencies are left out
 * (a credit limit is in the company's currency). `excludeOrderId` is the order being checked.
 */
export function creditExposure(
  currencyCode: string,
  documents: readonly OpenDocument[],
  orders: readonly PlacedOrder[],
  excludeOrderId: string | null,
): Exposure {
  let openInvoices = Money.zero(currencyCode);
  for (const doc of documents) {
    if (doc.total.currencyCode !== currencyCode) continue;
    const open = doc.total.subtract(doc.amountPaid);
    openInvoices = doc.kind === 'CREDIT_NOTE' ? openInvoices.subtract(open) : openInvoices.add(open);
  }
  let openOrders = Money.zero(currencyCode);
  for (const order of orders) {
    if (order.id === excludeOrderId || order.total.currencyCode !== currencyCode) continue;
    if (!CREDIT_EXPOSURE_STATUSES.includes(order.status)) continue;
    openOrders = openOrders.add(order.total);
  }
  return { openInvoices, openOrders };
}
