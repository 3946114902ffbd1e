import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-app';
import { solvent } from './product-card.fixtures';
import { ProductList } from './product-list';
import { AddToCartDocument } from './use-add-to-cart';

describe('ProductList (the catalog list view)', () => {
  it('shows one row per product: SKU, name, contract price, availability, quantity and Add', async () => {
    renderWithProviders(<ProductList products={[solvent]} canOrder cartId="T3JkZXI6MQ" />);
    const table = await screen.findByRole('table', { name: 'Products' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['SKU', 'Product', 'Price', 'Availability', 'Order']);
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('SOLV-55')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Industrial solvent blend' }).getAttribute('href')).toBe(
      `/catalog/${solvent.id}`,
    );
    expect(within(row).getByText('$712.25')).toBeTruthy();
    expect(within(row).getByText('per dr')).toBeTruthy();
    expect(within(row).getByText('Globex contract: drum price')).toBeTruthy();
    expect(within(row).getByText('Backorder')).toBeTruthy();
    expect(within(row).getByText('Minimum 55 gal, in multiples of 55 gal')).toBeTruthy();
    fireEvent.change(within(row).getByLabelText('Quantity'), { target: { value: '3' } });
    expect(await within(row).findByText('3 dr = 165 gal')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Add Industrial solvent blend to cart' })).toBeTruthy();
  });

  it('shows a requisitioner the catalog price the cards show it, and a viewer no ordering', async () => {
    const catalogOnly = {
      ...solvent,
      price: null,
      priceBreaks: null,
      catalogPrice: { __typename: 'Money' as const, amount: '0.0125', currencyCode: 'USD' },
    };
    renderWithProviders(<ProductList products={[catalogOnly]} canOrder={false} cartId={null} />);
    const table = await screen.findByRole('table', { name: 'Products' });
    expect(within(table).getByText('$0.0125')).toBeTruthy();
    expect(within(table).getByText('per gal')).toBeTruthy();
    expect(within(table).getByText(/^Catalog price; your order is priced under your company/)).toBeTruthy();
    expect(within(table).queryByRole('columnheader', { name: 'Order' })).toBeNull();
    expect(within(table).queryByRole('button')).toBeNull();
  });

  it('offers a quote, not the cart, for a product whose price is on request', async () => {
    const onRequest = { ...solvent, price: null, priceBreaks: [], priceOnRequest: true };
    renderWithProviders(<ProductList products={[onRequest]} canOrder cartId="T3JkZXI6MQ" />);
    expect((await screen.findByRole('link', { name: 'ask for a quote' })).getAttribute('href')).toBe(
      '/rfqs/new',
    );
    expect(screen.queryByRole('button', { name: /to cart/ })).toBeNull();
  });

  it('shows the line error next to the row’s quantity', async () => {
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
    renderWithProviders(<ProductList products={[solvent]} canOrder cartId="T3JkZXI6MQ" />, { mocks });
    fireEvent.change(await screen.findByLabelText('Unit'), { target: { value: 'gal' } });
    fireEvent.change(screen.getByLabelText('Quantity'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add Industrial solvent blend to cart' }));
    expect(await screen.findByText('SOLV-55 is sold in multiples of 55 gal')).toBeTruthy();
    expect(screen.getByLabelText('Quantity').getAttribute('aria-invalid')).toBe('true');
  });
});
