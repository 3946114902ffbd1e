import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../money';
import { STANDARD_UNITS as U, UOM_CATEGORIES, defineUnit, isUomCategory } from './unit-of-measure';
import { UomCategoryMismatchError, canConvert, convertQuantity, convertUnitPrice } from './convert';
import { basePriceForFactor, fromBaseQuantity, toBaseQuantity, unitPriceForFactor } from './product-unit';

describe('units of measure', () => {
  it('have standard categories, and open ones the seller names in lower case', () => {
    expect(UOM_CATEGORIES).toEqual(['count', 'volume', 'weight', 'length', 'area', 'time']);
    expect(isUomCategory('volume')).toBe(true);
    expect(isUomCategory('area')).toBe(true);
    expect(isUomCategory('energy')).toBe(true);
    expect(isUomCategory('cable length-2')).toBe(true);
    expect(isUomCategory('Energy')).toBe(false);
    expect(isUomCategory('')).toBe(false);
    expect(isUomCategory('2d')).toBe(false);
    expect(isUomCategory('a'.repeat(33))).toBe(false);
  });

  it('convert areas: 100 ft² is 9.29 m²', () => {
    expect(convertQuantity('100', U.squareFoot, U.squareMetre).toString()).toBe('9.3');
    expect(canConvert(U.squareFoot, U.foot)).toBe(false);
  });

  it('refuse a non-positive ratio or rounding', () => {
    const spec = { id: 'x', symbol: 'x', name: 'X', category: 'count' as const, ratio: '1', rounding: '1' };
    expect(defineUnit(spec).ratio.toString()).toBe('1');
    expect(() => defineUnit({ ...spec, ratio: '0' })).toThrow(RangeError);
    expect(() => defineUnit({ ...spec, rounding: '-1' })).toThrow(RangeError);
  });
});

describe('convertQuantity', () => {
  it('converts within a category: 1 dozen is 12 units', () => {
    expect(convertQuantity('1', U.dozen, U.unit).toString()).toBe('12');
    expect(convertQuantity('30', U.unit, U.dozen).toString()).toBe('3');
    expect(convertQuantity('30', U.unit, U.dozen, { rounding: 'none' }).toString()).toBe('2.5');
    expect(convertQuantity('30', U.unit, U.dozen, { rounding: 'half-up' }).toString()).toBe('3');
    expect(convertQuantity('29', U.unit, U.dozen, { rounding: 'half-up' }).toString()).toBe('2');
    expect(convertQuantity('3', U.day, U.hour).toString()).toBe('72');
  });

  it('converts gallons and litres', () => {
    expect(convertQuantity('1', U.gallon, U.litre, { rounding: 'none' }).toString()).toBe('3.785411784');
    expect(convertQuantity('1', U.gallon, U.litre).toString()).toBe('3.786');
    expect(convertQuantity('10', U.litre, U.gallon).toString()).toBe('2.65');
    expect(convertQuantity('500', U.millilitre, U.litre).toString()).toBe('0.5');
  });

  it('converts kilograms and pounds', () => {
    expect(convertQuantity('1', U.pound, U.kilogram, { rounding: 'none' }).toString()).toBe('0.45359237');
    expect(convertQuantity('1', U.kilogram, U.pound).toString()).toBe('2.21');
    expect(convertQuantity('1', U.kilogram, U.pound, { rounding: 'half-up' }).toString()).toBe('2.2');
    expect(convertQuantity('2500', U.gram, U.kilogram).toString()).toBe('2.5');
    expect(convertQuantity('10', U.foot, U.metre).toString()).toBe('3.05');
  });

  it('refuses volume to weight', () => {
    expect(canConvert(U.litre, U.kilogram)).toBe(false);
    expect(() => convertQuantity('1', U.litre, U.kilogram)).toThrow(UomCategoryMismatchError);
    expect(() => convertUnitPrice('1', U.gallon, U.pound)).toThrow(
      'Cannot convert gal (volume) to lb (weight)',
    );
  });

  it('never under-delivers when rounding up, and round-trips within one rounding step', () => {
    const pairs = [
      [U.gallon, U.litre],
      [U.litre, U.gallon],
      [U.kilogram, U.pound],
      [U.pound, U.gram],
      [U.unit, U.dozen],
      [U.foot, U.metre],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(...pairs), (n, [from, to]) => {
        const qty = dec(String(n)).div(1000);
        const there = convertQuantity(qty, from, to);
        const exact = convertQuantity(qty, from, to, { rounding: 'none' });
        expect(there.gte(exact)).toBe(true);
        expect(there.minus(exact).lt(to.rounding)).toBe(true);
        const back = convertQuantity(there, to, from, { rounding: 'none' });
        expect(back.gte(qty)).toBe(true);
        expect(back.minus(qty).lt(convertQuantity(to.rounding, to, from, { rounding: 'none' }))).toBe(true);
      }),
    );
  });
});

describe('convertUnitPrice', () => {
  it('converts prices the other way, exactly', () => {
    expect(convertUnitPrice('24', U.dozen, U.unit).toString()).toBe('2');
    expect(convertUnitPrice('2', U.unit, U.dozen).toString()).toBe('24');
    expect(convertUnitPrice('10', U.kilogram, U.pound).toString()).toBe('4.5359237');
  });

  it('keeps price × quantity unchanged across units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (p, q) => {
        const price = dec(String(p)).div(100);
        const qty = dec(String(q)).div(100);
        const total = price.mul(qty);
        const converted = convertUnitPrice(price, U.gallon, U.litre).mul(
          convertQuantity(qty, U.gallon, U.litre, { rounding: 'none' }),
        );
        expect(converted.minus(total).abs().lt(dec('1e-30'))).toBe(true);
      }),
    );
  });
});

describe('product units', () => {
  it('moves quantities between a product unit and the base unit: 5 cases of 24 are 120 each', () => {
    expect(toBaseQuantity('5', '24').toString()).toBe('120');
    expect(fromBaseQuantity('120', '24').toString()).toBe('5');
    expect(fromBaseQuantity('30', '24').toString()).toBe('1.25');
  });

  it('prices a case at 24 times the each price', () => {
    expect(unitPriceForFactor('0.0125', '24').toString()).toBe('0.3');
    expect(basePriceForFactor('0.30', '24').toString()).toBe('0.0125');
  });

  it('refuses a non-positive factor', () => {
    expect(() => toBaseQuantity('1', '0')).toThrow(RangeError);
    expect(() => unitPriceForFactor('1', '-2')).toThrow(RangeError);
  });
});
