import { describe, expect, it } from 'vitest';
import { dec } from '../money';
import {
  NO_STOCK,
  StockMovementKind as K,
  applyMovement,
  availableStock,
  ledgerFigures,
  stockQuantityProblem,
  type StockFigures,
} from './stock-ledger';

const figures = (onHand: string, reserved: string): StockFigures => ({
  onHand: dec(onHand),
  reserved: dec(reserved),
});
const plain = (f: StockFigures) => ({ onHand: f.onHand.toString(), reserved: f.reserved.toString() });
const apply = (f: StockFigures, kind: K, quantity: string) => {
  const result = applyMovement(f, { kind, quantity }, 'ea');
  return result.ok ? plain(result.figures) : result.message;
};

describe('the stock ledger', () => {
  it('derives on hand, reserved and available from the movements', () => {
    const ledger = [
      { kind: K.RECEIPT, quantity: '100' },
      { kind: K.RESERVATION, quantity: '30' },
      { kind: K.ADJUSTMENT, quantity: '-5' },
      { kind: K.SHIPMENT, quantity: '20' },
      { kind: K.RELEASE, quantity: '10' },
    ];
    const result = ledgerFigures(ledger);
    expect(plain(result)).toEqual({ onHand: '75', reserved: '0' });
    expect(availableStock(result).toString()).toBe('75');
    expect(plain(ledgerFigures([]))).toEqual(plain(NO_STOCK));
  });

  it('gives the same figures applying movements one by one as summing the ledger', () => {
    let current = NO_STOCK;
    const ledger = [
      { kind: K.RECEIPT, quantity: '48' },
      { kind: K.RESERVATION, quantity: '60' },
      { kind: K.RECEIPT, quantity: '24' },
      { kind: K.SHIPMENT, quantity: '60' },
    ];
    for (const movement of ledger) {
      const result = applyMovement(current, movement, 'ea');
      if (!result.ok) throw new Error(result.message);
      current = result.figures;
    }
    expect(plain(current)).toEqual(plain(ledgerFigures(ledger)));
    expect(plain(current)).toEqual({ onHand: '12', reserved: '0' });
  });

  it('lets backorders reserve more than is on hand (available goes below zero)', () => {
    expect(apply(figures('30', '0'), K.RESERVATION, '48')).toEqual({ onHand: '30', reserved: '48' });
    expect(availableStock(figures('30', '48')).toString()).toBe('-18');
  });

  it('refuses quantities that are not above zero, and adjustments of zero', () => {
    expect(apply(NO_STOCK, K.RECEIPT, '0')).toBe('The quantity must be other than 0.');
    expect(apply(NO_STOCK, K.RECEIPT, '-3')).toBe('The quantity must be more than 0.');
    expect(apply(figures('5', '0'), K.ADJUSTMENT, '0')).toBe('The quantity must be other than 0.');
    expect(apply(figures('5', '0'), K.ADJUSTMENT, '2')).toEqual({ onHand: '7', reserved: '0' });
  });

  it('never adjusts on hand below zero or below what is reserved', () => {
    expect(apply(figures('5', '0'), K.ADJUSTMENT, '-6')).toBe(
      'Only 5 ea are on hand; on hand cannot go below 0.',
    );
    expect(apply(figures('50', '30'), K.ADJUSTMENT, '-25')).toBe(
      '30 ea are reserved for orders; on hand cannot go below that (it would be 25 ea).',
    );
    expect(apply(figures('50', '30'), K.ADJUSTMENT, '-20')).toEqual({ onHand: '30', reserved: '30' });
  });

  it('releases and ships no more than is reserved, ships no more than is on hand', () => {
    expect(apply(figures('50', '30'), K.RELEASE, '30')).toEqual({ onHand: '50', reserved: '0' });
    expect(apply(figures('50', '30'), K.RELEASE, '31')).toBe(
      'Only 30 ea are reserved; cannot release 31 ea.',
    );
    expect(apply(figures('50', '30'), K.SHIPMENT, '31')).toBe('Only 30 ea are reserved; cannot ship 31 ea.');
    expect(apply(figures('20', '30'), K.SHIPMENT, '25')).toBe('Only 20 ea are on hand; cannot ship 25 ea.');
    expect(apply(figures('20', '30'), K.SHIPMENT, '20')).toEqual({ onHand: '0', reserved: '10' });
  });
});

describe('stock quantities typed by the warehouse', () => {
  const each = { step: '1', unit: 'ea' };
  it('refuses zero, negatives where only additions make sense, and fractions of whole units', () => {
    expect(stockQuantityProblem('0', { ...each, signed: true })).toBe('The quantity must be other than 0.');
    expect(stockQuantityProblem('-2', { ...each, signed: false })).toBe('The quantity must be more than 0.');
    expect(stockQuantityProblem('-2', { ...each, signed: true })).toBeNull();
    expect(stockQuantityProblem('2.5', { ...each, signed: false })).toBe(
      'Stock of this product moves in steps of 1 ea.',
    );
    expect(stockQuantityProblem('2.5', { step: '0.001', unit: 'L', signed: false })).toBeNull();
    expect(stockQuantityProblem('2.5', { step: '0', unit: 'L', signed: false })).toBeNull();
  });
});
