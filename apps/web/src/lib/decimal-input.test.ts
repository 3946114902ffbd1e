import { describe, expect, it } from 'vitest';
import {
  QUANTITY_RULE,
  UNIT_PRICE_RULE,
  canonicalDecimal,
  decimalInputError,
  isDecimalInput,
  moneyAmountRule,
} from './decimal-input';

const MESSAGE = 'Enter a quantity greater than 0.';

describe('decimals typed into forms', () => {
  it('accepts plain decimals within the rule’s scale', () => {
    expect(decimalInputError('2.5', QUANTITY_RULE, MESSAGE)).toBeNull();
    expect(decimalInputError(' 12 ', QUANTITY_RULE, MESSAGE)).toBeNull();
    expect(decimalInputError('0.0125', UNIT_PRICE_RULE, MESSAGE)).toBeNull();
    // The server requires a price above zero; so does the form.
    expect(decimalInputError('0', UNIT_PRICE_RULE, MESSAGE)).not.toBeNull();
  });

  it('gives the field’s message for what is no number or not above zero', () => {
    for (const text of ['', 'five', '1.5.0', '1,5', '-1', '1e3', '0', '0.000'])
      expect(decimalInputError(text, QUANTITY_RULE, MESSAGE), text).toBe(MESSAGE);
  });

  it('gives the domain’s message for too many decimals, in the currency’s minor unit', () => {
    expect(decimalInputError('1.23456', QUANTITY_RULE, MESSAGE)).toBe('At most 4 decimals allowed.');
    expect(decimalInputError('10.005', moneyAmountRule('USD'), MESSAGE)).toBe('At most 2 decimals allowed.');
    expect(decimalInputError('10.5', moneyAmountRule('JPY'), MESSAGE)).toBe('Whole numbers only.');
    expect(decimalInputError('1.500', moneyAmountRule('USD'), MESSAGE)).toBeNull();
  });

  it('tells whether text is acceptable and gives its canonical form', () => {
    expect(isDecimalInput('3', QUANTITY_RULE)).toBe(true);
    expect(isDecimalInput('x', QUANTITY_RULE)).toBe(false);
    expect(canonicalDecimal('007', QUANTITY_RULE)).toBe('7');
    expect(canonicalDecimal('2.50', QUANTITY_RULE)).toBe('2.5');
    expect(canonicalDecimal('0', QUANTITY_RULE)).toBeNull();
    expect(canonicalDecimal('abc', QUANTITY_RULE)).toBeNull();
  });
});
