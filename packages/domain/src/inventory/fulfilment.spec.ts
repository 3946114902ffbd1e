import { describe, expect, it } from 'vitest';
import {
  baseQuantityOfPart,
  fulfilmentComplete,
  openQuantity,
  shipmentLineProblem,
  type FulfilmentLine,
} from './fulfilment';

const line = (extra: Partial<FulfilmentLine> = {}): FulfilmentLine => ({
  sku: 'CUP-12',
  quantity: '5',
  shipped: '0',
  cancelled: '0',
  unit: 'cs',
  step: '1',
  ...extra,
});

describe('partial shipments', () => {
  it('leaves open what is neither shipped nor cancelled', () => {
    expect(openQuantity(line({ shipped: '2' })).toString()).toBe('3');
    expect(openQuantity(line({ shipped: '2', cancelled: '3' })).toString()).toBe('0');
    expect(openQuantity(line({ shipped: '6' })).toString()).toBe('0');
  });

  it('ships part of a line in whole steps, never more than is open', () => {
    expect(shipmentLineProblem(line(), '2')).toBeNull();
    expect(shipmentLineProblem(line(), '0')).toBe('CUP-12: the quantity to ship must be more than 0.');
    expect(shipmentLineProblem(line(), '1.5')).toBe('CUP-12 ships in steps of 1 cs.');
    expect(shipmentLineProblem(line({ step: '0' }), '1.5')).toBeNull();
    expect(shipmentLineProblem(line({ shipped: '3' }), '3')).toBe(
      'CUP-12: only 2 cs left to ship, not 3 cs.',
    );
    expect(shipmentLineProblem(line({ shipped: '5' }), '1')).toBe('CUP-12 has nothing left to ship.');
  });

  it('is complete when every line is shipped or cancelled', () => {
    expect(fulfilmentComplete([line({ shipped: '5' }), line({ shipped: '1', cancelled: '4' })])).toBe(true);
    expect(fulfilmentComplete([line({ shipped: '5' }), line({ shipped: '1' })])).toBe(false);
  });
});

describe('the base quantity of part of a line', () => {
  it('converts through the line’s own ratio, exactly for the whole line', () => {
    expect(baseQuantityOfPart('5', '120', '2').toString()).toBe('48');
    expect(baseQuantityOfPart('3', '1', '3').toString()).toBe('1');
  });
});
