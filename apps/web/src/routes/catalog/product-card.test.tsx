import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-app';
import { orderingHint, ProductCard } from './product-card';
import { solvent } from './product-card.fixtures';
import { AddToCartDocument } from './use-add-to-cart';

describe('ProductCard', () => {
  it('shows the contract price, explanation, availability, hints and certificates', async () => {
    renderWithProviders(<ProductCard product={solvent} canOrder cartId="T3JkZXI6MQ" />);
    expect((await screen.findAllByText('$712.25')).length).toBeGreaterThan(0);
    expect(screen.getByText('Globex contract: drum price')).toBeTruthy();
    expect(screen.getByText('Restock expected Dec 11, 2026')).toBeTruthy();
    expect(screen.getByText('Minimum 55 gal, in multiples of 55 gal')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Certificate of analysis/ }).getAttribute('href')).toBe(
      '/documents/RG9jOjE',
    );
    fireEvent.change(screen.getByLabelText('Quantity'), { target: { value: '3' } });
    expect(await screen.findByText('3 dr = 165 gal')).toBeTruthy();
  });

  it('hides ordering from viewers who cannot order', async () => {
    renderWithProviders(<ProductCard product={solvent} canOrder={false} cartId={null} />);
    expect((await screen.findAllByText('$712.25')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Add to cart' })).toBeNull();
  });

  it('offers a quote instead of the cart for a product whose price is on request', async () => {
    const onRequest = { ...solvent, price: null, priceBreaks: [], priceOnRequest: true };
    renderWithProviders(<ProductCard product={onRequest} canOrder cartId="T3JkZXI6MQ" />);
    expect((await screen.findByRole('link', { name: 'ask for a quote' })).getAttribute('href')).toBe(
      '/rfqs/new',
    );
    expect(screen.queryByRole('button', { name: 'Add to cart' })).toBeNull();
  });

  it('shows the line error next to the quantity', async () => {
    const mocks = [
      {
        request: {
          query: AddToCartDocument,
          variables: {
            input: {
              orderId: 'T3JkZXI6MQ',
              lines: [{ productId: solvent.id, quantity: '10', unitId: 'gal' }],
            },
          },
        },
        result: {
          data: {
            addOrderLines: {
              __typename: 'OrderPayload' as const,
              order: null,
              userErrors: [
                {
                  __typename: 'UserError' as const,
                  field: ['input', 'lines', '0', 'quantity'],
                  message: 'SOLV-55 is sold in multiples of 55 gal',
                  code: 'NOT_A_MULTIPLE' as const,
                },
              ],
            },
          },
        },
      },
    ];
    renderWithProviders(<ProductCard product={solvent} canOrder cartId="T3JkZXI6MQ" />, { mocks });
    fireEvent.change(await screen.findByLabelText('Unit'), { target: { value: 'gal' } });
    fireEvent.change(screen.getByLabelText('Quantity'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    const error = await screen.findByText('SOLV-55 is sold in multiples of 55 gal');
    const input = screen.getByLabelText('Quantity');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(error).toBeTruthy();
  });
});

describe('orderingHint', () => {
  it('says nothing when there is no minimum or multiple', () => {
    expect(
      orderingHint({
        minimumOrderQuantity: null,
        orderMultiple: '1',
        baseUnit: { __typename: 'UnitOfMeasure', id: 'ea', symbol: 'ea' },
      }),
    ).toBeNull();
  });
});
