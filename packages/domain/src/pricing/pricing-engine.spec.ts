import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurrencyMismatchError, Decimal, dec } from '../money';
import { unitPriceForFactor } from '../uom';
import type { Pricelist, PricelistRule, ProductPricingInput } from './pricelist';
import { InvalidPricelistError, InvalidPricingDateError, PricelistCycleError } from './pricing-errors';
import { createPricingEngine } from './pricing-engine';
import { validatePricelistRule } from './compiled-rule';
import { lineTotal } from './line-total';
import { findPricelistCycle } from './pricelist-cycle';
import { at } from '../internal/at';

const screw: ProductPricingInput = {
  productId: 'p-screw',
  categoryPath: ['c-screws', 'c-fasteners'],
  listPrice: '10.00',
  cost: '6.00',
  baseUnitSymbol: 'ea',
};
const date = '2026-06-15';
const rule = (r: Partial<PricelistRule> & Pick<PricelistRule, 'id' | 'computation'>): PricelistRule => ({
  scope: 'ALL_PRODUCTS',
  createdSeq: 1,
  ...r,
});
const gold = (...rules: PricelistRule[]): Pricelist => ({
  id: 'gold',
  name: 'Gold',
  currencyCode: 'USD',
  rules,
});
const explain = (pricelists: Pricelist[], quantity = '1', revealListPrice = false, product = screw) =>
  createPricingEngine(pricelists).price({ pricelistId: 'gold', product, quantity, date, revealListPrice })
    .explanation;

