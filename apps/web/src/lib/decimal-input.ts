import {
  QUANTITY_SCALE,
  UNIT_PRICE_SCALE,
  compareDecimals,
  currencyExponent,
  parseDecimal,
  toDecimalString,
} from '@portal/domain';

/*
 * Decimals people type into forms, checked by @portal/domain's parseDecimal: the browser checks
 * what it can, the server has the final word (userErrors). The text the user typed is what is
 * sent; nothing here rounds or recomputes it.
 */

export { QUANTITY_SCALE };

export interface DecimalInputRule {
  /** Most decimals allowed. */
  maxScale: number;
  /** Refuse zero as well as negatives (a quantity to order, say). */
  positive?: boolean;
}

/** A quantity to order: above zero, at most QUANTITY_SCALE decimals. */
export const QUANTITY_RULE: DecimalInputRule = { maxScale: QUANTITY_SCALE, positive: true };

/** A unit price: above zero, at most UNIT_PRICE_SCALE decimals (prices per unit may be 0.0125). */
export const UNIT_PRICE_RULE: DecimalInputRule = { maxScale: UNIT_PRICE_SCALE, positive: true };

/** An amount of money in `currencyCode`: not negative, at most the currency's decimals. */
export function moneyAmountRule(currencyCode: string): DecimalInputRule {
  return { maxScale: currencyExponent(currencyCode) };
}

/**
 * What is wrong with `text` under `rule`, or null when it is fine. Text that is no number, or
 * not above zero when the rule wants that, gets the field's own `message` ("Enter a quantity
 * greater than 0."); too many decimals or digits get the domain's ("At most 2 decimals allowed.").
 */
export function decimalInputError(text: string, rule: DecimalInputRule, message: string): string | null {
  const parsed = parseDecimal(text, { maxScale: rule.maxScale });
  if (!parsed.ok) {
    return parsed.reason === 'TOO_MANY_DECIMALS' || parsed.reason === 'TOO_LARGE' ? parsed.message : message;
  }
  return rule.positive && compareDecimals(parsed.value, '0') <= 0 ? message : null;
}

/** True when `text` is a decimal `rule` accepts. */
export function isDecimalInput(text: string, rule: DecimalInputRule): boolean {
  return decimalInputError(text, rule, 'invalid') === null;
}

/** The canonical form of a decimal `rule` accepts ("007" → "7", " 2.50 " → "2.5"), or null. */
export function canonicalDecimal(text: string, rule: DecimalInputRule): string | null {
  const parsed = parseDecimal(text, { maxScale: rule.maxScale });
  if (!parsed.ok || (rule.positive && compareDecimals(parsed.value, '0') <= 0)) return null;
  return toDecimalString(parsed.value);
}
