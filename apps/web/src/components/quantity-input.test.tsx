import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render-app';
import { baseQuantityText, QuantityInput, type QuantityUnit } from './quantity-input';

const units: QuantityUnit[] = [
  { id: 'ea', symbol: 'ea', name: 'Each', factor: '1' },
  { id: 'cs', symbol: 'cs', name: 'Case', factor: '24' },
];

function Harness() {
  const [qty, setQty] = useState('');
  const [unitId, setUnitId] = useState('cs');
  return (
    <QuantityInput
      label="Quantity"
      value={qty}
      onChange={setQty}
      units={units}
      unitId={unitId}
      onUnitChange={setUnitId}
      baseUnitSymbol="ea"
    />
  );
}

describe('QuantityInput', () => {
  it('computes the base quantity exactly', () => {
    expect(baseQuantityText('5', units[1]!, 'ea')).toBe('5 cs = 120 ea');
    expect(baseQuantityText('0.1', { id: 'x', symbol: 'kg', factor: '0.3' }, 'g')).toBe('0.1 kg = 0.03 g');
    expect(baseQuantityText('abc', units[1]!, 'ea')).toBeNull();
    expect(baseQuantityText('5', units[0]!, 'ea')).toBeNull();
  });

  it('shows "5 cs = 120 ea" as you type and follows the unit', async () => {
    renderWithProviders(<Harness />);
    fireEvent.change(screen.getByLabelText('Quantity'), { target: { value: '5' } });
    expect(await screen.findByText('5 cs = 120 ea')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Unit'), { target: { value: 'ea' } });
    expect(screen.queryByText(/=/)).toBeNull();
  });
});