describe('price explanations', () => {
  it('say why, in one line', () => {
    const goldTier = gold(
      rule({
        id: 'r',
        computation: 'PERCENT_DISCOUNT',
        percentDiscount: '12',
        minQuantity: '100',
        customerText: 'Gold tier',
      }),
    );
    expect(explain([goldTier], '100')).toBe('Gold tier: contract discount from 100 ea');
    expect(explain([goldTier], '100', true)).toBe('Gold tier: 12% off list price 10.00 from 100 ea');
    expect(explain([gold(rule({ id: 'r', computation: 'FIXED', fixedPrice: '4.2' }))])).toBe(
      'Contract price 4.20/ea',
    );
    expect(explain([gold(rule({ id: 'r', computation: 'FIXED', fixedPrice: '0.0125' }))])).toBe(
      'Contract price 0.0125/ea',
    );
    expect(explain([gold()])).toBe('Catalog price');
    expect(explain([gold()], '1', true)).toBe('List price');
    expect(explain([gold(rule({ id: 'r', computation: 'PERCENT_DISCOUNT', percentDiscount: '-5' }))])).toBe(
      'Contract surcharge',
    );
    expect(
      explain([gold(rule({ id: 'r', computation: 'FIXED', fixedPrice: '3' }))], '1', false, {
        ...screw,
        baseUnitSymbol: undefined,
      }),
    ).toBe('Contract price 3.00/ea');
  });

  it('describe formulas without letting the cost or a hidden list price be worked out', () => {
    const costPlus15 = gold(
      rule({
        id: 'r',
        computation: 'FORMULA',
        base: 'COST',
        formulaDiscountPercent: '-15',
        formulaRounding: '0.05',
      }),
    );
    expect(explain([costPlus15])).toBe('Contract formula price');
    expect(explain([costPlus15], '1', true)).toBe('Contract formula price');
    expect(
      explain([
        gold(
          rule({
            id: 'r',
            computation: 'FORMULA',
            base: 'LIST_PRICE',
            formulaDiscountPercent: '10',
            formulaSurcharge: '-0.5',
            formulaMinMargin: '-2',
            formulaMaxMargin: '1',
            customerText: 'Summer',
          }),
        ),
      ]),
    ).toBe('Summer: contract formula price');
    const summer = gold(
      rule({
        id: 'r',
        computation: 'FORMULA',
        base: 'LIST_PRICE',
        formulaDiscountPercent: '10',
        formulaSurcharge: '-0.5',
        formulaMinMargin: '-2',
        formulaMaxMargin: '1',
        customerText: 'Summer',
      }),
    );
    expect(explain([summer], '1', true)).toBe(
      'Summer: formula: list price 10.00 - 10%, minus 0.50, at least -2.00 over list price 10.00, at most 1.00 over list price 10.00',
    );
    expect(
      explain(
        [
          gold(
            rule({
              id: 'r',
              computation: 'FORMULA',
              base: 'LIST_PRICE',
              formulaSurcharge: '0',
              formulaRounding: '0.05',
            }),
          ),
        ],
        '1',
        true,
      ),
    ).toBe('Formula: list price 10.00, rounded to 0.05');
    expect(
      explain([gold(rule({ id: 'r', computation: 'FORMULA', base: 'COST', formulaSurcharge: '1.5' }))]),
    ).toBe('Contract formula price');
    expect(
      explain([gold(rule({ id: 'r', computation: 'PERCENT_DISCOUNT', percentDiscount: '-5' }))], '1', true),
    ).toBe('5% above list price 10.00');
    const bronze: Pricelist = { id: 'bronze', name: 'Bronze', currencyCode: 'USD', rules: [] };
    expect(
      explain([
        gold(
          rule({
            id: 'r',
            computation: 'FORMULA',
            base: 'OTHER_PRICELIST',
            basePricelistId: 'bronze',
            formulaDiscountPercent: '-3',
            formulaSurcharge: '0.25',
          }),
        ),
        bronze,
      ]),
    ).toBe('Formula: Bronze price + 3%, plus 0.25');
    const silver: Pricelist = { id: 'silver', name: 'Silver', currencyCode: 'USD', rules: [] };
    expect(
      explain([
        gold(
          rule({
            id: 'r',
            computation: 'FORMULA',
            base: 'OTHER_PRICELIST',
            basePricelistId: 'silver',
            formulaDiscountPercent: '5',
          }),
        ),
        silver,
      ]),
    ).toBe('Formula: Silver price - 5%');
  });

  it('never reveal the list price unless allowed', () => {
    const listed = [
      gold(rule({ id: 'a', computation: 'PERCENT_DISCOUNT', percentDiscount: '12' })),
      gold(rule({ id: 'b', computation: 'FORMULA', formulaDiscountPercent: '10', formulaRounding: '0.05' })),
    ];
    for (const pricelist of listed) {
      expect(explain([pricelist], '1', false, { ...screw, listPrice: '1234.56' })).not.toMatch(/1,?234/);
      expect(explain([pricelist], '1', true, { ...screw, listPrice: '1234.56' })).toContain(
        'list price 1,234.56',
      );
    }
    expect(
      explain([gold(rule({ id: 'c', computation: 'FORMULA', base: 'COST' }))], '1', true, {
        ...screw,
        cost: '6.17',
      }),
    ).not.toContain('6.17');
  });
});

describe('explanations on one engine', () => {
  it('keep each viewer and unit to its own text', () => {
    const engine = createPricingEngine([
      gold(
        rule({ id: 'pct', computation: 'PERCENT_DISCOUNT', percentDiscount: '12' }),
        rule({ id: 'fixed', scope: 'PRODUCT', productId: 'p-kg', computation: 'FIXED', fixedPrice: '2' }),
      ),
    ]);
    const text = (revealListPrice: boolean, product: ProductPricingInput = screw) =>
      engine.price({ pricelistId: 'gold', product, quantity: '1', date, revealListPrice }).explanation;
    expect(text(false)).toBe('Contract discount');
    expect(text(true)).toBe('12% off list price 10.00');
    expect(text(true, { ...screw, listPrice: '20' })).toBe('12% off list price 20.00');
    expect(text(false)).toBe('Contract discount');
    const kg = { ...screw, productId: 'p-kg', baseUnitSymbol: 'kg' };
    expect(text(true, kg)).toBe('Contract price 2.00/kg');
    expect(text(false, { ...kg, baseUnitSymbol: 'lb' })).toBe('Contract price 2.00/lb');
    expect(text(false, kg)).toBe('Contract price 2.00/kg');
  });
});

