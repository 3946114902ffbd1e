import { CurrencyMismatchError, type Decimal, type DecimalInput, ONE, dec } from '../money';
import { fromBaseQuantity, toBaseQuantity, unitPriceForFactor } from '../uom';
import type { CompiledRule } from './compiled-rule';
import { type CompiledPricelist, compilePricelist, rulesValidFor, selectRule } from './compiled-pricelist';
import { explainListPrice, explainRule, explanationShowsListPrice } from './explanation';
import { applyFormula } from './formula';
import type { Pricelist, ProductPricingInput } from './pricelist';
import {
  InvalidPricingDateError,
  MissingCostError,
  PricelistCycleError,
  UnknownPricelistError,
} from './pricing-errors';
import { isIsoDate } from './iso-date';

/** A price asked for one product, a quantity in its base unit and a date. */
export interface PriceRequest {
  /** The company's pricelist; null: no pricelist, the list price. */
  readonly pricelistId: string | null;
  readonly product: ProductPricingInput;
  /** In the product's base unit. */
  readonly quantity: DecimalInput;
  /** Today in the seller's time zone, 'YYYY-MM-DD'. */
  readonly date: string;
  /** May the explanation write the list price amount? Default false. */
  readonly revealListPrice?: boolean;
}

/** The price of one base unit, unrounded, and why. */
export interface PriceResult {
  readonly unitPrice: Decimal;
  /** The rule that set the price in the asked pricelist; null: the list price. */
  readonly ruleId: string | null;
  readonly pricelistId: string | null;
  /** One line for buyers, e.g. "Gold tier: 12% off catalog price from 100 ea". */
  readonly explanation: string;
}

/** The volume-break table of a product in one of its units. */
export interface PriceBreaksRequest {
  readonly pricelistId: string | null;
  readonly product: ProductPricingInput;
  /** The unit's factor in base units (Case = 24). */
  readonly unitFactor: DecimalInput;
  readonly date: string;
  readonly revealListPrice?: boolean;
}

/** One row of a volume-break table: from this many of the unit, this price per unit. */
export interface PriceBreak {
  /** In the unit asked for, a whole number of units, at least 1. */
  readonly minQuantity: Decimal;
  /** Per unit asked for (base-unit price × factor), unrounded. */
  readonly unitPrice: Decimal;
  readonly ruleId: string | null;
  readonly explanation: string;
}

interface Evaluation {
  readonly price: Decimal;
  readonly rule: CompiledRule | null;
}

/**
 * Prices products under a set of pricelists, following the contract's PricelistRule rules.
 * Pricelists are validated and indexed once, here; a pricelist may take another of the set
 * as its FORMULA base. Create one per set of pricelists and reuse it: pricing a line costs
 * O(rules of that product and its categories), not O(all rules).
 */
export class PricingEngine {
  private readonly pricelists = new Map<string, CompiledPricelist>();
  /** Explanations that do not depend on the product's list price, per rule and unit symbol. */
  private readonly explanations = new WeakMap<CompiledRule, Map<string, string>>();
  /** The last date found valid: lines of one order share it, and checking costs a Date. */
  private lastValidDate = '';

  constructor(pricelists: readonly Pricelist[]) {
    for (const pricelist of pricelists) this.pricelists.set(pricelist.id, compilePricelist(pricelist));
  }

  /** The compiled pricelist with this id; throws UnknownPricelistError. */
  private pricelist(pricelistId: string): CompiledPricelist {
    const pricelist = this.pricelists.get(pricelistId);
    if (!pricelist) throw new UnknownPricelistError(pricelistId);
    return pricelist;
  }

  /**
   * The price of one base unit for `quantity` base units on `date`. Throws
   * PricelistCycleError, UnknownPricelistError, MissingCostError, InvalidPricingDateError.
   */
  price(request: PriceRequest): PriceResult {
    const { pricelistId, product, date } = request;
    if (date !== this.lastValidDate) {
      if (!isIsoDate(date)) throw new InvalidPricingDateError(date);
      this.lastValidDate = date;
    }
    const revealListPrice = request.revealListPrice ?? false;
    if (pricelistId === null) {
      return {
        unitPrice: dec(product.listPrice),
        ruleId: null,
        pricelistId: null,
        explanation: explainListPrice(revealListPrice),
      };
    }
    const pricelist = this.pricelist(pricelistId);
    const { price, rule } = this.evaluate(pricelist, product, dec(request.quantity), date, [pricelist.id]);
    const explanation = rule
      ? this.explain(rule, pricelist, product, revealListPrice)
      : explainListPrice(revealListPrice);
    return { unitPrice: price, ruleId: rule?.id ?? null, pricelistId, explanation };
  }

