import fc from 'fast-check';
import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, InvalidDecimalError, dec, decOrNull, padScale, toDecimalString } from './decimal';
import { isMultipleOf, roundToScale, roundToStep } from './rounding';
import { parseDecimal } from './parse-decimal';

describe('dec', () => {
  it('reads plain and exponent strings exactly', () => {
    expect(dec('0.1').plus(dec('0.2')).eq(dec('0.3'))).toBe(true);
    expect(dec('1.5e3').toString()).toBe('1500');
    expect(dec('-.5').toString()).toBe('-0.5');
  });

  it('refuses what is not a finite decimal, with a clear error', () => {
    for (const bad of ['', 'abc', '1,5', 'NaN', 'Infinity', '0x10', ' 1', '1.2.3']) {
      expect(() => dec(bad), bad).toThrow(InvalidDecimalError);
    }
    expect(() => dec(new Decimal(NaN))).toThrow(/Not a finite decimal number: "NaN"/);
    expect(() => dec(new Decimal(Infinity))).toThrow(InvalidDecimalError);
    expect(() => dec(12 as unknown as string)).toThrow(InvalidDecimalError);
  });

  it('adopts a Decimal of another decimal.js configuration into ours', () => {
    const foreign = new ForeignDecimal('0.00000001');
    expect(foreign.toString()).toBe('1e-8');
    expect(dec(foreign).constructor).toBe(Decimal);
    expect(toDecimalString(foreign)).toBe('0.00000001');
  });

  it('passes null and undefined through decOrNull', () => {
    expect(decOrNull(null)).toBeNull();
    expect(decOrNull(undefined)).toBeNull();
    expect(decOrNull('2')?.toString()).toBe('2');
  });
});

describe('toDecimalString', () => {
  it('writes plain notation at any magnitude', () => {
    expect(toDecimalString('0.0001')).toBe('0.0001');
    expect(toDecimalString('1e-12')).toBe('0.000000000001');
    expect(toDecimalString('12345678901.2345')).toBe('12345678901.2345');
    expect(toDecimalString('1e30')).toBe('1000000000000000000000000000000');
    expect(toDecimalString('-0')).toBe('0');
  });

  it('rounds half-up and pads to a scale', () => {
    expect(toDecimalString('1.5', 2)).toBe('1.50');
    expect(toDecimalString('2.345', 2)).toBe('2.35');
    expect(toDecimalString('-2.345', 2)).toBe('-2.35');
    expect(toDecimalString('7', 0)).toBe('7');
    expect(toDecimalString('7', 3)).toBe('7.000');
    expect(() => toDecimalString('1', -1)).toThrow(RangeError);
    expect(() => toDecimalString('1', 1.5)).toThrow(RangeError);
  });

  it('pads plain strings', () => {
    expect(padScale('1', 2)).toBe('1.00');
    expect(padScale('1.234', 2)).toBe('1.234');
    expect(padScale('1.2', 0)).toBe('1.2');
  });

  it('round-trips any decimal through its wire form', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 20 }),
        (digits, scale) => {
          const value = new Decimal(digits.toString()).div(new Decimal(10).pow(scale));
          const wire = toDecimalString(value);
          expect(wire).not.toMatch(/e/i);
          expect(dec(wire).eq(value)).toBe(true);
        },
      ),
    );
  });
});

