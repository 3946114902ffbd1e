import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../money';
import { adjustToOrderMultiple, nearestValidQuantities } from './order-multiple';

const strings = (values: { toString(): string }[]) => values.map((v) => v.toString());

describe('adjusting to the order multiple', () => {
  it('rounds up to the next multiple', () => {
    expect(adjustToOrderMultiple('40', '55', null).toString()).toBe('55');
    expect(adjustToOrderMultiple('50', '24').toString()).toBe('72');
    expect(adjustToOrderMultiple('48', '24').toString()).toBe('48');
  });

  it('respects the minimum, then the multiple', () => {
    expect(adjustToOrderMultiple('70', '24', '100').toString()).toBe('120');
    expect(adjustToOrderMultiple('10', null, '25').toString()).toBe('25');
    expect(adjustToOrderMultiple('2.5', '0.5', '0').toString()).toBe('2.5');
  });

  it('leaves the quantity alone without constraints', () => {
    expect(adjustToOrderMultiple('7').toString()).toBe('7');
    expect(adjustToOrderMultiple('7', '0', null).toString()).toBe('7');
  });

  it('always gives a valid quantity at or above the one asked for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 2_000 }),
        (q, m, min) => {
          const adjusted = adjustToOrderMultiple(String(q), String(m), String(min));
          expect(adjusted.gte(q) && adjusted.gte(min) && adjusted.mod(m).isZero()).toBe(true);
          expect(adjusted.minus(m).lt(dec(String(Math.max(q, min))))).toBe(true);
        },
      ),
    );
  });
});

describe('nearest valid quantities', () => {
  it('offers the multiples either side, or the first two when nothing valid is below', () => {
    expect(strings(nearestValidQuantities('70', '55', '55'))).toEqual(['55', '110']);
    expect(strings(nearestValidQuantities('40', '55'))).toEqual(['55', '110']);
    expect(strings(nearestValidQuantities('60', '24', '50'))).toEqual(['72', '96']);
    expect(strings(nearestValidQuantities('110', '55'))).toEqual(['110']);
    expect(strings(nearestValidQuantities('30', null, '50'))).toEqual(['50']);
  });
});
