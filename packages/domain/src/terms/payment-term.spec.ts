import { describe, expect, it } from 'vitest';
import { describePaymentTerm, dueDateOf, paymentTermProblems } from './payment-term';

describe('payment terms', () => {
  it('Net 30: due 30 days after the invoice date', () => {
    expect(dueDateOf({ netDays: 30 }, '2026-03-01')).toBe('2026-03-31');
  });

  it('30 days end of month: due 30 days after the last day of the invoice month', () => {
    expect(dueDateOf({ netDays: 30, endOfMonth: true }, '2026-02-10')).toBe('2026-03-30');
    expect(dueDateOf({ netDays: 30, endOfMonth: true }, '2026-01-31')).toBe('2026-03-02');
  });

  it('has the names people use', () => {
    expect(describePaymentTerm({ netDays: 30 })).toBe('Net 30');
    expect(
      describePaymentTerm({ netDays: 30, earlyPaymentDiscountPercent: '2', earlyPaymentDiscountDays: 10 }),
    ).toBe('2/10 Net 30');
    expect(describePaymentTerm({ netDays: 30, endOfMonth: true })).toBe('30 days end of month');
    expect(
      describePaymentTerm({ netDays: 30, earlyPaymentDiscountPercent: '0', earlyPaymentDiscountDays: 10 }),
    ).toBe('Net 30');
    expect(
      describePaymentTerm({
        netDays: 60,
        installments: [
          { percent: '30', days: 30 },
          { percent: '99', days: 60 },
        ],
      }),
    ).toBe('30% in 30 days, 70% in 60 days');
    expect(
      describePaymentTerm({ netDays: 60, endOfMonth: true, installments: [{ percent: '100', days: 60 }] }),
    ).toBe('100% in 60 days end of month');
  });

  describe('validation', () => {
    it('accepts sound terms', () => {
      expect(
        paymentTermProblems({ netDays: 30, earlyPaymentDiscountPercent: '2', earlyPaymentDiscountDays: 10 }),
      ).toEqual([]);
      expect(
        paymentTermProblems({
          netDays: 60,
          installments: [
            { percent: '40', days: 30 },
            { percent: '60', days: 60 },
          ],
        }),
      ).toEqual([]);
    });

    it('names what is wrong', () => {
      expect(paymentTermProblems({ netDays: -1 })).toEqual([
        'Net days must be a whole number of days, 0 or more.',
      ]);
      expect(paymentTermProblems({ netDays: 30, earlyPaymentDiscountPercent: '2' })).toEqual([
        'An early-payment discount needs both a percent and a number of days.',
      ]);
      expect(
        paymentTermProblems({
          netDays: 30,
          earlyPaymentDiscountPercent: '100',
          earlyPaymentDiscountDays: 40,
        }),
      ).toEqual([
        'The early-payment discount must be more than 0 % and less than 100 %.',
        'The early-payment discount must end on or before the due date.',
      ]);
      expect(
        paymentTermProblems({
          netDays: 90,
          installments: [
            { percent: '0', days: 60 },
            { percent: '50', days: 30 },
          ],
        }),
      ).toEqual([
        'Every installment needs a share above 0 %.',
        'Installment shares must add up to 100 %.',
        'Installments must come in date order, in whole days.',
        'The last installment must fall on the net days.',
      ]);
    });
  });
});
