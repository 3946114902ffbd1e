import type { PriceBase, PriceComputation, PriceRuleScope } from '../gateway';
import type { PricelistKey } from './demo-world';

/**
 * The three demo pricelists and their rules, as plain data. Categories and products are named
 * (sub-category names, SKUs) and resolved to ids by the seeder.
 */

export interface RuleSpec {
  /** The seller's internal name of the rule. */
  label: string;
  /** What buyers read at the start of the price explanation; none: a neutral explanation. */
  customerText?: string;
  scope: PriceRuleScope;
  category?: string;
  sku?: string;
  minQuantity?: string;
  /** Days from `now`, for rules valid only for a while. */
  validFromDays?: number;
  validToDays?: number;
  computation: PriceComputation;
  fixedPrice?: string;
  percentDiscount?: string;
  base?: PriceBase;
  basePricelist?: PricelistKey;
  formulaDiscountPercent?: string;
  formulaSurcharge?: string;
  formulaRounding?: string;
  formulaMinMargin?: string;
  formulaMaxMargin?: string;
}

export interface PricelistSpec {
  key: PricelistKey;
  name: string;
  showsCatalogPrices: boolean;
  rules: RuleSpec[];
}

/**
 * Globex's contract prices: fixed prices for specific products. Generated SKUs follow the
 * catalog generator's round-robin, so these exist at every scale.
 */
const GLOBEX_CONTRACT: readonly [sku: string, price: string][] = [
  ['SOL-0001', '9.9500'],
  ['SOL-0002', '11.2500'],
  ['SOL-0003', '8.7500'],
  ['ACB-0001', '14.5000'],
  ['ACB-0002', '21.0000'],
  ['CLN-0001', '3.9500'],
  ['CLN-0002', '6.2500'],
  ['GLS-0001', '2.1500'],
  ['LAB-0001', '0.0600'],
  ['LAB-0002', '0.2400'],
  ['SAF-0001', '4.4000'],
  ['JAN-0001', '11.0000'],
];

export const PRICELISTS: readonly PricelistSpec[] = [
  {
    key: 'gold',
    name: 'Gold tier',
    showsCatalogPrices: false,
    rules: [
      {
        label: 'Gold tier',
        customerText: 'Gold tier',
        scope: 'ALL_PRODUCTS',
        computation: 'PERCENT_DISCOUNT',
        percentDiscount: '10',
      },
      {
        label: 'Gold tier volume',
        customerText: 'Gold tier volume price',
        scope: 'ALL_PRODUCTS',
        minQuantity: '100',
        computation: 'PERCENT_DISCOUNT',
        percentDiscount: '12',
      },
      {
        label: 'Gold tier volume',
        customerText: 'Gold tier volume price',
        scope: 'ALL_PRODUCTS',
        minQuantity: '500',
        computation: 'PERCENT_DISCOUNT',
        percentDiscount: '15',
      },
      {
        label: 'Gold tier paper goods',
        scope: 'CATEGORY',
        category: 'Paper goods',
        computation: 'PERCENT_DISCOUNT',
        percentDiscount: '18',
      },
      {
        label: 'Gold tier disposables',
        scope: 'CATEGORY',
        category: 'Disposables',
        minQuantity: '5000',
        computation: 'PERCENT_DISCOUNT',
        percentDiscount: '22',
      },
      {
        label: 'Gold tier appliances',
        scope: 'CATEGORY',
        category: 'Small appliances',
        computation: 'PERCENT_DISCOUNT',
        percentDiscount: '5',
      },
      {
        label: 'Summer beverage promotion',
        customerText: 'Summer beverage promotion',
        scope: 'CATEGORY',
        category: 'Beverages',
        validFromDays: -20,
        validToDays: 40,
        computation: 'PERCENT_DISCOUNT',
        percentDiscount: '20',
      },
      {
        label: 'House napkin',
        scope: 'PRODUCT',
        sku: 'NAP-DIN-WHT',
        computation: 'FIXED',
        fixedPrice: '0.0099',
      },
    ],
  },
  {
    key: 'globex',
    name: 'Globex contract',
    showsCatalogPrices: true,
    rules: [
      {
        label: 'Globex contract: drum price',
        customerText: 'Your drum price',
        scope: 'PRODUCT',
        sku: 'SOLV-55',
        computation: 'FIXED',
        fixedPrice: '12.9500',
      },
      {
        label: 'Globex contract: 5+ drums',
        customerText: 'Your 5+ drum price',
        scope: 'PRODUCT',
        sku: 'SOLV-55',
        minQuantity: '275',
        computation: 'FIXED',
        fixedPrice: '12.4000',
      },
      ...GLOBEX_CONTRACT.map(([sku, fixedPrice]): RuleSpec => ({
        label: 'Globex contract',
        scope: 'PRODUCT',
        sku,
        computation: 'FIXED',
        fixedPrice,
      })),
    ],
  },
  {
    key: 'initech',
    name: 'Initech formula',
    showsCatalogPrices: false,
    rules: [
      {
        label: 'Initech: cost plus 28%',
        scope: 'ALL_PRODUCTS',
        computation: 'FORMULA',
        base: 'COST',
        formulaDiscountPercent: '-28',
        formulaRounding: '0.05',
        formulaMinMargin: '0.01',
        formulaMaxMargin: '2500',
      },
      {
        label: 'Initech: medical at cost plus 18%',
        scope: 'CATEGORY',
        category: 'Medical',
        computation: 'FORMULA',
        base: 'COST',
        formulaDiscountPercent: '-18',
        formulaRounding: '0.0001',
        formulaMinMargin: '0.005',
        formulaMaxMargin: '900',
      },
      {
        label: 'Initech: Gold tier less 2.5%',
        scope: 'CATEGORY',
        category: 'Kitchen',
        computation: 'FORMULA',
        base: 'OTHER_PRICELIST',
        basePricelist: 'gold',
        formulaDiscountPercent: '2.5',
        formulaRounding: '0.01',
      },
      {
        label: 'Initech: lab supplies',
        scope: 'CATEGORY',
        category: 'Lab supplies',
        computation: 'PERCENT_DISCOUNT',
        percentDiscount: '8',
      },
    ],
  },
];
