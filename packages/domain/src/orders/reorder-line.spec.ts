import { describe, expect, it } from 'vitest';
import { Permission } from '../roles';
import { planReorderLine, priceChangeMessage, unitPriceChanged } from './reorder-line';

const ea = { id: '1', symbol: 'ea', factor: '1', rounding: '1' };
const cs24 = { id: '2', symbol: 'cs', factor: '24', rounding: '1' };
const kg = { id: '3', symbol: 'kg', factor: '1', rounding: '0' };
const cups = { sku: 'CUP-12', baseUnitId: '1', units: [ea, cs24] };

describe('copying a line onto a new order', () => {
  it('keeps the quantity and unit when nothing changed', () => {
    const plan = planReorderLine(
      { quantity: '3', baseQuantity: '72', unitId: '2', unitSymbol: 'cs', unitPrice: '7.20' },
      cups,
    );
    expect([plan.unit.symbol, plan.quantity.toString(), plan.baseQuantity.toString()]).toEqual([
      'cs',
      '3',
      '72',
    ]);
    expect(plan.adjustment).toBeNull();
    expect(plan.previousUnitPrice.toString()).toBe('7.2');
  });

  it('raises the quantity to a new multiple, and falls back to the base unit when cases cannot hold it', () => {
    const plan = planReorderLine(
      { quantity: '3', baseQuantity: '72', unitId: '2', unitSymbol: 'cs', unitPrice: '7.20' },
      { ...cups, orderMultiple: '100', minimumOrderQuantity: '100' },
    );
    expect([plan.unit.symbol, plan.quantity.toString()]).toEqual(['ea', '100']);
    expect(plan.adjustment).toBe(
      'CUP-12: 3 cs changed to 100 ea (sold in multiples of 100 ea, minimum 100 ea)',
    );
    expect(plan.previousUnitPrice.toString()).toBe('0.3');
  });

  it('uses the old base quantity when the unit is no longer sold, with the old price per the new unit', () => {
    const plan = planReorderLine(
      { quantity: '2', baseQuantity: '96', unitId: '9', unitSymbol: 'pk', unitPrice: '9.60' },
      cups,
    );
    expect([plan.unit.symbol, plan.quantity.toString()]).toEqual(['ea', '96']);
    expect(plan.adjustment).toBe('CUP-12: 2 pk changed to 96 ea (no longer sold in pk)');
    expect(plan.previousUnitPrice.toString()).toBe('0.2');
    const unknown = planReorderLine(
      { quantity: '0', baseQuantity: '0', unitId: null, unitSymbol: null, unitPrice: '1' },
      cups,
    );
    expect(unknown.adjustment).toBe('CUP-12: 0 changed to 0 ea (no longer sold in that unit)');
    expect(unknown.previousUnitPrice.toString()).toBe('1');
  });

  it('moves a part case that is no longer allowed to the base unit', () => {
    const plan = planReorderLine(
      { quantity: '2.5', baseQuantity: '60', unitId: '2', unitSymbol: 'cs', unitPrice: '7.20' },
      cups,
    );
    expect(plan.adjustment).toBe('CUP-12: 2.5 cs changed to 60 ea');
  });

  it('takes any quantity in a unit without steps, and refuses a product without its base unit', () => {
    const plan = planReorderLine(
      { quantity: '2.5', baseQuantity: '2.5', unitId: '3', unitSymbol: 'kg', unitPrice: '4' },
      { sku: 'BEEF', baseUnitId: '3', units: [kg] },
    );
    expect([plan.unit.symbol, plan.quantity.toString(), plan.adjustment]).toEqual(['kg', '2.5', null]);
    expect(() =>
      planReorderLine(
        { quantity: '1', baseQuantity: '1', unitId: '1', unitSymbol: 'ea', unitPrice: '1' },
        { ...cups, units: [cs24] },
      ),
    ).toThrow(/base unit/);
  });

  it('says a price changed at the stored precision, with figures only for who may see them', () => {
    expect(unitPriceChanged('0.30', '0.3000')).toBe(false);
    expect(unitPriceChanged('0.30004', '0.3')).toBe(false);
    expect(unitPriceChanged('0.3001', '0.3')).toBe(true);
    const change = {
      sku: 'CUP-12',
      unitSymbol: 'cs',
      sourceNumber: 'SO-000001',
      previousUnitPrice: '7.2',
      unitPrice: '7.5',
      currencyCode: 'USD',
    };
    expect(priceChangeMessage(change)).toEqual({
      text: 'CUP-12: 7.20 USD per cs on SO-000001, 7.50 USD today',
      redacted: 'CUP-12: the price per cs changed since SO-000001',
      guard: Permission.PRICES_CONTRACT,
    });
  });
});
