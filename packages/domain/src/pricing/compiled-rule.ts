import { type Decimal, type DecimalInput, HUNDRED, ONE, ZERO, dec } from '../money';
import type { PriceBase, PriceComputation, PriceRuleScope, PricelistRule } from './pricelist';
import type { PriceRuleIssue } from './pricing-errors';
import { isIsoDate } from './iso-date';

/** A rule checked and turned into Decimals once, ready to evaluate many times. */
export interface CompiledRule {
  readonly id: string;
  readonly scope: PriceRuleScope;
  readonly targetId: string | null;
  readonly minQuantity: Decimal;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly computation: PriceComputation;
  readonly fixedPrice: Decimal;
  /** The percentage of the rule (percentDiscount or formulaDiscountPercent), 0 when unset. */
  readonly discountPercent: Decimal;
  /** 1 - discountPercent / 100: the price is base × this. */
  readonly keepFactor: Decimal;
  readonly base: PriceBase;
  readonly basePricelistId: string | null;
  readonly surcharge: Decimal | null;
  readonly rounding: Decimal | null;
  readonly minMargin: Decimal | null;
  readonly maxMargin: Decimal | null;
  readonly createdSeq: number;
  readonly customerText: string | null;
}

/**
 * Checks a rule as it would be saved: the gateway can show these issues as INVALID user
 * errors (field names are those of PricelistRuleInput). An empty list means valid.
 */
export function validatePricelistRule(rule: PricelistRule): PriceRuleIssue[] {
  const issues: PriceRuleIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ ruleId: rule.id, field, message });
  const decimal = (field: keyof PricelistRule, value: DecimalInput | null | undefined): Decimal | null => {
    if (value === null || value === undefined) return null;
    try {
      return dec(value);
    } catch {
      issue(field, 'is not a decimal number');
      return null;
    }
  };

  if (rule.scope === 'CATEGORY' && !rule.categoryId) issue('categoryId', 'is required for a category rule');
  if (rule.scope === 'PRODUCT' && !rule.productId) issue('productId', 'is required for a product rule');
  const minQuantity = decimal('minQuantity', rule.minQuantity);
  if (minQuantity?.isNegative()) issue('minQuantity', 'must not be negative');
  for (const field of ['validFrom', 'validTo'] as const) {
    const value = rule[field];
    if (value != null && !isIsoDate(value)) issue(field, 'must be a date YYYY-MM-DD');
  }
  if (rule.validFrom && rule.validTo && rule.validFrom > rule.validTo)
    issue('validTo', 'must not be before validFrom');

  const fixedPrice = decimal('fixedPrice', rule.fixedPrice);
  const percent = decimal('percentDiscount', rule.percentDiscount);
  const formulaPercent = decimal('formulaDiscountPercent', rule.formulaDiscountPercent);
  decimal('formulaSurcharge', rule.formulaSurcharge);
  const rounding = decimal('formulaRounding', rule.formulaRounding);
  const minMargin = decimal('formulaMinMargin', rule.formulaMinMargin);
  const maxMargin = decimal('formulaMaxMargin', rule.formulaMaxMargin);

  if (rule.computation === 'FIXED') {
    if (rule.fixedPrice == null) issue('fixedPrice', 'is required for a fixed price');
    else if (fixedPrice?.isNegative()) issue('fixedPrice', 'must not be negative');
  }
  if (rule.computation === 'PERCENT_DISCOUNT') {
    if (rule.percentDiscount == null) issue('percentDiscount', 'is required for a percentage discount');
    else if (percent?.gt(HUNDRED)) issue('percentDiscount', 'must not exceed 100');
  }
  if (rule.computation === 'FORMULA') {
    if (formulaPercent?.gt(HUNDRED)) issue('formulaDiscountPercent', 'must not exceed 100');
    if (rule.base === 'OTHER_PRICELIST' && !rule.basePricelistId)
      issue('basePricelistId', 'is required to price from another pricelist');
    if (rounding && rounding.lte(ZERO)) issue('formulaRounding', 'must be positive');
    if (minMargin && maxMargin && minMargin.gt(maxMargin))
      issue('formulaMaxMargin', 'must not be below formulaMinMargin');
  }
  return issues;
}

/** Turns a rule that passed validatePricelistRule into its compiled form. */
export function compileRule(rule: PricelistRule): CompiledRule {
  const percent = rule.computation === 'FORMULA' ? rule.formulaDiscountPercent : rule.percentDiscount;
  const discountPercent = percent == null ? ZERO : dec(percent);
  const isFormula = rule.computation === 'FORMULA';
  const optional = (value: DecimalInput | null | undefined) =>
    isFormula && value != null ? dec(value) : null;
  return {
    id: rule.id,
    scope: rule.scope,
    targetId:
      rule.scope === 'PRODUCT' ? rule.productId! : rule.scope === 'CATEGORY' ? rule.categoryId! : null,
    minQuantity: rule.minQuantity == null ? ZERO : dec(rule.minQuantity),
    validFrom: rule.validFrom ?? null,
    validTo: rule.validTo ?? null,
    computation: rule.computation,
    fixedPrice: rule.fixedPrice == null ? ZERO : dec(rule.fixedPrice),
    discountPercent,
    keepFactor: ONE.minus(discountPercent.div(HUNDRED)),
    base: (isFormula && rule.base) || 'LIST_PRICE',
    basePricelistId: isFormula && rule.base === 'OTHER_PRICELIST' ? rule.basePricelistId! : null,
    surcharge: optional(rule.formulaSurcharge),
    rounding: optional(rule.formulaRounding),
    minMargin: optional(rule.formulaMinMargin),
    maxMargin: optional(rule.formulaMaxMargin),
    createdSeq: rule.createdSeq,
    customerText: rule.customerText?.trim() || null,
  };
}

/** Does the rule apply on `date` to a quantity (in base units)? */
export function ruleApplies(rule: CompiledRule, baseQuantity: Decimal, date: string): boolean {
  return rule.minQuantity.lte(baseQuantity) && ruleValidOn(rule, date);
}

/** Is the rule valid on `date`, whatever the quantity? */
export function ruleValidOn(rule: CompiledRule, date: string): boolean {
  return (
    (rule.validFrom === null || rule.validFrom <= date) && (rule.validTo === null || date <= rule.validTo)
  );
}
