import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money, sumMoney } from '../money';
import {
  earlyPaymentDiscountFor,
  earlyPaymentDiscountOffer,
  installmentSchedule,
  invoiceTerms,
  settleDue,
} from './invoice-terms';
import { PaymentTerm } from './payment-term';

const usd = (amount: string) => Money.of(amount, 'USD');
const twoTenNet30: PaymentTerm = {
  netDays: 30,
  earlyPaymentDiscountPercent: '2',
  earlyPaymentDiscountDays: 10,
};
const invoice = { issuedOn: '2026-03-01', total: usd('1000.00'), term: twoTenNet30 };
const shown = (d: ReturnType<typeof earlyPaymentDiscountOffer>) =>
  d && {
    percent: d.percent.toString(),
    deadline: d.deadline,
    amount: d.amount.toString(),
    amountToPay: d.amountToPay.toString(),
  };

describe('early-payment discount, 2/10 Net 30 on 1,000.00 invoiced 2026-03-01', () => {
  it('offers 20.00 off, paying 980.00 by 2026-03-11; otherwise 1,000.00 is due 2026-03-31', () => {
    const terms = invoiceTerms(invoice);
    expect(terms.dueOn).toBe('2026-03-31');
    expect(terms.installments).toEqual([]);
    expect(shown(terms.earlyPaymentDiscount)).toEqual({
      percent: '2',
      deadline: '2026-03-11',
      amount: '20 USD',
      amountToPay: '980 USD',
    });
  });

  it('applies on or before the deadline only', () => {
    expect(shown(earlyPaymentDiscountFor(invoice, '2026-03-05'))?.amount).toBe('20 USD');
    expect(shown(earlyPaymentDiscountFor(invoice, '2026-03-11'))?.amount).toBe('20 USD');
    expect(earlyPaymentDiscountFor(invoice, '2026-03-12')).toBeNull();
  });

  it('deducts what is already paid, never going below zero', () => {
    expect(shown(earlyPaymentDiscountOffer({ ...invoice, amountPaid: usd('500') }))?.amountToPay).toBe(
      '480 USD',
    );
    expect(shown(earlyPaymentDiscountOffer({ ...invoice, amountPaid: usd('1000') }))?.amountToPay).toBe(
      '0 USD',
    );
  });

  it('rounds the discount half-up to the cent', () => {
    expect(shown(earlyPaymentDiscountOffer({ ...invoice, total: usd('100.25') }))?.amount).toBe('2.01 USD');
  });

  it('is not offered by a term without a discount', () => {
    expect(earlyPaymentDiscountOffer({ ...invoice, term: { netDays: 30 } })).toBeNull();
    expect(
      earlyPaymentDiscountFor(
        { ...invoice, term: { netDays: 30, earlyPaymentDiscountPercent: '2' } },
        '2026-03-02',
      ),
    ).toBeNull();
  });

  it('counts the discount days from the end of the month on end-of-month terms', () => {
    const eom = { ...invoice, term: { ...twoTenNet30, endOfMonth: true } };
    expect(earlyPaymentDiscountOffer(eom)?.deadline).toBe('2026-04-10');
  });
});

describe('installments', () => {
  const thirds: PaymentTerm = {
    netDays: 90,
    installments: [
      { percent: '33.33', days: 30 },
      { percent: '33.33', days: 60 },
      { percent: '33.34', days: 90 },
    ],
  };

  it('splits by percent, the last taking the remainder to the cent', () => {
    const schedule = installmentSchedule(thirds, '2026-03-01', usd('100.00'));
    expect(schedule.map((i) => [i.dueOn, i.amount.toString()])).toEqual([
      ['2026-03-31', '33.33 USD'],
      ['2026-04-30', '33.33 USD'],
      ['2026-05-30', '33.34 USD'],
    ]);
    const halves = {
      netDays: 60,
      installments: [
        { percent: '50', days: 30 },
        { percent: '50', days: 60 },
      ],
    };
    expect(installmentSchedule(halves, '2026-03-01', usd('100.01')).map((i) => i.amount.toString())).toEqual([
      '50.01 USD',
      '50 USD',
    ]);
    expect(installmentSchedule({ netDays: 30 }, '2026-03-01', usd('100'))).toEqual([]);
  });

  it('always add up exactly to the invoice total', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000_00n }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }),
        (cents, shares) => {
          const total = Money.of(centsToString(cents), 'USD');
          const installments = shares.map((percent, i) => ({ percent: String(percent), days: 30 * (i + 1) }));
          const schedule = installmentSchedule(
            { netDays: 30 * shares.length, installments },
            '2026-01-15',
            total,
          );
          expect(schedule).toHaveLength(shares.length);
          expect(
            sumMoney(
              schedule.map((s) => s.amount),
              'USD',
            ).equals(total),
          ).toBe(true);
          expect(schedule.every((s) => s.amount.amount.decimalPlaces() <= 2)).toBe(true);
        },
      ),
    );
  });
});

function centsToString(cents: bigint): string {
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

describe('settling everything due', () => {
  it('pays all of it without an offer, and the offer with the rest as discount', () => {
    const due = Money.of('1000.00', 'USD');
    expect(settleDue(due, null).pay.amount.toString()).toBe('1000');
    expect(settleDue(due, null).discount.isZero()).toBe(true);
    const offer = earlyPaymentDiscountOffer({
      issuedOn: '2026-03-01',
      total: due,
      term: { netDays: 30, earlyPaymentDiscountPercent: '2', earlyPaymentDiscountDays: 10 },
    });
    const settled = settleDue(due, offer);
    expect([settled.pay.amount.toString(), settled.discount.amount.toString()]).toEqual(['980', '20']);
  });
});