describe('rounding', () => {
  it('offers half-up, half-even, up and down', () => {
    expect(roundToScale('2.345', 2).toString()).toBe('2.35');
    expect(roundToScale('2.345', 2, 'half-even').toString()).toBe('2.34');
    expect(roundToScale('2.355', 2, 'half-even').toString()).toBe('2.36');
    expect(roundToScale('2.341', 2, 'up').toString()).toBe('2.35');
    expect(roundToScale('-2.341', 2, 'up').toString()).toBe('-2.35');
    expect(roundToScale('2.349', 2, 'down').toString()).toBe('2.34');
  });

  it('rounds to a step', () => {
    expect(roundToStep('1.23', '0.05').toString()).toBe('1.25');
    expect(roundToStep('1.22', '0.05').toString()).toBe('1.2');
    expect(roundToStep('1.225', '0.05').toString()).toBe('1.25');
    expect(roundToStep('1.01', '1', 'up').toString()).toBe('2');
    expect(roundToStep('10', '0.3', 'up').toString()).toBe('10.2');
    expect(() => roundToStep('1', '0')).toThrow(RangeError);
    expect(() => roundToStep('1', '-1')).toThrow(RangeError);
  });

  it('knows multiples', () => {
    expect(isMultipleOf('7.5', '2.5')).toBe(true);
    expect(isMultipleOf('7.4', '2.5')).toBe(false);
    expect(() => isMultipleOf('1', '0')).toThrow(RangeError);
  });

  it('lands within half a step of the value, on a multiple', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.constantFrom('0.05', '0.01', '1', '0.25', '0.3'),
        (n, step) => {
          const value = dec(String(n)).div(1000);
          const rounded = roundToStep(value, step);
          expect(isMultipleOf(rounded, step)).toBe(true);
          expect(rounded.minus(value).abs().lte(dec(step).div(2))).toBe(true);
        },
      ),
    );
  });
});

describe('parseDecimal', () => {
  const money = { maxScale: 2 };

  it('accepts plain decimals within scale and size', () => {
    const result = parseDecimal(' 1234.50 ', money);
    expect(result.ok && result.value.toString()).toBe('1234.5');
    expect(parseDecimal('1.500', money).ok).toBe(true);
    expect(parseDecimal('+3', money).ok).toBe(true);
    const zero = parseDecimal('-0', money);
    expect(zero.ok && zero.value.isNegative()).toBe(false);
  });

  it("accepts only the API's wire form when asked for it", () => {
    const wire = { maxScale: 4, canonical: true, allowNegative: true };
    expect(parseDecimal('0.5', wire).ok).toBe(true);
    expect(parseDecimal('-10.25', wire).ok).toBe(true);
    for (const text of ['01.5', '+3', '-007'])
      expect(parseDecimal(text, wire)).toMatchObject({ ok: false, reason: 'NOT_CANONICAL' });
  });

  it.each([
    [12.5, 'NOT_A_STRING'],
    [null, 'NOT_A_STRING'],
    ['  ', 'EMPTY'],
    ['abc', 'NOT_NUMERIC'],
    ['1,000', 'NOT_NUMERIC'],
    ['0x1F', 'NOT_NUMERIC'],
    ['.5', 'NOT_NUMERIC'],
    ['NaN', 'NOT_FINITE'],
    ['-Infinity', 'NOT_FINITE'],
    ['1e400', 'EXPONENT_NOT_ALLOWED'],
    ['1E-5', 'EXPONENT_NOT_ALLOWED'],
    ['1.005', 'TOO_MANY_DECIMALS'],
    ['1234567890123456', 'TOO_LARGE'],
    ['-1', 'NEGATIVE_NOT_ALLOWED'],
  ])('refuses %j as %s', (input, reason) => {
    const result = parseDecimal(input, money);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(reason);
    expect(!result.ok && result.message.length).toBeGreaterThan(0);
  });

  it('honours its options', () => {
    expect(parseDecimal('-1', { ...money, allowNegative: true }).ok).toBe(true);
    expect(parseDecimal('00012', { maxScale: 0, maxIntegerDigits: 2 }).ok).toBe(true);
    expect(parseDecimal('123', { maxScale: 0, maxIntegerDigits: 2 }).ok).toBe(false);
    const oneDecimal = parseDecimal('1.25', { maxScale: 1 });
    expect(!oneDecimal.ok && oneDecimal.message).toBe('At most 1 decimal allowed.');
    const yen = parseDecimal('1.5', { maxScale: 0 });
    expect(!yen.ok && yen.message).toBe('Whole numbers only.');
    const long = parseDecimal('x'.repeat(30), money);
    expect(!long.ok && long.message).toContain('…');
  });
});
