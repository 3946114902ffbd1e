import { describe, expect, it } from 'vitest';
import { Money } from '../money';
import { UserErrorCode } from './order-issue';
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

  it('accepts an order that reaches the credit limit exactly, or with no limit', () => {
    const credit = { creditLimit: usd('50000'), openInvoices: usd('38000'), openOrders: usd('5800') };
    expect(checkOrderTotals({ orderValue: usd('6200'), orderTotal: usd('6200'), credit })).toEqual([]);
    expect(
      checkOrderTotals({ orderValue: usd('1'), orderTotal: usd('1'), credit: null, minimumOrderValue: null }),
    ).toEqual([]);
  });
});
