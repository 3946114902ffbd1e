import { type Decimal, formatDecimal } from '../money';
import type { CompiledRule } from './compiled-rule';

/** What an explanation may say, and how. */
export interface ExplanationContext {
  /** When false the list price amount is never written (buyers on contract prices only). */
  readonly revealListPrice: boolean;
  readonly listPrice: Decimal;
  /** Base unit symbol, e.g. "ea". */
  readonly unitSymbol: string;
  /** Decimals of the currency: amounts show at least these ("4.20", "0.0125"). */
  readonly currencyScale: number;
  /** Name of the base pricelist of an OTHER_PRICELIST formula. */
  readonly basePricelistName: string | null;
}

/**
 * The one-line text shown to buyers for a price with no rule: "List price" (or "Catalog
 * price" where list prices are hidden; the amount is never repeated).
 */
export function explainListPrice(revealListPrice: boolean): string {
  return revealListPrice ? 'List price' : 'Catalog price';
}

/**
 * The one-line text shown to buyers for a rule's price, e.g. "Gold tier: 12% off list price
 * 10.00 from 100 ea", "Contract price 4.20/ea", "Gold tier: contract discount from 100 ea".
 * Nothing in it lets a buyer work out the seller's cost, nor the list price where the
 * pricelist hides list prices: percentages off (or formulas over) a hidden list price and
 * formulas over cost are named, not quantified.
 */
export function explainRule(rule: CompiledRule, context: ExplanationContext): string {
  const text = describeComputation(rule, context) + describeMinimum(rule, context);
  return rule.customerText ? `${rule.customerText}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the rule's explanation writes the list price amount when revealing is allowed. */
export function explanationShowsListPrice(
  rule: Pick<CompiledRule, 'computation'> & { base: CompiledRule['base'] | null },
): boolean {
  return (
    rule.computation === 'PERCENT_DISCOUNT' || (rule.computation === 'FORMULA' && rule.base === 'LIST_PRICE')
  );
}

function describeComputation(rule: CompiledRule, context: ExplanationContext): string {
  const amount = (value: Decimal) => formatDecimal(value, { minScale: context.currencyScale });
  switch (rule.computation) {
    case 'FIXED':
      return `contract price ${amount(rule.fixedPrice)}/${context.unitSymbol}`;
    case 'PERCENT_DISCOUNT':
      // With list prices hidden, the percentage would let a buyer work the list price out.
      if (!context.revealListPrice)
        return rule.discountPercent.isNegative() ? 'contract surcharge' : 'contract discount';
      return rule.discountPercent.isNegative()
        ? `${percent(rule.discountPercent.neg())}% above ${listPriceWords(context)}`
        : `${percent(rule.discountPercent)}% off ${listPriceWords(context)}`;
    case 'FORMULA': {
      // The seller's cost is never derivable, and neither is a hidden list price.
      if (rule.base === 'COST' || (rule.base !== 'OTHER_PRICELIST' && !context.revealListPrice))
        return 'contract formula price';
      const base =
        rule.base === 'OTHER_PRICELIST' ? `${context.basePricelistName} price` : listPriceWords(context);
      const parts = [`formula: ${base}`];
      if (!rule.discountPercent.isZero()) {
        const markup = rule.discountPercent.isNegative();
        parts[0] += ` ${markup ? '+' : '-'} ${percent(rule.discountPercent.abs())}%`;
      }
      if (rule.rounding) parts.push(`rounded to ${formatDecimal(rule.rounding)}`);
      if (rule.surcharge && !rule.surcharge.isZero()) {
        parts.push(`${rule.surcharge.isNegative() ? 'minus' : 'plus'} ${amount(rule.surcharge.abs())}`);
      }
      if (rule.minMargin) parts.push(`at least ${signed(rule.minMargin, amount)} over ${base}`);
      if (rule.maxMargin) parts.push(`at most ${signed(rule.maxMargin, amount)} over ${base}`);
      return parts.join(', ');
    }
  }
}

function describeMinimum(rule: CompiledRule, context: ExplanationContext): string {
  return rule.minQuantity.isZero() ? '' : ` from ${formatDecimal(rule.minQuantity)} ${context.unitSymbol}`;
}

/** Only called where list prices may be revealed. */
function listPriceWords(context: ExplanationContext): string {
  return `list price ${formatDecimal(context.listPrice, { minScale: context.currencyScale })}`;
}

function percent(value: Decimal): string {
  return formatDecimal(value, { grouping: false });
}

function signed(value: Decimal, amount: (value: Decimal) => string): string {
  return value.isNegative() ? `-${amount(value.abs())}` : amount(value);
}