describe('prices of units and lines', () => {
  const engine = createPricingEngine([gold(rule({ id: 'r', computation: 'FIXED', fixedPrice: '0.0125' }))]);

  it('prices another unit at the base-unit price times its factor', () => {
    const { unitPrice } = engine.price({ pricelistId: 'gold', product: screw, quantity: '240', date });
    expect(unitPriceForFactor(unitPrice, '24').toString()).toBe('0.3');
  });

  it('rounds only the line total, half-up to the currency', () => {
    expect(lineTotal('0.0125', '1', 'USD').toJSON()).toEqual({ amount: '0.01', currencyCode: 'USD' });
    expect(lineTotal('0.0125', '2', 'USD').amount.toString()).toBe('0.03');
    expect(lineTotal('0.3', '10', 'USD').amount.toString()).toBe('3');
    expect(lineTotal('99.5', '1', 'JPY').amount.toString()).toBe('100');
  });
});

describe('priceBreaks', () => {
  const tiers = gold(
    rule({ id: 't0', computation: 'PERCENT_DISCOUNT', percentDiscount: '0', createdSeq: 1 }),
    rule({
      id: 't10',
      computation: 'PERCENT_DISCOUNT',
      percentDiscount: '10',
      minQuantity: '10',
      createdSeq: 2,
    }),
    rule({
      id: 't20',
      computation: 'PERCENT_DISCOUNT',
      percentDiscount: '10',
      minQuantity: '20',
      createdSeq: 3,
    }),
    rule({
      id: 't50',
      computation: 'PERCENT_DISCOUNT',
      percentDiscount: '15',
      minQuantity: '50',
      createdSeq: 4,
    }),
    rule({
      id: 't500',
      computation: 'PERCENT_DISCOUNT',
      percentDiscount: '20',
      minQuantity: '500',
      createdSeq: 5,
    }),
    rule({
      id: 'old',
      computation: 'FIXED',
      fixedPrice: '1',
      minQuantity: '1000',
      validTo: '2026-01-01',
      createdSeq: 6,
    }),
  );
  const engine = createPricingEngine([tiers]);
  const rows = (unitFactor: string) =>
    engine
      .priceBreaks({ pricelistId: 'gold', product: screw, unitFactor, date })
      .map((b) => [b.minQuantity.toString(), b.unitPrice.toString(), b.ruleId]);

  it('lists the thresholds in the base unit, leaving out those that do not change the price', () => {
    expect(rows('1')).toEqual([
      ['1', '10', 't0'],
      ['10', '9', 't10'],
      ['50', '8.5', 't50'],
      ['500', '8', 't500'],
    ]);
  });

  it('expresses thresholds in the unit asked for, rounded up to whole units', () => {
    // Case of 24: 10 and 20 each are reached by 1 case; 50 needs 3 cases (72), 500 needs 21.
    expect(rows('24')).toEqual([
      ['1', '216', 't20'],
      ['3', '204', 't50'],
      ['21', '192', 't500'],
    ]);
  });

  it('collects thresholds from product and category rules too, in their order of precedence', () => {
    const mixed = gold(
      rule({
        id: 'prod-100',
        scope: 'PRODUCT',
        productId: 'p-screw',
        computation: 'FIXED',
        fixedPrice: '7',
        minQuantity: '100',
      }),
      rule({
        id: 'prod-200',
        scope: 'PRODUCT',
        productId: 'p-screw',
        computation: 'FIXED',
        fixedPrice: '6',
        minQuantity: '200',
      }),
      rule({
        id: 'cat-50',
        scope: 'CATEGORY',
        categoryId: 'c-fasteners',
        computation: 'FIXED',
        fixedPrice: '8',
        minQuantity: '50',
      }),
      rule({
        id: 'other',
        scope: 'PRODUCT',
        productId: 'p-nail',
        computation: 'FIXED',
        fixedPrice: '1',
        minQuantity: '5',
      }),
    );
    const breaks = createPricingEngine([mixed]).priceBreaks({
      pricelistId: 'gold',
      product: screw,
      unitFactor: '1',
      date,
    });
    expect(breaks.map((b) => [b.minQuantity.toString(), b.unitPrice.toString(), b.ruleId])).toEqual([
      ['1', '10', null],
      ['50', '8', 'cat-50'],
      ['100', '7', 'prod-100'],
      ['200', '6', 'prod-200'],
    ]);
  });

  it('includes the thresholds of a base pricelist', () => {
    const parent: Pricelist = {
      id: 'parent',
      name: 'Parent',
      currencyCode: 'USD',
      rules: [rule({ id: 'p', computation: 'FIXED', fixedPrice: '5', minQuantity: '30' })],
    };
    const child = gold(
      rule({
        id: 'c',
        computation: 'FORMULA',
        base: 'OTHER_PRICELIST',
        basePricelistId: 'parent',
        formulaDiscountPercent: '10',
      }),
    );
    const breaks = createPricingEngine([child, parent]).priceBreaks({
      pricelistId: 'gold',
      product: screw,
      unitFactor: '1',
      date,
      revealListPrice: true,
    });
    expect(breaks.map((b) => [b.minQuantity.toString(), b.unitPrice.toString()])).toEqual([
      ['1', '9'],
      ['30', '4.5'],
    ]);
    expect(breaks[0]?.explanation).toBe('Formula: Parent price - 10%');
  });

  it('survives a cyclic chain while collecting thresholds, then reports it', () => {
    const a = gold(rule({ id: 'a', computation: 'FORMULA', base: 'OTHER_PRICELIST', basePricelistId: 'b' }));
    const b: Pricelist = {
      id: 'b',
      name: 'B',
      currencyCode: 'USD',
      rules: [rule({ id: 'b', computation: 'FORMULA', base: 'OTHER_PRICELIST', basePricelistId: 'gold' })],
    };
    expect(() =>
      createPricingEngine([a, b]).priceBreaks({ pricelistId: 'gold', product: screw, unitFactor: '1', date }),
    ).toThrow(PricelistCycleError);
  });

  it('gives the list price without a pricelist, and refuses a bad factor', () => {
    const none = engine.priceBreaks({ pricelistId: null, product: screw, unitFactor: '12', date });
    expect(none.map((b) => [b.minQuantity.toString(), b.unitPrice.toString(), b.explanation])).toEqual([
      ['1', '120', 'Catalog price'],
    ]);
    expect(() => engine.priceBreaks({ pricelistId: 'gold', product: screw, unitFactor: '0', date })).toThrow(
      RangeError,
    );
  });
});

