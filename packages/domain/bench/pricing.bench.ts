import { bench, describe } from 'vitest';
import { dec } from '../src/money';
import { type Pricelist, type PricelistRule, type PriceRequest, createPricingEngine } from '../src/pricing';
import { at } from '../src/internal/at';

/*
 * 10,000 order lines priced against a 500-rule pricelist (plus a 20-rule base pricelist
 * some formulas chain to). Target: >= 200,000 line prices per second on one core, so one
 * iteration of "price 10,000 lines" must run >= 20 times per second.
 */

let seed = 42;
/** Deterministic pseudo-random integer in [0, n): the same data on every run. */
const pick = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

const PRODUCTS = 2000;
const CATEGORIES = 60;
const products = Array.from({ length: PRODUCTS }, (_, i) => {
  const leaf = i % CATEGORIES;
  return {
    productId: `p${i}`,
    categoryPath: [`c${leaf}`, `c${leaf % 12}-parent`, 'c-root'],
    listPrice: dec(String(100 + pick(100_000))).div(100),
    cost: dec(String(50 + pick(50_000))).div(100),
    baseUnitSymbol: 'ea',
  };
});

function makeRule(i: number): PricelistRule {
  const kind = i % 10;
  const scope = i < 250 ? 'PRODUCT' : i < 450 ? 'CATEGORY' : 'ALL_PRODUCTS';
  const common = {
    id: `r${i}`,
    createdSeq: i,
    scope,
    productId: scope === 'PRODUCT' ? `p${pick(PRODUCTS)}` : null,
    categoryId: scope === 'CATEGORY' ? (i % 3 === 0 ? `c${pick(12)}-parent` : `c${pick(CATEGORIES)}`) : null,
    minQuantity: String([0, 0, 10, 24, 50, 100, 500][pick(7)]),
    validFrom: i % 7 === 0 ? '2026-01-01' : null,
    validTo: i % 11 === 0 ? '2026-12-31' : null,
    label: i % 4 === 0 ? 'Contract' : null,
  } as const;
  if (kind < 3)
    return {
      ...common,
      computation: 'FIXED',
      fixedPrice: dec(String(100 + pick(50_000)))
        .div(100)
        .toString(),
    };
  if (kind < 7) return { ...common, computation: 'PERCENT_DISCOUNT', percentDiscount: String(pick(30)) };
  if (kind < 9) {
    return {
      ...common,
      computation: 'FORMULA',
      base: 'COST',
      formulaDiscountPercent: String(-10 - pick(40)),
      formulaRounding: '0.05',
      formulaMinMargin: '0.50',
    };
  }
  return {
    ...common,
    computation: 'FORMULA',
    base: 'OTHER_PRICELIST',
    basePricelistId: 'base',
    formulaDiscountPercent: '3',
  };
}

const pricelist: Pricelist = {
  id: 'gold',
  name: 'Gold',
  currencyCode: 'USD',
  rules: Array.from({ length: 500 }, (_, i) => makeRule(i)),
};
const basePricelist: Pricelist = {
  id: 'base',
  name: 'Base',
  currencyCode: 'USD',
  rules: Array.from({ length: 20 }, (_, i) => ({
    id: `b${i}`,
    createdSeq: i,
    scope: 'CATEGORY' as const,
    categoryId: `c${i}`,
    computation: 'PERCENT_DISCOUNT' as const,
    percentDiscount: String(5 + i),
  })),
};
const engine = createPricingEngine([pricelist, basePricelist]);
const lines: PriceRequest[] = Array.from({ length: 10_000 }, () => ({
  pricelistId: 'gold',
  product: at(products, pick(PRODUCTS)),
  quantity: dec(String(1 + pick(600))),
  date: '2026-06-15',
}));

describe('pricing engine', () => {
  bench('price 10,000 lines (500-rule pricelist)', () => {
    for (const line of lines) engine.price(line);
  });

  bench('price 10,000 lines with list prices revealed', () => {
    for (const line of lines) engine.price({ ...line, revealListPrice: true });
  });

  bench('compile the 500-rule pricelist', () => {
    createPricingEngine([pricelist, basePricelist]);
  });

  bench('price breaks of one product in cases of 24', () => {
    engine.priceBreaks({
      pricelistId: 'gold',
      product: at(products, 7),
      unitFactor: '24',
      date: '2026-06-15',
    });
  });
});
