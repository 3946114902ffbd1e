import { describe, expect, it } from 'vitest';
import { unitPriceText } from './unit-price';

describe('unitPriceText', () => {
  it('keeps sub-cent unit prices exact and rounds nothing else', () => {
    expect(unitPriceText({ amount: '0.0125', currencyCode: 'USD' })).toBe('$0.0125');
    expect(unitPriceText({ amount: '712.2500', currencyCode: 'USD' })).toBe('$712.25');
    expect(unitPriceText({ amount: '1234.5', currencyCode: 'USD' })).toBe('$1,234.50');
    expect(unitPriceText({ amount: '1234.567', currencyCode: 'USD' })).toBe('$1,234.567');
  });
});