describe('engine guards', () => {
  it('refuses invalid rules, listing every issue', () => {
    expect(() => createPricingEngine([gold(rule({ id: 'r', computation: 'FIXED' }))])).toThrow(
      InvalidPricelistError,
    );
    expect(() => createPricingEngine([{ ...gold(), currencyCode: 'XYZ' }])).toThrow(/Unknown currency/);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    const engine = createPricingEngine([gold()]);
    expect(
      engine.price({ pricelistId: 'gold', product: screw, quantity: '1', date }).unitPrice.toString(),
    ).toBe('10');
    for (const bad of ['2026-6-15', '2026-02-30', '15/06/2026']) {
      expect(() => engine.price({ pricelistId: 'gold', product: screw, quantity: '1', date: bad })).toThrow(
        InvalidPricingDateError,
      );
    }
  });

  it('refuses a base pricelist in another currency', () => {
    const eur: Pricelist = { id: 'eur', name: 'Euro', currencyCode: 'EUR', rules: [] };
    const engine = createPricingEngine([
      gold(rule({ id: 'r', computation: 'FORMULA', base: 'OTHER_PRICELIST', basePricelistId: 'eur' })),
      eur,
    ]);
    expect(() => engine.price({ pricelistId: 'gold', product: screw, quantity: '1', date })).toThrow(
      CurrencyMismatchError,
    );
  });

  it('names the cycle', () => {
    const a = gold(rule({ id: 'a', computation: 'FORMULA', base: 'OTHER_PRICELIST', basePricelistId: 'b' }));
    const b: Pricelist = {
      id: 'b',
      name: 'B',
      currencyCode: 'USD',
      rules: [rule({ id: 'b', computation: 'FORMULA', base: 'OTHER_PRICELIST', basePricelistId: 'gold' })],
    };
    expect(() =>
      createPricingEngine([a, b]).price({ pricelistId: 'gold', product: screw, quantity: '1', date }),
    ).toThrow('gold -> b -> gold');
  });
});

