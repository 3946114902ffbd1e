import { describe, expect, it } from 'vitest';
import { Money } from '../money';
import { Permission } from '../roles';
import { UserErrorCode, issueFor } from './order-issue';
import { checkOrderTotals } from './order-rules';

const usd = (amount: string) => Money.of(amount, 'USD');

describe('order-level rules', () => {
  it('refuses an order below the minimum order value', () => {
    expect(
      checkOrderTotals({ orderValue: usd('180'), orderTotal: usd('194.85'), minimumOrderValue: usd('250') }),
    ).toEqual([
      {
        code: UserErrorCode.BELOW_MINIMUM_ORDER_VALUE,
        message: 'Order total 180.00 USD is below the minimum order value of 250.00 USD',
        details: { orderValue: '180', minimumOrderValue: '250', currencyCode: 'USD' },
        redacted: {
          message: "Order total is below the company's minimum order value",
          details: {},
          guard: Permission.PRICES_CONTRACT,
        },
      },
    ]);
    expect(
      checkOrderTotals({ orderValue: usd('250'), orderTotal: usd('250'), minimumOrderValue: usd('250') }),
    ).toEqual([]);
  });

  it('refuses an order that takes the company over its credit limit', () => {
    const credit = { creditLimit: usd('50000'), openInvoices: usd('38000'), openOrders: usd('8100') };
    expect(checkOrderTotals({ orderValue: usd('6000'), orderTotal: usd('6200'), credit })).toMatchObject([
      {
        code: UserErrorCode.CREDIT_LIMIT_EXCEEDED,
        message: 'This order would take you to 52,300.00 USD of 50,000.00 USD credit limit',
        details: { exposure: '52300', creditLimit: '50000' },
      },
    ]);
  });

  it('words the figures away for readers without contract prices, and keeps them for the rest', () => {
    const credit = { creditLimit: usd('200000'), openInvoices: usd('1671000'), openOrders: usd('0') };
    const [issue] = checkOrderTotals({ orderValue: usd('230'), orderTotal: usd('238.95'), credit });
    expect(issueFor(issue!, [Permission.PRICES_CATALOG])).toEqual({
      code: UserErrorCode.CREDIT_LIMIT_EXCEEDED,
      message: 'This order would take the company over its credit limit',
      details: {},
    });
    expect(issueFor(issue!, [Permission.PRICES_CONTRACT])).toBe(issue);
    const lineIssue = { code: UserErrorCode.NOT_AVAILABLE, message: 'x', lineRef: '7', details: {} };
    expect(issueFor(lineIssue, [])).toBe(lineIssue);
    expect(
      issueFor(
        { ...lineIssue, redacted: { message: 'y', details: {}, guard: Permission.PRICES_CONTRACT } },
        [],
      ),
    ).toEqual({
      code: UserErrorCode.NOT_AVAILABLE,
      message: 'y',
      lineRef: '7',
      details: {},
    });
  });

  it('accepts an order that reaches the credit limit exactly, or with no limit', () => {
    const credit = { creditLimit: usd('50000'), openInvoices: usd('38000'), openOrders: usd('5800') };
    expect(checkOrderTotals({ orderValue: usd('6200'), orderTotal: usd('6200'), credit })).toEqual([]);
    expect(
      checkOrderTotals({ orderValue: usd('1'), orderTotal: usd('1'), credit: null, minimumOrderValue: null }),
    ).toEqual([]);
  });
});
