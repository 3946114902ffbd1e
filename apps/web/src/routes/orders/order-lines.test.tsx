import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrderLines_OrderFragment } from '../../gql/graphql';
import { adaLayoutViewer, renderWithProviders } from '../../test/render-app';
import { lineFulfilmentText, lineQuantityText, OrderLines } from './order-lines';

const usd = (amount: string) => ({ __typename: 'Money' as const, amount, currencyCode: 'USD' });

const order: OrderLines_OrderFragment = {
  __typename: 'Order',
  id: 'O1',
  lines: [
    {
      __typename: 'OrderLine',
      id: 'L1',
      sku: 'GLV-NIT-M',
      description: 'Nitrile gloves, M',
      quantity: '5',
      baseQuantity: '120',
      shippedQuantity: '2',
      openQuantity: '3',
      backorderedQuantity: '0',
      unit: { __typename: 'UnitOfMeasure', id: 'cs', symbol: 'cs' },
      product: {
        __typename: 'Product',
        id: 'P1',
        baseUnit: { __typename: 'UnitOfMeasure', id: 'ea', symbol: 'ea' },
      },
      unitPrice: usd('41.9'),
      lineTotal: usd('209.5'),
    },
    {
      __typename: 'OrderLine',
      id: 'L2',
      sku: 'SOLV-55',
      description: 'Solvent 55 gal',
      quantity: '1100.5',
      baseQuantity: '1100.5',
      shippedQuantity: '0',
      openQuantity: '1100.5',
      backorderedQuantity: '20',
      unit: { __typename: 'UnitOfMeasure', id: 'gal', symbol: 'gal' },
      product: {
        __typename: 'Product',
        id: 'P2',
        baseUnit: { __typename: 'UnitOfMeasure', id: 'gal', symbol: 'gal' },
      },
      unitPrice: usd('0.1'),
      lineTotal: usd('110.05'),
    },
  ],
  subtotal: usd('319.55'),
  taxTotal: usd('25.564'),
  total: usd('345.114'),
};

const [caseLine, drumLine] = order.lines;
if (!caseLine || !drumLine) throw new Error('the fixture has two lines');

describe('order lines', () => {
  it('shows the quantity in its unit and in base units, exactly', () => {
    expect(lineQuantityText(caseLine)).toBe('5 cs (120 ea)');
    expect(lineQuantityText(drumLine)).toBe('1,100.5 gal');
    expect(lineQuantityText({ ...caseLine, quantity: '0.3', baseQuantity: '7.2' })).toBe('0.3 cs (7.2 ea)');
  });

  it('says what shipped, what is still to come and what waits for goods', async () => {
    expect(lineFulfilmentText(caseLine)).toBe('2 cs shipped, 3 cs to come');
    expect(lineFulfilmentText(drumLine)).toBe('20 gal backordered');
    expect(lineFulfilmentText({ ...caseLine, shippedQuantity: '5', openQuantity: '0' })).toBe('5 cs shipped');
    expect(lineFulfilmentText({ ...drumLine, backorderedQuantity: '0' })).toBeNull();
    renderWithProviders(<OrderLines order={order} />);
    expect(await screen.findByText('2 cs shipped, 3 cs to come')).toBeTruthy();
  });

  it('shows prices and totals to contract-price roles', async () => {
    renderWithProviders(<OrderLines order={order} />);
    expect(await screen.findByText('5 cs (120 ea)')).toBeTruthy();
    // In the unit-price column, and again under the line total for phones (one of them is displayed).
    expect(screen.getAllByText('$41.90')).toHaveLength(2);
    expect(screen.getByText('$209.50')).toBeTruthy();
    expect(screen.getAllByText('$0.10')).toHaveLength(2);
    // rounded half-up to cents by string arithmetic, no floats
    expect(screen.getByText('$345.11')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Unit price' })).toBeTruthy();
  });

  it('hides every price from roles without contract prices', async () => {
    renderWithProviders(<OrderLines order={order} />, {
      viewer: { ...adaLayoutViewer, permissions: ['ORDERS_READ_OWN', 'ORDERS_DRAFT', 'PRICES_CATALOG'] },
    });
    expect(await screen.findByText('5 cs (120 ea)')).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'Unit price' })).toBeNull();
    expect(screen.queryByText('Total')).toBeNull();
    expect(screen.queryByText('$41.90')).toBeNull();
  });
});
