import { describe, expect, it } from 'vitest';
import { matchQuickOrder, parseQuickOrder, type ProductForLookup } from './parse-quick-order';

const gloves: ProductForLookup = {
  id: 'UHJvZHVjdDoz',
  sku: 'GLV-NIT-M',
  name: 'Nitrile exam glove',
  baseUnit: { symbol: 'ea' },
  units: [
    { factor: '1', isDefault: false, unit: { id: 'ea', symbol: 'ea' } },
    { factor: '100', isDefault: true, unit: { id: 'bx', symbol: 'bx' } },
  ],
};

describe('parseQuickOrder', () => {
  it('reads spaces, tabs and commas, skips blank lines and keeps line numbers', () => {
    const lines = parseQuickOrder('glv-nit-m 5 bx\n\nNAP-DIN-WHT\t2\tcs\nSOLV-55, 1.5, dr\n');
    expect(lines.map((l) => [l.lineNumber, l.sku, l.quantity, l.unitSymbol])).toEqual([
      [1, 'GLV-NIT-M', '5', 'bx'],
      [3, 'NAP-DIN-WHT', '2', 'cs'],
      [4, 'SOLV-55', '1.5', 'dr'],
    ]);
  });

  it('flags bad or missing quantities and extra values', () => {
    const [noQty, bad, zero, extra] = parseQuickOrder(
      'GLV-NIT-M\nGLV-NIT-M five\nGLV-NIT-M 0\nGLV-NIT-M 5 bx extra',
    );
    expect(noQty?.problem).toMatch(/No quantity/);
    expect(bad?.problem).toMatch(/“five” is not a quantity/);
    expect(zero?.problem).toMatch(/greater than zero/);
    expect(extra?.problem).toMatch(/Too many values/);
  });
});

describe('matchQuickOrder', () => {
  it('recognises known SKUs in their units (default unit when none given)', () => {
    const { recognised, unrecognised } = matchQuickOrder(
      parseQuickOrder('GLV-NIT-M 5 bx\nGLV-NIT-M 250\nGLV-NIT-M 2 cs\nNOPE-1 3\nGLV-NIT-M x'),
      [gloves],
    );
    expect(recognised.map((l) => [l.lineNumber, l.quantity, l.unit.symbol])).toEqual([
      [1, '5', 'bx'],
      [2, '250', 'bx'],
    ]);
    expect(unrecognised.map((l) => [l.lineNumber, l.problem])).toEqual([
      [3, 'Unknown unit “cs” for GLV-NIT-M: sold in ea, bx.'],
      [4, 'Unknown SKU “NOPE-1”: not in your catalog.'],
      [5, '“x” is not a quantity: use a number greater than zero, e.g. 5 or 2.5.'],
    ]);
  });
});
