import { Money, formatMoney, toDecimalString } from '../money';
import { CONTRACT_FIGURES } from '../messages';
import { OrderIssue, UserErrorCode } from './order-issue';

/** The company's credit position, all in the order's currency. */
export interface CreditPosition {
  readonly creditLimit: Money;
  /** What is still due on the company's open invoices. */
  readonly openInvoices: Money;
  /** Placed orders not invoiced yet (not counting the order being checked). */
  readonly openOrders: Money;
}

/** The order-level figures the rules compare. */
export interface OrderTotalsToCheck {
  /** The order's value for the minimum-order check: the subtotal of goods, before tax. */
  readonly orderValue: Money;
  /** What the order adds to the company's debt: its total with tax. */
  readonly orderTotal: Money;
  readonly minimumOrderValue?: Money | null;
  /** Absent: no credit limit. */
  readonly credit?: CreditPosition | null;
}

function money(m: Money): string {
  return formatMoney(m, { withCurrency: true });
}

/**
 * Order-level rules: the order value must reach the company's minimum order value
 * (BELOW_MINIMUM_ORDER_VALUE), and open invoices + open orders + this order must stay within
 * the credit limit (CREDIT_LIMIT_EXCEEDED; reaching it exactly is fine).
 */
export function checkOrderTotals(order: OrderTotalsToCheck): OrderIssue[] {
  const issues: OrderIssue[] = [];
  const minimum = order.minimumOrderValue;
  if (minimum && order.orderValue.compare(minimum) < 0) {
    issues.push({
      code: UserErrorCode.BELOW_MINIMUM_ORDER_VALUE,
      message: `Order total ${money(order.orderValue)} is below the minimum order value of ${money(minimum)}`,
      details: {
        orderValue: toDecimalString(order.orderValue.amount),
        minimumOrderValue: toDecimalString(minimum.amount),
        currencyCode: minimum.currencyCode,
      },
      redacted: {
        message: "Order total is below the company's minimum order value",
        details: {},
        guard: CONTRACT_FIGURES,
      },
    });
  }
  const credit = order.credit;
  if (credit) {
    const exposure = credit.openInvoices.add(credit.openOrders).add(order.orderTotal);
    if (exposure.compare(credit.creditLimit) > 0) {
      issues.push({
        code: UserErrorCode.CREDIT_LIMIT_EXCEEDED,
        message: `This order would take you to ${money(exposure)} of ${money(credit.creditLimit)} credit limit`,
        details: {
          exposure: toDecimalString(exposure.amount),
          creditLimit: toDecimalString(credit.creditLimit.amount),
          openInvoices: toDecimalString(credit.openInvoices.amount),
          openOrders: toDecimalString(credit.openOrders.amount),
          currencyCode: credit.creditLimit.currencyCode,
        },
        redacted: {
          message: 'This order would take the company over its credit limit',
          details: {},
          guard: CONTRACT_FIGURES,
        },
      });
    }
  }
  return issues;
}