  private explain(
    rule: CompiledRule,
    pricelist: CompiledPricelist,
    product: ProductPricingInput,
    revealListPrice: boolean,
  ): string {
    const unitSymbol = product.baseUnitSymbol ?? 'ea';
    const write = () =>
      explainRule(rule, {
        revealListPrice,
        listPrice: dec(product.listPrice),
        unitSymbol,
        currencyScale: pricelist.currencyScale,
        basePricelistName: rule.basePricelistId && this.pricelist(rule.basePricelistId).name,
      });
    if (revealListPrice && explanationShowsListPrice(rule)) return write();
    let byUnit = this.explanations.get(rule);
    if (!byUnit) this.explanations.set(rule, (byUnit = new Map()));
    let text = byUnit.get(unitSymbol);
    if (text === undefined) byUnit.set(unitSymbol, (text = write()));
    return text;
  }

  /**
   * The volume breaks of a product in one unit on `date`: one row per distinct minQuantity
   * of the rules that can apply to it (its product, category and all-products rules valid
   * on that date, and those of the pricelists it is based on), expressed in the unit and
   * rounded UP to whole units, at least 1 (you cannot order a part of a case, and 1 is
   * where any table starts). Each row's price is the price actually charged for that many
   * units, so a threshold below one unit shows in the first row; rows that do not change
   * the price are left out. Without a pricelist: one row, the list price.
   */
  priceBreaks(request: PriceBreaksRequest): PriceBreak[] {
    const { pricelistId, product, unitFactor, date } = request;
    const thresholds = new Map<string, Decimal>([['1', ONE]]);
    if (pricelistId !== null) {
      for (const baseQuantity of this.thresholds(this.pricelist(pricelistId), product, date, new Set())) {
        const units = atLeastOne(fromBaseQuantity(baseQuantity, unitFactor).ceil());
        thresholds.set(units.toString(), units);
      }
    }
    const rows: PriceBreak[] = [];
    for (const units of [...thresholds.values()].sort((a, b) => a.comparedTo(b))) {
      const { unitPrice, ruleId, explanation } = this.price({
        ...request,
        quantity: toBaseQuantity(units, unitFactor),
      });
      const price = unitPriceForFactor(unitPrice, unitFactor);
      if (rows.at(-1)?.unitPrice.eq(price)) continue;
      rows.push({ minQuantity: units, unitPrice: price, ruleId, explanation });
    }
    return rows;
  }

  private evaluate(
    pricelist: CompiledPricelist,
    product: ProductPricingInput,
    quantity: Decimal,
    date: string,
    chain: readonly string[],
  ): Evaluation {
    const rule = selectRule(pricelist, product, quantity, date);
    if (!rule) return { price: dec(product.listPrice), rule: null };
    switch (rule.computation) {
      case 'FIXED':
        return { price: rule.fixedPrice, rule };
      case 'PERCENT_DISCOUNT':
        return { price: dec(product.listPrice).mul(rule.keepFactor), rule };
      case 'FORMULA':
        return {
          price: applyFormula(rule, this.formulaBase(rule, pricelist, product, quantity, date, chain)),
          rule,
        };
    }
  }

  private formulaBase(
    rule: CompiledRule,
    pricelist: CompiledPricelist,
    product: ProductPricingInput,
    quantity: Decimal,
    date: string,
    chain: readonly string[],
  ): Decimal {
    if (rule.base === 'LIST_PRICE') return dec(product.listPrice);
    if (rule.base === 'COST') {
      if (product.cost == null) throw new MissingCostError(product.productId, rule.id);
      return dec(product.cost);
    }
    const baseId = rule.basePricelistId!;
    if (chain.includes(baseId)) throw new PricelistCycleError([...chain, baseId]);
    const base = this.pricelist(baseId);
    if (base.currencyCode !== pricelist.currencyCode)
      throw new CurrencyMismatchError(pricelist.currencyCode, base.currencyCode);
    return this.evaluate(base, product, quantity, date, [...chain, baseId]).price;
  }

  /** minQuantity values (base units) of the rules that can price the product on `date`. */
  private *thresholds(
    pricelist: CompiledPricelist,
    product: ProductPricingInput,
    date: string,
    visited: Set<string>,
  ): Generator<Decimal> {
    if (visited.has(pricelist.id)) return;
    visited.add(pricelist.id);
    for (const rule of rulesValidFor(pricelist, product, date)) {
      yield rule.minQuantity;
      if (rule.basePricelistId)
        yield* this.thresholds(this.pricelist(rule.basePricelistId), product, date, visited);
    }
  }
}

function atLeastOne(units: Decimal): Decimal {
  return units.lt(ONE) ? ONE : units;
}

/** A pricing engine over these pricelists (see PricingEngine). */
export function createPricingEngine(pricelists: readonly Pricelist[]): PricingEngine {
  return new PricingEngine(pricelists);
}
