import { toGlobalId } from '../common/node-id';
import type { Invoice, Order, Payment } from '../entity';

/*
 * The data of webhook events, shaped like the GraphQL types (global ids, Money as
 * `{ amount, currencyCode }` with the amount a decimal string); contract figures only `withPrices`.
 */

const money = (amount: string, currencyCode: string) => ({ amount, currencyCode });

export function orderData(order: Order, withPrices: boolean): Record<string, unknown> {
  return {
    id: toGlobalId('Order', order.id),
    number: order.number,
    status: order.status,
    purchaseOrderNumber: order.purchaseOrderNumber,
    submittedAt: order.submittedAt?.toISOString() ?? null,
    ...(withPrices
      ? {
          subtotal: money(order.subtotal, order.currencyCode),
          taxTotal: money(order.taxTotal, order.currencyCode),
          total: money(order.total, order.currencyCode),
        }
      : {}),
  };
}

export function invoiceData(invoice: Invoice, withPrices: boolean): Record<string, unknown> {
  return {
    id: toGlobalId('Invoice', invoice.id),
    number: invoice.number,
    status: invoice.status,
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn,
    ...(withPrices ? { total: money(invoice.total, invoice.currencyCode) } : {}),
  };
}

export function paymentData(
  payment: Payment,
  invoices: readonly Invoice[],
  withPrices: boolean,
): Record<string, unknown> {
  return {
    id: toGlobalId('Payment', payment.id),
    status: payment.status,
    method: payment.method,
    reference: payment.reference,
    invoices: invoices.map((i) => ({ id: toGlobalId('Invoice', i.id), number: i.number })),
    ...(withPrices ? { amount: money(payment.amount, payment.currencyCode) } : {}),
  };
}
