import { describe, expect, it } from 'vitest';
import { dec } from '../money';
import type { Pricelist, ProductPricingInput } from './pricelist';
import { createPricingEngine } from './pricing-engine';
import cases from './pricing-cases.json';

/**
 * Worked cases, as data: add one to pricing-cases.json and it runs here. Amounts are
 * decimal strings; `quantity` is in base units; `expected` is either the unit price (compared
 * as a decimal, so "8.8" and "8.80" are equal) with the winning rule id, or the name of the
 * error thrown.
 */
interface PricingCase {
  name: string;
  pricelists: Pricelist[];
  pricelistId: string | null;
  product: ProductPricingInput;
  quantity: string;
  date: string;
  expected: { unitPrice: string; ruleId: string | null } | { error: string };
}

describe('pricing worked cases (pricing-cases.json)', () => {
  it.each((cases as PricingCase[]).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const price = () => createPricingEngine(c.pricelists).price({ ...c, revealListPrice: false });
    if ('error' in c.expected) {
      expect(price).toThrow(expect.objectContaining({ name: c.expected.error }));
      return;
    }
    const result = price();
    expect(result.ruleId).toBe(c.expected.ruleId);
    expect(result.unitPrice.toString()).toBe(dec(c.expected.unitPrice).toString());
    expect(result.pricelistId).toBe(c.pricelistId);
  });
});