describe('validatePricelistRule', () => {
  const issues = (r: Partial<PricelistRule>) =>
    validatePricelistRule({
      id: 'r',
      scope: 'ALL_PRODUCTS',
      computation: 'FIXED',
      fixedPrice: '1',
      createdSeq: 1,
      ...r,
    }).map((i) => `${i.field}: ${i.message}`);

  it('accepts a complete rule', () => {
    expect(issues({})).toEqual([]);
    expect(
      issues({
        computation: 'FORMULA',
        base: 'COST',
        formulaRounding: '0.05',
        formulaMinMargin: '1',
        formulaMaxMargin: '2',
      }),
    ).toEqual([]);
  });

  it('names each problem with its input field', () => {
    expect(issues({ scope: 'CATEGORY' })).toEqual(['categoryId: is required for a category rule']);
    expect(issues({ scope: 'PRODUCT' })).toEqual(['productId: is required for a product rule']);
    expect(issues({ minQuantity: '-1' })).toEqual(['minQuantity: must not be negative']);
    expect(issues({ minQuantity: 'lots' })).toEqual(['minQuantity: is not a decimal number']);
    expect(issues({ validFrom: '2026-13-01' })).toEqual(['validFrom: must be a date YYYY-MM-DD']);
    expect(issues({ validFrom: '2026-02-01', validTo: '2026-01-01' })).toEqual([
      'validTo: must not be before validFrom',
    ]);
    expect(issues({ fixedPrice: null })).toEqual(['fixedPrice: is required for a fixed price']);
    expect(issues({ fixedPrice: '-1' })).toEqual(['fixedPrice: must not be negative']);
    expect(issues({ computation: 'PERCENT_DISCOUNT' })).toEqual([
      'percentDiscount: is required for a percentage discount',
    ]);
    expect(issues({ computation: 'PERCENT_DISCOUNT', percentDiscount: '101' })).toEqual([
      'percentDiscount: must not exceed 100',
    ]);
    expect(issues({ computation: 'FORMULA', formulaDiscountPercent: '100.5' })).toEqual([
      'formulaDiscountPercent: must not exceed 100',
    ]);
    expect(issues({ computation: 'FORMULA', base: 'OTHER_PRICELIST' })).toEqual([
      'basePricelistId: is required to price from another pricelist',
    ]);
    expect(issues({ computation: 'FORMULA', formulaRounding: '0' })).toEqual([
      'formulaRounding: must be positive',
    ]);
    expect(issues({ computation: 'FORMULA', formulaMinMargin: '3', formulaMaxMargin: '2' })).toEqual([
      'formulaMaxMargin: must not be below formulaMinMargin',
    ]);
  });
});

