import { describe, expect, it } from 'vitest';
import { assertSqliteExactDecimal, canonicalDecimal, decimalTransformer } from '../entity/columns';

describe('canonicalDecimal', () => {
  it.each([
    ['0', 4, '0.0000'],
    ['-0', 4, '0.0000'],
    ['-0.00', 2, '0.00'],
    ['1.5', 4, '1.5000'],
    ['+001.50', 2, '1.50'],
    ['.5', 2, '0.50'],
    ['5.', 2, '5.00'],
    ['1e-7', 10, '0.0000001000'],
    ['1.5E3', 0, '1500'],
    ['12345678901.2345', 4, '12345678901.2345'],
    ['-9999999999999999.9999', 4, '-9999999999999999.9999'],
  ])('%s at scale %i is %s', (input, scale, expected) => {
    expect(canonicalDecimal(input, scale)).toBe(expected);
  });

  it('reads numbers through their shortest round-trip text', () => {
    expect(canonicalDecimal(12345678901.2345, 4)).toBe('12345678901.2345');
    expect(canonicalDecimal(0.0001, 4)).toBe('0.0001');
    expect(canonicalDecimal(1e-10, 10)).toBe('0.0000000001');
    expect(canonicalDecimal(-42, 4)).toBe('-42.0000');
    expect(canonicalDecimal(10n ** 18n, 2)).toBe('1000000000000000000.00');
  });

  it('refuses extra decimals unless asked to round half away from zero', () => {
    expect(() => canonicalDecimal('1.00005', 4)).toThrow(/more than 4 decimal places/);
    expect(canonicalDecimal('1.23450000', 4)).toBe('1.2345');
    expect(canonicalDecimal('1.00005', 4, true)).toBe('1.0001');
    expect(canonicalDecimal('-1.00005', 4, true)).toBe('-1.0001');
    expect(canonicalDecimal('9.99995', 4, true)).toBe('10.0000');
    expect(canonicalDecimal('0.00004', 4, true)).toBe('0.0000');
  });

  it('refuses what is not a decimal', () => {
    for (const bad of ['', '.', 'abc', '1,5', '1.2.3', '0x10', 'NaN']) {
      expect(() => canonicalDecimal(bad, 2), bad).toThrow(RangeError);
    }
    expect(() => canonicalDecimal(Number.POSITIVE_INFINITY, 2)).toThrow(RangeError);
    expect(() => canonicalDecimal(2 ** 60, 2)).toThrow(/exactly representable/);
  });
});

describe('decimalTransformer', () => {
  const money = decimalTransformer(20, 4);

  it('writes and reads canonical strings and passes nulls through', () => {
    expect(money.to('12.5')).toBe('12.5000');
    expect(money.from('12.5000')).toBe('12.5000');
    expect(money.from(12.5)).toBe('12.5000');
    expect(money.to(null)).toBeNull();
    expect(money.from(null)).toBeNull();
    expect(money.to(undefined)).toBeUndefined();
  });

  it('refuses values beyond the precision', () => {
    expect(money.to('9999999999999999.9999')).toBe('9999999999999999.9999');
    expect(() => money.to('10000000000000000')).toThrow(/does not fit decimal\(20,4\)/);
  });
});

describe('assertSqliteExactDecimal', () => {
  it('allows up to 15 significant digits', () => {
    expect(() => assertSqliteExactDecimal('99999999999.9999', 'x')).not.toThrow();
    expect(() => assertSqliteExactDecimal('0.0000000001', 'x')).not.toThrow();
    expect(() => assertSqliteExactDecimal('123456789012345.0000', 'x')).not.toThrow();
    expect(() => assertSqliteExactDecimal('1234567890123456.0000', 'x')).toThrow(/16 significant digits/);
    expect(() => assertSqliteExactDecimal('1000000000000000', 'x')).toThrow(/16 significant digits/);
    expect(() => assertSqliteExactDecimal('123456789012.3456', 'Product.listPrice')).toThrow(
      /Product\.listPrice/,
    );
  });
});
