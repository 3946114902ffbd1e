import { describe, expect, it } from 'vitest';
import { Money } from '../money';
import { OrderStatus } from '../orders/order-status';
import { CREDIT_EXPOSURE_STATUSES, creditExposure } from './credit-exposure';
import {
  amountDue,
  creditableAmount,
  hasAmountDue,
  invoiceStatusOn,
  payRefusal,
  settle,
} from './invoice-balance';

const usd = (amount: string) => Money.of(amount, 'USD');

describe('an invoice balance', () => {
  it('is due total less what settled it, never below zero', () => {
    expect(amountDue({ total: usd('100.00'), amountPaid: usd('30.00') }).amount.toString()).toBe('70');
    expect(amountDue({ total: usd('100.00'), amountPaid: usd('120.00') }).isZero()).toBe(true);
  });

  it('is OVERDUE only when OPEN and strictly past its due date', () => {
    const open = { status: 'OPEN' as const, dueOn: '2026-03-31' };
    expect(invoiceStatusOn(open, '2026-03-31')).toBe('OPEN');
    expect(invoiceStatusOn(open, '2026-04-01')).toBe('OVERDUE');
    expect(invoiceStatusOn({ status: 'PAID', dueOn: '2026-03-31' }, '2026-05-01')).toBe('PAID');
    expect(invoiceStatusOn({ status: 'OPEN', dueOn: null }, '2030-01-01')).toBe('OPEN');
  });

  it('settles a part, then the rest (PAID), and refuses more than is due', () => {
    const invoice = { status: 'OPEN' as const, total: usd('100.00'), amountPaid: usd('0') };
    const part = settle(invoice, usd('40.00'))!;
    expect([part.amountPaid.amount.toString(), part.status]).toEqual(['40', 'OPEN']);
    const rest = settle({ ...invoice, amountPaid: part.amountPaid }, usd('60.00'))!;
    expect([rest.amountPaid.amount.toString(), rest.status]).toEqual(['100', 'PAID']);
    expect(settle({ ...invoice, amountPaid: part.amountPaid }, usd('60.01'))).toBeNull();
  });

  it('leaves to credit the total less earlier credit notes', () => {
    expect(creditableAmount(usd('671.70'), [usd('100.00')]).amount.toString()).toBe('571.7');
    expect(creditableAmount(usd('10'), []).amount.toString()).toBe('10');
  });

  it("tells whether an order's invoices leave anything to pay", () => {
    expect(hasAmountDue([])).toBe(false);
    expect(hasAmountDue([{ status: 'DRAFT', total: usd('5'), amountPaid: usd('0') }])).toBe(false);
    expect(
      hasAmountDue([{ status: 'OPEN', total: usd('5'), amountPaid: usd('0'), pendingPayment: true }]),
    ).toBe(false);
    expect(hasAmountDue([{ status: 'PAID', total: usd('5'), amountPaid: usd('5') }])).toBe(false);
    expect(
      hasAmountDue([
        { status: 'PAID', total: usd('5'), amountPaid: usd('5') },
        { status: 'OPEN', total: usd('5'), amountPaid: usd('1') },
      ]),
    ).toBe(true);
    expect(hasAmountDue([{ status: 'OPEN', total: usd('5'), amountPaid: usd('5') }])).toBe(false);
  });
});

describe('credit exposure', () => {
  it('counts open invoices less unused credit, and placed orders not invoiced, in one currency', () => {
    const exposure = creditExposure(
      'USD',
      [
        { kind: 'INVOICE', total: usd('1000'), amountPaid: usd('400') },
        { kind: 'CREDIT_NOTE', total: usd('50'), amountPaid: usd('20') },
        { kind: 'INVOICE', total: Money.of('999', 'EUR'), amountPaid: Money.of('0', 'EUR') },
      ],
      [
        { id: '1', status: OrderStatus.SALES_ORDER, total: usd('200') },
        { id: '2', status: OrderStatus.PENDING_APPROVAL, total: usd('300') },
        { id: '3', status: OrderStatus.INVOICED, total: usd('700') },
        { id: '4', status: OrderStatus.CANCELLED, total: usd('800') },
        { id: '5', status: OrderStatus.DELIVERED, total: Money.of('5', 'EUR') },
        { id: '6', status: OrderStatus.SHIPPED, total: usd('25') },
      ],
      '6',
    );
    expect(exposure.openInvoices.amount.toString()).toBe('570');
    expect(exposure.openOrders.amount.toString()).toBe('500');
    expect(CREDIT_EXPOSURE_STATUSES).not.toContain(OrderStatus.INVOICED);
  });
});

describe('whether an invoice can be paid now', () => {
  const open = {
    kind: 'INVOICE' as const,
    number: 'INV-1',
    status: 'OPEN' as const,
    total: usd('100'),
    amountPaid: usd('0'),
  };

  it('pays an open invoice with something due and no transfer pending', () => {
    expect(payRefusal(open)).toBeNull();
  });

  it('refuses credit notes, paid, cancelled, draft, nothing due and a pending transfer', () => {
    expect(payRefusal({ ...open, kind: 'CREDIT_NOTE', number: 'CN-1' })).toBe(
      'CN-1 is a credit note; credit notes are not paid.',
    );
    expect(payRefusal({ ...open, status: 'PAID' })).toBe('INV-1 is paid already.');
    expect(payRefusal({ ...open, status: 'CANCELLED' })).toBe('INV-1 is cancelled.');
    expect(payRefusal({ ...open, status: 'DRAFT' })).toBe('A draft invoice is not due yet.');
    expect(payRefusal({ ...open, amountPaid: usd('100') })).toBe('Nothing is due on INV-1.');
    expect(payRefusal({ ...open, pendingPayment: true })).toMatch(/^A bank transfer for INV-1 is on its way/);
  });
});
