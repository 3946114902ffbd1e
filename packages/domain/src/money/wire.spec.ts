import { describe, expect, it } from 'vitest';
import { ratio } from './ratio';
import { dec, padScale, toDecimalString } from './decimal';
import {
  plainDecimal,
  compareDecimals,
  integerDigits,
  moneyWireAmount,
  sameDecimal,
  significantDigits,
  toFixedScale,
} from './wire';

describe('decimals between the database, the wire and people', () => {
  it('compares numerically, whatever the trailing zeros or signs', () => {
    expect(compareDecimals('1.50', '1.5')).toBe(0);
    expect(compareDecimals('10', '9.99')).toBe(1);
    expect(compareDecimals('-2', '-10')).toBe(1);
    expect(compareDecimals('0.0001', '0.001')).toBe(-1);
    expect(sameDecimal('12.5000', '12.5')).toBe(true);
    expect(sameDecimal('12.5001', '12.5')).toBe(false);
  });

  it("sends amounts with the currency's minor unit and every significant digit", () => {
    expect(moneyWireAmount('1234.5000', 'USD')).toBe('1234.50');
    expect(moneyWireAmount('0.0125', 'USD')).toBe('0.0125');
    expect(moneyWireAmount('7', 'EUR')).toBe('7.00');
    expect(moneyWireAmount('1200.00', 'JPY')).toBe('1200');
    expect(moneyWireAmount('1200.00', 'ISK')).toBe('1200');
    expect(moneyWireAmount('99.5000', 'VND')).toBe('99.5');
    expect(moneyWireAmount('1.2', 'KWD')).toBe('1.200');
    expect(moneyWireAmount('-3.5', 'USD')).toBe('-3.50');
    expect(() => moneyWireAmount('1', 'XXZ')).toThrow(/Unknown currency/);
  });

  it('formats plain decimal text by string operations exactly as decimal.js does', () => {
    // decimal.js's own reading and printing, the reference.
    const slow = (value: string, scale?: number) =>
      scale === undefined
        ? dec(value).toString()
        : padScale(dec(value).toDecimalPlaces(scale, 4).toString(), scale);
    const samples = [
      ['12.5000', 4],
      ['-3.1000', 4],
      ['0.0000', 4],
      ['-0.0000', 4],
      ['-0', 0],
      ['0012.5000', 4],
      ['12345678901234567.1234', 4],
      ['7', 0],
      ['007', 0],
      ['1.2345678901', 10],
      ['1.5', 4],
      ['1e3', 0],
      ['.5000', 4],
    ] as const;
    for (const [value, scale] of samples) {
      expect(toFixedScale(value, scale, true), value).toBe(slow(value, scale));
      expect(toFixedScale(value, scale), value).toBe(slow(value, scale));
      expect(toDecimalString(value), value).toBe(slow(value));
      expect(toDecimalString(value, scale), value).toBe(slow(value, scale));
    }
    // Random values at the scales of the columns: the same text either way.
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const scale = [0, 2, 4, 10][i % 4]!;
      const digits = String(next()).slice(0, 1 + (next() % 10));
      const whole = digits.length > scale ? digits.slice(0, digits.length - scale) : '0';
      const fraction =
        digits.length > scale ? digits.slice(digits.length - scale) : digits.padStart(scale, '0');
      const text = `${next() % 3 === 0 ? '-' : ''}${whole}${scale ? `.${fraction}` : ''}`;
      expect(toFixedScale(text, scale, true), text).toBe(slow(text, scale));
      expect(toDecimalString(text), text).toBe(slow(text));
      expect(toDecimalString(text, scale + 2), text).toBe(slow(text, scale + 2));
      expect(moneyWireAmount(text, 'USD'), text).toBe(padScale(slow(text), 2));
    }
  });

  it('stores at a fixed scale, refusing extra decimals unless told to round', () => {
    expect(toFixedScale('12.5', 4)).toBe('12.5000');
    expect(toFixedScale(' 3 ', 2)).toBe('3.00');
    expect(toFixedScale(0.1, 4)).toBe('0.1000');
    expect(toFixedScale(12n, 2)).toBe('12.00');
    expect(toFixedScale('1.23000', 2)).toBe('1.23');
    expect(() => toFixedScale('1.234', 2)).toThrow(RangeError);
    expect(toFixedScale('1.235', 2, true)).toBe('1.24');
    expect(toFixedScale('-1.235', 2, true)).toBe('-1.24');
    expect(toFixedScale(0.30000000000000004, 4, true)).toBe('0.3000');
    expect(toFixedScale(1e-7, 10)).toBe('0.0000001000');
    expect(toFixedScale(12345678901.2345, 4)).toBe('12345678901.2345');
    expect(toFixedScale(-42, 4)).toBe('-42.0000');
    expect(toFixedScale(10n ** 18n, 2)).toBe('1000000000000000000.00');
    expect(toFixedScale('9.99995', 4, true)).toBe('10.0000');
    expect(toFixedScale('0.00004', 4, true)).toBe('0.0000');
    expect(toFixedScale('-0.00004', 4, true)).toBe('0.0000');
  });

  it.each([
    ['0', 4, '0.0000'],
    ['-0', 4, '0.0000'],
    ['-0.00', 2, '0.00'],
    ['+001.50', 2, '1.50'],
    ['.5', 2, '0.50'],
    ['5.', 2, '5.00'],
    ['1e-7', 10, '0.0000001000'],
    ['1.5E3', 0, '1500'],
    ['-9999999999999999.9999', 4, '-9999999999999999.9999'],
  ] as const)('stores %s at scale %i as %s', (input, scale, expected) => {
    expect(toFixedScale(input, scale)).toBe(expected);
  });

  it('refuses what is not an exact decimal with a RangeError', () => {
    for (const bad of ['', '.', 'abc', '1,5', '1.2.3', '--1', '0x10', 'NaN'])
      expect(() => toFixedScale(bad, 2), bad).toThrow(RangeError);
    expect(() => toFixedScale(Number.POSITIVE_INFINITY, 2)).toThrow(/finite/);
    expect(() => toFixedScale(2 ** 60, 2)).toThrow(/exactly representable/);
    expect(() => significantDigits('x')).toThrow(RangeError);
  });

  it('counts integer and significant digits', () => {
    expect(integerDigits('12345678901.2345')).toBe(11);
    expect(integerDigits('0.5')).toBe(0);
    expect(integerDigits('-007.5')).toBe(1);
    expect(significantDigits('1200')).toBe(4);
    expect(significantDigits('0.0120')).toBe(2);
    expect(significantDigits('12345678901.2345')).toBe(15);
    expect(significantDigits(0)).toBe(1);
  });
});

describe('plain decimals on the wire', () => {
  it('drop trailing zeros and keep null', () => {
    expect(plainDecimal('24.0000')).toBe('24');
    expect(plainDecimal('0.01250')).toBe('0.0125');
    expect(plainDecimal(null)).toBeNull();
    expect(plainDecimal(undefined)).toBeNull();
  });
});

describe('ratio', () => {
  it('divides and rounds half-up at a fixed scale, and is zero of nothing', () => {
    expect(ratio('2', '3', 4)).toBe('0.6667');
    expect(ratio('1', '8', 2)).toBe('0.13');
    expect(ratio('5', '0', 4)).toBe('0.0000');
  });
});
