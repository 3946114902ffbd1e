import { describe, expect, it } from 'vitest';
import { BadInputError } from '../common/request-errors';
import { assertSqliteExactDecimal, decimalTransformer } from '../entity/columns';

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

  it('refuses extra decimals on the way in, and rounds float noise on the way out', () => {
    expect(() => money.to('1.00005')).toThrow(/more than 4 decimal places/);
    expect(money.from('1.00005')).toBe('1.0001');
  });

  it('refuses values beyond the precision', () => {
    expect(money.to('9999999999999999.9999')).toBe('9999999999999999.9999');
    // A request's value: BAD_USER_INPUT for the caller, never a 500.
    expect(() => money.to('10000000000000000')).toThrow(
      new BadInputError('10000000000000000 is too large: at most 16 digits before the decimal point.'),
    );
  });
});

describe('assertSqliteExactDecimal', () => {
  it('allows up to 15 significant digits', () => {
    expect(() => assertSqliteExactDecimal('99999999999.9999', 'x')).not.toThrow();
    expect(() => assertSqliteExactDecimal('0.0000000001', 'x')).not.toThrow();
    expect(() => assertSqliteExactDecimal('123456789012345.0000', 'x')).not.toThrow();
    expect(() => assertSqliteExactDecimal('1234567890123456.0000', 'x')).toThrow(BadInputError);
    expect(() => assertSqliteExactDecimal('1234567890123456.0000', 'x')).toThrow(/16 significant digits/);
    expect(() => assertSqliteExactDecimal('1000000000000000', 'x')).toThrow(/16 significant digits/);
    expect(() => assertSqliteExactDecimal('123456789012.3456', 'Product.listPrice')).toThrow(
      /Product\.listPrice/,
    );
  });
});
