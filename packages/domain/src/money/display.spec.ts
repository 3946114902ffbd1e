import { describe, expect, it } from 'vitest';
import { chartNumber, formatPercent } from './display';

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
