import { type Decimal, currencyExponent } from '../money';
import {
  type CompiledRule,
  compileRule,
  ruleApplies,
  ruleValidOn,
  validatePricelistRule,
} from './compiled-rule';
import type { Pricelist, ProductPricingInput } from './pricelist';
import { InvalidPricelistError } from './pricing-errors';

/**
 * A pricelist indexed for pricing: rules grouped by product id, by category id and for all
 * products, each group ordered as the rules compete (highest minQuantity first, then the one
 * created last). Pricing a line looks only at the groups of its product and its categories.
 */
export interface CompiledPricelist {
  readonly id: string;
  readonly name: string;
  readonly currencyCode: string;
  /** Decimals of the currency, for amounts in explanations. */
  readonly currencyScale: number;
  readonly showsCatalogPrices: boolean;
  readonly byProduct: ReadonlyMap<string, readonly CompiledRule[]>;
  readonly byCategory: ReadonlyMap<string, readonly CompiledRule[]>;
  readonly allProducts: readonly CompiledRule[];
}

/** Validates and indexes a pricelist; throws InvalidPricelistError listing every issue. */
export function compilePricelist(pricelist: Pricelist): CompiledPricelist {
  const issues = pricelist.rules.flatMap(validatePricelistRule);
  if (issues.length > 0) throw new InvalidPricelistError(pricelist.id, issues);
  const byProduct = new Map<string, CompiledRule[]>();
  const byCategory = new Map<string, CompiledRule[]>();
  const allProducts: CompiledRule[] = [];
  for (const rule of pricelist.rules.map(compileRule)) {
    if (rule.scope === 'ALL_PRODUCTS') allProducts.push(rule);
    else pushTo(rule.scope === 'PRODUCT' ? byProduct : byCategory, rule.targetId!, rule);
  }
  for (const group of [...byProduct.values(), ...byCategory.values(), allProducts])
    group.sort(competitionOrder);
  return {
    id: pricelist.id,
    name: pricelist.name,
    currencyCode: pricelist.currencyCode,
    currencyScale: currencyExponent(pricelist.currencyCode),
    showsCatalogPrices: pricelist.showsCatalogPrices ?? false,
    byProduct,
    byCategory,
    allProducts,
  };
}

function pushTo(index: Map<string, CompiledRule[]>, key: string, rule: CompiledRule): void {
  const group = index.get(key);
  if (group) group.push(rule);
  else index.set(key, [rule]);
}

function competitionOrder(a: CompiledRule, b: CompiledRule): number {
  return b.minQuantity.comparedTo(a.minQuantity) || b.createdSeq - a.createdSeq;
}

/**
 * The groups of rules that can apply to a product, most specific first: its product rules,
 * its categories' rules from the deepest category up, then the all-products rules.
 */
export function* ruleGroupsFor(
  pricelist: CompiledPricelist,
  product: ProductPricingInput,
): Generator<readonly CompiledRule[]> {
  const own = pricelist.byProduct.get(product.productId);
  if (own) yield own;
  for (const categoryId of product.categoryPath) {
    const group = pricelist.byCategory.get(categoryId);
    if (group) yield group;
  }
  yield pricelist.allProducts;
}

/**
 * The rule that prices `baseQuantity` of a product on `date`, or null for the list price.
 * As Odoo does: candidates in order of specificity, and within a level by highest
 * minQuantity then latest created; the first that applies (minimum reached, date within
 * validFrom..validTo) wins. So a product rule whose minimum is not reached gives way to a
 * category or all-products rule that applies.
 */
export function selectRule(
  pricelist: CompiledPricelist,
  product: ProductPricingInput,
  baseQuantity: Decimal,
  date: string,
): CompiledRule | null {
  for (const group of ruleGroupsFor(pricelist, product)) {
    const found = firstApplying(group, baseQuantity, date);
    if (found) return found;
  }
  return null;
}

function firstApplying(
  group: readonly CompiledRule[],
  baseQuantity: Decimal,
  date: string,
): CompiledRule | null {
  for (const rule of group) if (ruleApplies(rule, baseQuantity, date)) return rule;
  return null;
}

/** The rules of a product's groups that are valid on `date`, whatever the quantity. */
export function rulesValidFor(
  pricelist: CompiledPricelist,
  product: ProductPricingInput,
  date: string,
): CompiledRule[] {
  return [...ruleGroupsFor(pricelist, product)].flat().filter((rule) => ruleValidOn(rule, date));
}