describe('findPricelistCycle', () => {
  const on = (id: string, ...bases: string[]): Pricelist => ({
    id,
    name: id,
    currencyCode: 'USD',
    rules: bases.map((b, i) =>
      rule({ id: `${id}${i}`, computation: 'FORMULA', base: 'OTHER_PRICELIST', basePricelistId: b }),
    ),
  });

  it('finds cycles through formula bases', () => {
    expect(findPricelistCycle([on('a', 'b'), on('b', 'c'), on('c')])).toBeNull();
    expect(findPricelistCycle([on('a', 'b'), on('b', 'c'), on('c', 'a')])).toEqual(['a', 'b', 'c', 'a']);
    expect(findPricelistCycle([on('a', 'a')])).toEqual(['a', 'a']);
    expect(findPricelistCycle([on('x', 'b'), on('a', 'b', 'missing'), on('b', 'c'), on('c', 'b')])).toEqual([
      'b',
      'c',
      'b',
    ]);
    expect(findPricelistCycle([on('a', 'c'), on('b', 'c'), on('c')])).toBeNull();
  });
});

describe('pricing properties', () => {
  const percent = fc.integer({ min: -5000, max: 10000 }).map((n) => dec(String(n)).div(100));
  const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => dec(String(n)).div(10000));

  it('a volume break never raises the price of discount tiers that grow with the minimum', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 6, maxLength: 6 }),
        amount,
        (minimums, discountSteps, listPrice) => {
          const sorted = [...minimums].sort((a, b) => a - b);
          let discount = 0;
          const rules = sorted.map((min, i) => {
            discount = Math.min(10000, discount + at(discountSteps, i));
            return rule({
              id: `t${i}`,
              createdSeq: i,
              minQuantity: String(min),
              computation: 'PERCENT_DISCOUNT',
              percentDiscount: dec(String(discount)).div(100).toString(),
            });
          });
          const engine = createPricingEngine([gold(...rules)]);
          const product = { ...screw, listPrice };
          let previous: Decimal | null = null;
          for (let q = 0; q <= 1100; q += 50) {
            const { unitPrice } = engine.price({ pricelistId: 'gold', product, quantity: String(q), date });
            if (previous) expect(unitPrice.lte(previous)).toBe(true);
            previous = unitPrice;
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('formula prices stay within their margins and are exact decimals', () => {
    fc.assert(
      fc.property(
        amount,
        percent,
        fc.option(amount),
        fc.option(amount),
        fc.constantFrom(null, '0.01', '0.05', '1'),
        (cost, pct, m1, m2, rounding) => {
          const [minMargin, maxMargin] = m1 && m2 && m1.gt(m2) ? [m2, m1] : [m1, m2];
          const engine = createPricingEngine([
            gold(
              rule({
                id: 'f',
                computation: 'FORMULA',
                base: 'COST',
                formulaDiscountPercent: pct,
                formulaMinMargin: minMargin,
                formulaMaxMargin: maxMargin,
                formulaRounding: rounding,
              }),
            ),
          ]);
          const { unitPrice } = engine.price({
            pricelistId: 'gold',
            product: { ...screw, cost },
            quantity: '1',
            date,
          });
          if (minMargin) expect(unitPrice.gte(cost.plus(minMargin))).toBe(true);
          if (maxMargin) expect(unitPrice.lte(cost.plus(maxMargin))).toBe(true);
          expect(unitPrice.constructor).toBe(Decimal);
          expect(unitPrice.isFinite()).toBe(true);
          // Exact: base × (1 - pct/100) of 4-decimal inputs has at most 8 decimals.
          expect(unitPrice.decimalPlaces()).toBeLessThanOrEqual(8);
          if (!minMargin && !maxMargin) {
            const expected = cost.mul(dec('1').minus(pct.div(100)));
            expect(
              rounding ? unitPrice.minus(expected).abs().lte(dec(rounding).div(2)) : unitPrice.eq(expected),
            ).toBe(true);
          }
        },
      ),
    );
  });
});
