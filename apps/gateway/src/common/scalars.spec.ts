import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar, DecimalScalar, isValidCalendarDate } from './scalars';

describe('Decimal scalar', () => {
  it.each(['0', '12.50', '-3.0001', '12345678901.2345', '0.0001'])('accepts %s exactly', (value) => {
    expect(DecimalScalar.parseValue(value)).toBe(value);
  });

  it.each(['1e3', '12,50', 'abc', '', '01.5', '.5', 'NaN', '1.', '--1', '1.1234567890123'])(
    'refuses %j with BAD_USER_INPUT',
    (value) => {
      expect(() => DecimalScalar.parseValue(value)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
      );
    },
  );

  it('refuses JSON numbers, which would be floats', () => {
    expect(() => DecimalScalar.parseValue(12.5)).toThrow(/strings/);
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.FLOAT, value: '12.5' })).toThrow(/strings/);
  });
});

describe('Date and DateTime scalars', () => {
  it('accepts real calendar dates only', () => {
    expect(isValidCalendarDate('2028-02-29')).toBe(true);
    expect(isValidCalendarDate('2026-02-29')).toBe(false);
    expect(isValidCalendarDate('2026-13-01')).toBe(false);
    expect(() => DateScalar.parseValue('2026-02-30')).toThrow(/calendar date/);
    expect(DateScalar.serialize('2026-11-27')).toBe('2026-11-27');
  });

  it('parses offsets and always answers in UTC', () => {
    expect((DateTimeScalar.parseValue('2026-11-27T10:00:00+01:00') as Date).toISOString()).toBe(
      '2026-11-27T09:00:00.000Z',
    );
    expect(() => DateTimeScalar.parseValue('2026-11-27 10:00')).toThrow(/ISO-8601/);
    expect(DateTimeScalar.serialize(new Date('2026-11-27T10:00:00Z'))).toBe('2026-11-27T10:00:00.000Z');
  });
});
