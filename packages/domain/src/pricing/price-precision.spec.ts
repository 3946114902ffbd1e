import { describe, expect, it } from 'vitest';
import { lineTotal } from './line-total';
import {
  DEFAULT_PRICE_PRECISION,
  lineUnitPrice,
  listPriceDisclosureWarning,
  pricePrecisionProblem,
} from './price-precision';

describe('unit price precision', () => {
  it('rounds a unit price once, and the line total adds up from it', () => {
    const unit = lineUnitPrice('26.23875', 2);
    expect(unit.toString()).toBe('26.24');
    expect(lineTotal(unit, '39', 'USD').amount.toString()).toBe('1023.36');
    expect(lineUnitPrice('0.079166').toString()).toBe('0.0792');
    expect(DEFAULT_PRICE_PRECISION).toBe(4);
  });

  it('allows from the currency decimals to four', () => {
    expect(pricePrecisionProblem(2, 'USD')).toBeNull();
    expect(pricePrecisionProblem(4, 'USD')).toBeNull();
    expect(pricePrecisionProblem(0, 'JPY')).toBeNull();
    expect(pricePrecisionProblem(1, 'USD')).toBe('Unit prices in USD have 2 to 4 decimals.');
    expect(pricePrecisionProblem(5, 'USD')).toBe('Unit prices in USD have 2 to 4 decimals.');
    expect(pricePrecisionProblem(2.5, 'USD')).toBe('Unit prices in USD have 2 to 4 decimals.');
    expect(pricePrecisionProblem(3, 'CLF')).toBe('Unit prices in CLF have 4 decimals.');
  });
});

describe('list price disclosure', () => {
  const percentOff = { computation: 'PERCENT_DISCOUNT', base: null } as const;
  const fixed = { computation: 'FIXED', base: null } as const;
  const formulaOverList = { computation: 'FORMULA', base: 'LIST_PRICE' } as const;
  const formulaOverCost = { computation: 'FORMULA', base: 'COST' } as const;

  it('warns when a list-hiding pricelist computes percentages of the list price', () => {
    expect(listPriceDisclosureWarning({ showsCatalogPrices: false, rules: [percentOff, fixed] })).toContain(
      '1 of its rules computes prices as a percentage of the list price',
    );
    expect(listPriceDisclosureWarning({ rules: [percentOff, formulaOverList] })).toContain(
      '2 of its rules compute',
    );
  });

  it('says nothing when list prices are shown or no rule uses them', () => {
    expect(listPriceDisclosureWarning({ showsCatalogPrices: true, rules: [percentOff] })).toBeNull();
    expect(
      listPriceDisclosureWarning({ showsCatalogPrices: false, rules: [fixed, formulaOverCost] }),
    ).toBeNull();
  });
});
