import { describe, expect, it } from 'vitest';
import { Money } from '../money';
import type { OrderAdjustment } from '../pricing/incentives';
import { computeTaxWithAdjustments } from './adjusted-tax';

const usd = (amount: string) => Money.of(amount, 'USD');
const rates = [
  { taxClass: 'STANDARD', percent: '8.25' },
  { taxClass: 'FOOD', percent: '0' },
];
const discount = (amount: string): OrderAdjustment => ({
  kind: 'PORTAL_ORDER_DISCOUNT',
  amount: usd(amount),
  description: 'Portal order discount 1%',
});
const surcharge = (amount: string): OrderAdjustment => ({
  kind: 'CHANNEL_SURCHARGE',
  amount: usd(amount),
  description: 'Phone order surcharge',
});
const text = (m: Money) => m.amount.toFixed(2);

describe('tax with order adjustments', () => {
  const lines = [
    { ref: 'a', taxClass: 'STANDARD', amount: usd('300.00') },
    { ref: 'b', taxClass: 'FOOD', amount: usd('100.00') },
  ];

  it('taxes a portal discount as a lower taxable amount spread over the lines', () => {
    // -4.00 spread 3:1 → -3.00 on the standard line, -1.00 on the zero-rated one.
    // Standard tax: 300 × 8.25% = 24.75 on the line; on 297.00 it is 24.50 (24.5025), so -0.25.
    const result = computeTaxWithAdjustments({
      currencyCode: 'USD',
      lines,
      rates,
      adjustments: [discount('-4.00')],
    });
    expect(result.lines.map((l) => text(l.tax))).toEqual(['24.75', '0.00']);
    expect(result.adjustments.map((a) => [a.kind, text(a.amount), text(a.tax), a.ratePercent])).toEqual([
      ['PORTAL_ORDER_DISCOUNT', '-4.00', '-0.25', null],
    ]);
    expect(text(result.subtotal)).toBe('400.00');
    expect(text(result.adjustmentTotal)).toBe('-4.00');
    expect(text(result.taxTotal)).toBe('24.50');
    expect(text(result.total)).toBe('420.50');
    expect(result.breakdown.map((b) => [b.label, text(b.taxableAmount), text(b.tax)])).toEqual([
      ['8.25%', '297.00', '24.50'],
      ['0%', '99.00', '0.00'],
    ]);
  });

  it('taxes a surcharge as a line of its own at the standard rate', () => {
    const result = computeTaxWithAdjustments({
      currencyCode: 'USD',
      lines,
      rates,
      adjustments: [surcharge('10.00')],
    });
    const [taxed] = result.adjustments;
    expect([text(taxed!.tax), taxed!.ratePercent?.toString()]).toEqual(['0.83', '8.25']);
    expect(text(result.taxTotal)).toBe('25.58');
    expect(text(result.total)).toBe('435.58');
    expect(
      computeTaxWithAdjustments({
        currencyCode: 'USD',
        lines,
        rates,
        adjustments: [surcharge('10.00')],
        surchargeTaxClass: 'FOOD',
      }).taxTotal.amount.toFixed(2),
    ).toBe('24.75');
  });

  it('names the rate of a discount on lines of one rate, and adds up line and adjustment taxes', () => {
    const result = computeTaxWithAdjustments({
      currencyCode: 'USD',
      lines: [{ ref: 'a', taxClass: 'STANDARD', amount: usd('99.99') }],
      rates,
      rounding: 'PER_DOCUMENT',
      adjustments: [discount('-1.00'), surcharge('5.00')],
    });
    expect(result.adjustments[0]?.ratePercent?.toString()).toBe('8.25');
    const taxes = [...result.lines.map((l) => l.tax), ...result.adjustments.map((a) => a.tax)];
    expect(taxes.reduce((s, t) => s.add(t), usd('0')).toString()).toBe(result.taxTotal.toString());
    expect(result.subtotal.add(result.adjustmentTotal).add(result.taxTotal).toString()).toBe(
      result.total.toString(),
    );
  });

  it('leaves an exempt company untaxed, adjustments included', () => {
    const result = computeTaxWithAdjustments({
      currencyCode: 'USD',
      lines,
      rates,
      exemption: { resaleCertificateNumber: 'R-1' },
      adjustments: [discount('-4.00'), surcharge('10.00')],
    });
    expect(result.adjustments.map((a) => text(a.tax))).toEqual(['0.00', '0.00']);
    expect(text(result.total)).toBe('406.00');
    expect(result.exemptionText).toContain('R-1');
  });

  it('is computeTax without adjustments', () => {
    const result = computeTaxWithAdjustments({ currencyCode: 'USD', lines, rates, adjustments: [] });
    expect([text(result.adjustmentTotal), text(result.taxTotal), text(result.total)]).toEqual([
      '0.00',
      '24.75',
      '424.75',
    ]);
  });

  it('refuses a discount without goods or larger than them', () => {
    expect(() =>
      computeTaxWithAdjustments({ currencyCode: 'USD', lines: [], rates, adjustments: [discount('-1.00')] }),
    ).toThrow(RangeError);
    expect(() =>
      computeTaxWithAdjustments({ currencyCode: 'USD', lines, rates, adjustments: [discount('-500.00')] }),
    ).toThrow(RangeError);
  });
});
