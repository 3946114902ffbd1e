import type { DecimalInput } from '../money';

/** Which products a rule covers (the contract's PriceRuleScope). CATEGORY covers sub-categories too. */
export type PriceRuleScope = 'ALL_PRODUCTS' | 'CATEGORY' | 'PRODUCT';
/** How a rule computes its price (the contract's PriceComputation). */
export type PriceComputation = 'FIXED' | 'PERCENT_DISCOUNT' | 'FORMULA';
/** What a FORMULA rule starts from (the contract's PriceBase). */
export type PriceBase = 'LIST_PRICE' | 'COST' | 'OTHER_PRICELIST';

/**
 * One pricing rule, as stored. Amounts are per base unit and exact decimals (strings or
 * Decimals); dates are ISO calendar dates, both inclusive. See the contract's PricelistRule.
 */
export interface PricelistRule {
  readonly id: string;
  readonly scope: PriceRuleScope;
  readonly categoryId?: string | null;
  readonly productId?: string | null;
  /** In the product's base unit; default 0. */
  readonly minQuantity?: DecimalInput | null;
  /** 'YYYY-MM-DD', inclusive; null: no start. */
  readonly validFrom?: string | null;
  /** 'YYYY-MM-DD', inclusive; null: no end. */
  readonly validTo?: string | null;
  readonly computation: PriceComputation;
  readonly fixedPrice?: DecimalInput | null;
  /** 12 means 12% off the list price; negative is a markup. */
  readonly percentDiscount?: DecimalInput | null;
  /** FORMULA only; default LIST_PRICE. */
  readonly base?: PriceBase | null;
  readonly basePricelistId?: string | null;
  readonly formulaDiscountPercent?: DecimalInput | null;
  readonly formulaSurcharge?: DecimalInput | null;
  /** Round the discounted base half-up to a multiple of this (e.g. 0.05). */
  readonly formulaRounding?: DecimalInput | null;
  readonly formulaMinMargin?: DecimalInput | null;
  readonly formulaMaxMargin?: DecimalInput | null;
  /** Creation order: of two otherwise equal rules, the larger (created last) wins. */
  readonly createdSeq: number;
  /**
   * The rule's words for customers, leading its price explanation ("Gold tier"); empty: the
   * explanation is neutral ("Contract price 4.20/ea"). The seller's internal label of a rule
   * ("at cost plus 18%") is never part of the pricing input, so it cannot reach a buyer.
   */
  readonly customerText?: string | null;
}

/** A named set of rules in one currency (the contract's Pricelist). */
export interface Pricelist {
  readonly id: string;
  readonly name: string;
  readonly currencyCode: string;
  /** Contract-price viewers also see catalog prices as compare-at prices. */
  readonly showsCatalogPrices?: boolean;
  readonly rules: readonly PricelistRule[];
}

/** What the engine needs to know about a product to price it. */
export interface ProductPricingInput {
  readonly productId: string;
  /** The product's category first, then its parent, up to the root. */
  readonly categoryPath: readonly string[];
  /** Per base unit, in the pricelist's currency. */
  readonly listPrice: DecimalInput;
  /** Per base unit; needed only by FORMULA rules based on COST. */
  readonly cost?: DecimalInput | null;
  /** Symbol of the base unit for explanations ("ea", "kg"); default "ea". */
  readonly baseUnitSymbol?: string;
}
