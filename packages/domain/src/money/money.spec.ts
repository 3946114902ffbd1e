import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from './decimal';
import { UnknownCurrencyError, currencyExponent, isKnownCurrency } from './currency';
import { CurrencyMismatchError, Money, roundToCurrency, sumMoney } from './money';
import { formatDecimal, formatMoney } from './format';
import { InvalidAllocationError, allocate, allocateEvenly } from './allocate';
import { InvalidQuantityError, maxQuantity, quantity, sumQuantities } from './quantity';
import { at } from '../internal/at';

const usd = (amount: string) => Money.of(amount, 'USD');

describe('currencies', () => {
  it('knows ISO 4217 exponents', () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('BHD')).toBe(3);
    expect(currencyExponent('CLF')).toBe(4);
    expect(isKnownCurrency('usd')).toBe(false);
    expect(() => currencyExponent('XXX')).toThrow(UnknownCurrencyError);
    expect(() => Money.of('1', 'ABC')).toThrow(/Unknown currency: "ABC"/);
  });
});

describe('Money', () => {
  it('adds, subtracts, multiplies and negates exactly', () => {
    expect(usd('0.1').add(usd('0.2')).equals(usd('0.3'))).toBe(true);
    expect(usd('10').subtract(usd('10.01')).toJSON()).toEqual({ amount: '-0.01', currencyCode: 'USD' });
    expect(usd('0.0125').multiply('24').amount.toString()).toBe('0.3');
    expect(usd('5').negate().isNegative()).toBe(true);
    expect(Money.zero('EUR').isZero()).toBe(true);
    expect(Money.zero('EUR').isNegative()).toBe(false);
    expect(usd('1.5').toString()).toBe('1.5 USD');
  });

  it('compares within one currency only', () => {
    expect(usd('1').compare(usd('2'))).toBe(-1);
    expect(usd('2').compare(usd('2.00'))).toBe(0);
    expect(usd('3').compare(usd('2'))).toBe(1);
    expect(usd('1').equals(Money.of('1', 'EUR'))).toBe(false);
    expect(() => usd('1').add(Money.of('1', 'EUR'))).toThrow(CurrencyMismatchError);
    expect(() => usd('1').compare(Money.of('1', 'EUR'))).toThrow('Cannot combine USD with EUR');
  });

  it('rounds to the currency, half-up unless told', () => {
    expect(roundToCurrency(usd('2.345')).amount.toString()).toBe('2.35');
    expect(roundToCurrency(usd('-2.345')).amount.toString()).toBe('-2.35');
    expect(roundToCurrency(usd('2.345'), 'half-even').amount.toString()).toBe('2.34');
    expect(roundToCurrency(Money.of('1234.5', 'JPY')).amount.toString()).toBe('1235');
    expect(roundToCurrency(Money.of('1.2345', 'KWD'), 'down').amount.toString()).toBe('1.234');
  });

  it('sums', () => {
    expect(sumMoney([usd('1.10'), usd('2.20')], 'USD').equals(usd('3.3'))).toBe(true);
    expect(sumMoney([], 'EUR').isZero()).toBe(true);
  });
});

describe('formatting', () => {
  it('formats money for messages', () => {
    expect(formatMoney(usd('1000'))).toBe('1,000.00');
    expect(formatMoney(usd('1234567.891'))).toBe('1,234,567.89');
    expect(formatMoney(usd('-3.5'), { withCurrency: true })).toBe('-3.50 USD');
    expect(formatMoney(usd('-0.001'))).toBe('0.00');
    expect(formatMoney(Money.of('1200', 'JPY'))).toBe('1,200');
    expect(formatMoney(Money.of('0.5', 'KWD'))).toBe('0.500');
  });

  it('formats decimals keeping their digits', () => {
    expect(formatDecimal('0.0125', { minScale: 2 })).toBe('0.0125');
    expect(formatDecimal('4.2', { minScale: 2 })).toBe('4.20');
    expect(formatDecimal('12345.5', { grouping: false })).toBe('12345.5');
    expect(formatDecimal('100')).toBe('100');
  });
});

