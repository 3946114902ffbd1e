import { describe, expect, it } from 'vitest';
import { chartNumber, formatPercent } from './display';
import { formatUnitPrice } from './format';

describe('decimals for display', () => {
  it('formats shares as percentages', () => {
    expect(formatPercent('0.125')).toBe('12.5%');
    expect(formatPercent('1', 0)).toBe('100%');
  });

  it('turns decimals into numbers for charts only, rounded', () => {
    expect(chartNumber('1234.5678', 2)).toBe(1234.57);
    expect(chartNumber('0.3333', 1, true)).toBe(33.3);
  });
});

describe('unit prices for people', () => {
  it('keep their digits, with at least the currency decimals', () => {
    expect(formatUnitPrice('7.5', 'USD')).toBe('7.50');
    expect(formatUnitPrice('0.0792', 'USD', { withCurrency: true })).toBe('0.0792 USD');
    expect(formatUnitPrice('1234.5', 'JPY')).toBe('1,234.5');
  });
});
