import { describe, expect, it } from 'vitest';
import { Money } from '../money';
import { computeTax } from './compute-tax';
import { UnknownTaxClassError, exemptionText } from './tax-rates';

const usd = (amount: string) => Money.of(amount, 'USD');
const rates = [
  { taxClass: 'STANDARD', percent: '8.25' },
  { taxClass: 'TOOLS', percent: '8.250' },
  { taxClass: 'FOOD', percent: '0' },
  { taxClass: 'REDUCED', percent: '5' },
];
const text = (m: Money) => m.toString();

describe('tax', () => {
  it('taxes each discounted line at its tax class’s rate and shows tax apart from the goods', () => {
    const result = computeTax({
      currencyCode: 'USD',
      rates,
      lines: [
        { ref: 'l1', taxClass: 'STANDARD', amount: usd('100.05') },
        { ref: 'l2', taxClass: 'FOOD', amount: usd('50.00') },
        { ref: 'l3', taxClass: 'TOOLS', amount: usd('33.33') },
      ],
    });
    expect(result.lines.map((l) => text(l.tax))).toEqual(['8.25 USD', '0 USD', '2.75 USD']);
    expect(text(result.subtotal)).toBe('183.38 USD');
    expect(text(result.taxTotal)).toBe('11 USD');
    expect(text(result.total)).toBe('194.38 USD');
    expect(result.exemptionText).toBeNull();
  });

  it('breaks the tax down by rate, merging classes of the same rate', () => {
    const result = computeTax({
      currencyCode: 'USD',
      rates,
      lines: [
        { ref: 'l1', taxClass: 'STANDARD', amount: usd('100.05') },
        { ref: 'l2', taxClass: 'FOOD', amount: usd('50.00') },
        { ref: 'l3', taxClass: 'TOOLS', amount: usd('33.33') },
      ],
    });
    expect(
      result.breakdown.map((b) => ({
        label: b.label,
        classes: b.taxClasses,
        taxable: text(b.taxableAmount),
        tax: text(b.tax),
      })),
    ).toEqual([
      { label: '8.25%', classes: ['STANDARD', 'TOOLS'], taxable: '133.38 USD', tax: '11 USD' },
      { label: '0%', classes: ['FOOD'], taxable: '50 USD', tax: '0 USD' },
    ]);
  });

  describe('rounding', () => {
    const pennies = ['a', 'b', 'c'].map((ref) => ({ ref, taxClass: 'REDUCED', amount: usd('0.10') }));

    it('per line: rounds each line, half-up (three times 0.005 is 0.03)', () => {
      const result = computeTax({ currencyCode: 'USD', rates, lines: pennies, rounding: 'PER_LINE' });
      expect(result.lines.map((l) => text(l.tax))).toEqual(['0.01 USD', '0.01 USD', '0.01 USD']);
      expect(text(result.taxTotal)).toBe('0.03 USD');
    });

    it('per document: rounds the rate’s total once (0.015 is 0.02) and allocates it over the lines', () => {
      const result = computeTax({ currencyCode: 'USD', rates, lines: pennies, rounding: 'PER_DOCUMENT' });
      expect(text(result.taxTotal)).toBe('0.02 USD');
      expect(result.lines.map((l) => text(l.tax))).toEqual(['0.01 USD', '0.01 USD', '0 USD']);
      expect(result.breakdown.map((b) => text(b.tax))).toEqual(['0.02 USD']);
    });

    it('per document: a rate whose lines are all zero has no tax', () => {
      const result = computeTax({
        currencyCode: 'USD',
        rates,
        rounding: 'PER_DOCUMENT',
        lines: [{ ref: 'free', taxClass: 'STANDARD', amount: usd('0') }],
      });
      expect(text(result.taxTotal)).toBe('0 USD');
    });
  });

  it('charges a tax-exempt company no tax and shows its resale certificate', () => {
    const result = computeTax({
      currencyCode: 'USD',
      rates,
      exemption: { resaleCertificateNumber: 'R-12345' },
      lines: [{ ref: 'l1', taxClass: 'STANDARD', amount: usd('1000') }],
    });
    expect(text(result.taxTotal)).toBe('0 USD');
    expect(text(result.total)).toBe('1000 USD');
    expect(result.breakdown).toEqual([]);
    expect(result.lines.map((l) => l.ratePercent.isZero())).toEqual([true]);
    expect(result.exemptionText).toBe('Tax exempt: resale certificate R-12345');
    expect(exemptionText({ resaleCertificateNumber: 'X' })).toBe('Tax exempt: resale certificate X');
  });

  it('has no tax on an empty document', () => {
    const result = computeTax({ currencyCode: 'EUR', rates, lines: [] });
    expect(text(result.total)).toBe('0 EUR');
  });

  it('refuses an unknown tax class, a negative rate and a negative line', () => {
    const line = { ref: 'l1', taxClass: 'ALCOHOL', amount: usd('10') };
    expect(() => computeTax({ currencyCode: 'USD', rates, lines: [line] })).toThrow(UnknownTaxClassError);
    expect(() =>
      computeTax({ currencyCode: 'USD', rates: [{ taxClass: 'ALCOHOL', percent: '-1' }], lines: [line] }),
    ).toThrow(RangeError);
    expect(() =>
      computeTax({ currencyCode: 'USD', rates, lines: [{ ...line, taxClass: 'FOOD', amount: usd('-1') }] }),
    ).toThrow(RangeError);
  });
});
