import { Decimal, roundToStep } from '../money';
import type { CompiledRule } from './compiled-rule';

/**
 * A FORMULA rule's price from its base: base − base × discount% / 100, rounded half-up to a
 * multiple of the rounding step, plus the surcharge, then kept within
 * [base + minMargin, base + maxMargin] (each bound only where set; the maximum is applied
 * last, so it wins should the bounds ever cross).
 */
export function applyFormula(rule: CompiledRule, base: Decimal): Decimal {
  let price = base.mul(rule.keepFactor);
  if (rule.rounding) price = roundToStep(price, rule.rounding, 'half-up');
  if (rule.surcharge) price = price.plus(rule.surcharge);
  if (rule.minMargin) price = Decimal.max(price, base.plus(rule.minMargin));
  if (rule.maxMargin) price = Decimal.min(price, base.plus(rule.maxMargin));
  return price;
}