describe('allocate', () => {
  it('splits by ratios without losing a cent', () => {
    expect(allocate(usd('100'), ['1', '1', '1']).map((m) => m.amount.toString())).toEqual([
      '33.34',
      '33.33',
      '33.33',
    ]);
    expect(allocate(usd('0.05'), ['3', '7']).map((m) => m.amount.toString())).toEqual(['0.02', '0.03']);
    expect(allocate(usd('10'), ['0', '2', '0']).map((m) => m.amount.toString())).toEqual(['0', '10', '0']);
  });

  it('gives the leftover cents to the largest remainders, earlier parts first on ties', () => {
    // 1.00 over 0.3/0.3/0.4: 30, 30, 40 cents exactly.
    expect(allocate(usd('1'), ['0.3', '0.3', '0.4']).map((m) => m.amount.toString())).toEqual([
      '0.3',
      '0.3',
      '0.4',
    ]);
    // 0.10 over 1/2/4 = 1.43, 2.86, 5.71: floors 1, 2, 5 and the two cents go to .86 and .71.
    expect(allocate(usd('0.1'), ['1', '2', '4']).map((m) => m.amount.toString())).toEqual([
      '0.01',
      '0.03',
      '0.06',
    ]);
  });

  it('splits negative totals like positive ones, negated', () => {
    expect(allocate(usd('-100'), ['1', '1', '1']).map((m) => m.amount.toString())).toEqual([
      '-33.34',
      '-33.33',
      '-33.33',
    ]);
  });

  it('works in the currency minor unit', () => {
    expect(allocate(Money.of('100', 'JPY'), ['1', '2']).map((m) => m.amount.toString())).toEqual([
      '33',
      '67',
    ]);
    expect(allocate(Money.of('1', 'KWD'), ['1', '1', '1']).map((m) => m.amount.toString())).toEqual([
      '0.334',
      '0.333',
      '0.333',
    ]);
  });

  it('splits evenly', () => {
    expect(allocateEvenly(usd('0.05'), 3).map((m) => m.amount.toString())).toEqual(['0.02', '0.02', '0.01']);
    expect(() => allocateEvenly(usd('1'), 0)).toThrow(InvalidAllocationError);
    expect(() => allocateEvenly(usd('1'), 1.5)).toThrow(InvalidAllocationError);
  });

  it('refuses what cannot be split exactly', () => {
    expect(() => allocate(usd('1'), [])).toThrow(InvalidAllocationError);
    expect(() => allocate(usd('1'), ['1', '-1'])).toThrow('Ratios must not be negative');
    expect(() => allocate(usd('1'), ['0', '0'])).toThrow('Ratios must not all be zero');
    expect(() => allocate(usd('1.005'), ['1'])).toThrow('has more decimals than USD allows');
  });

  it('always sums exactly to the total, each part within one minor unit of its share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 })
          .filter((r) => r.some((x) => x > 0)),
        fc.constantFrom('USD', 'JPY', 'KWD'),
        (minor, ratios, currency) => {
          const total = Money.of(dec(String(minor)).div(dec('10').pow(currencyExponent(currency))), currency);
          const parts = allocate(total, ratios.map(String));
          expect(sumMoney(parts, currency).equals(total)).toBe(true);
          const weightSum = ratios.reduce((a, b) => a + b, 0);
          const unit = dec('1').div(dec('10').pow(currencyExponent(currency)));
          parts.forEach((part, i) => {
            const share = total.amount.mul(at(ratios, i)).div(weightSum);
            expect(part.amount.minus(share).abs().lt(unit)).toBe(true);
            expect(part.amount.mul(10 ** currencyExponent(currency)).isInteger()).toBe(true);
          });
        },
      ),
    );
  });
});

describe('quantities', () => {
  it('are non-negative exact decimals', () => {
    expect(quantity('2.5').toString()).toBe('2.5');
    expect(quantity('-0').isZero()).toBe(true);
    expect(() => quantity('-1')).toThrow(InvalidQuantityError);
    expect(maxQuantity(quantity('2'), quantity('3')).toString()).toBe('3');
    expect(maxQuantity(quantity('3'), quantity('2')).toString()).toBe('3');
    expect(sumQuantities([quantity('0.1'), quantity('0.2')]).toString()).toBe('0.3');
  });
});
