import { describe, expect, it } from 'vitest';
import { normalizeUnitSet, unitStepProblem } from './product-unit';

const ea = { id: 1, symbol: 'ea' };
const cs = { id: 2, symbol: 'cs' };
const id = (u: { id: number }) => u.id;

describe("a product's sellable units", () => {
  it('always include the base unit first, as the default when none is marked', () => {
    expect(normalizeUnitSet([{ unit: cs, factor: '24', isDefault: false }], ea, id)).toEqual([
      { unit: ea, factor: '1', isDefault: true },
      { unit: cs, factor: '24', isDefault: false },
    ]);
  });

  it('keep the marked default, and only one', () => {
    const set = normalizeUnitSet(
      [
        { unit: ea, factor: '1', isDefault: false },
        { unit: cs, factor: '24', isDefault: true },
        { unit: { id: 3, symbol: 'pl' }, factor: '480', isDefault: true },
      ],
      ea,
      id,
    );
    expect(set.map((e) => [e.unit.symbol, e.isDefault])).toEqual([
      ['ea', false],
      ['cs', true],
      ['pl', false],
    ]);
  });

  it('are ordered in whole rounding steps', () => {
    expect(unitStepProblem('3', '1', 'BOX-1', 'cs')).toBeNull();
    expect(unitStepProblem('0.75', '0.25', 'MEAT-1', 'kg')).toBeNull();
    expect(unitStepProblem('2.5', '1', 'BOX-1', 'cs')).toBe('BOX-1 is ordered in steps of 1 cs.');
    expect(unitStepProblem('0.3', '0.25', 'MEAT-1', 'kg')).toBe('MEAT-1 is ordered in steps of 0.25 kg.');
  });
});
