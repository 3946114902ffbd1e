import { describe, expect, it } from 'vitest';
import { chartNumber, formatPercent, formatShareChange, sharePercentNumber } from './display';
import { formatUnitPrice } from './format';

describe('decimals for display', () => {
  it('formats shares as percentages', () => {
    expect(formatPercent('0.125')).toBe('12.5%');
    expect(formatPercent('1', 0)).toBe('100%');
  });

  it('formats changes of shares with their sign, and shares as plain percentage numbers', () => {
    expect(formatShareChange('-0.4286')).toBe('−42.9 pts');
    expect(formatShareChange('0.05')).toBe('+5.0 pts');
    expect(formatShareChange('0.0000')).toBe('±0.0 pts');
    expect(formatShareChange('-0.00004')).toBe('±0.0 pts');
    expect(formatShareChange('-0.2500', { relative: true })).toBe('−25.0%');
    expect(formatShareChange('12.5', { relative: true })).toBe('+1,250.0%');
    expect(sharePercentNumber('0.57145')).toBe('57.15');
    expect(sharePercentNumber('12.5', 0)).toBe('1250');
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
