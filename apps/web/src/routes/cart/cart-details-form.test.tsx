import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-app';
import { CartDetailsForm, UpdateCartDetailsDocument } from './cart-details-form';

const order = {
  __typename: 'Order' as const,
  id: 'T3JkZXI6MQ',
  purchaseOrderNumber: null,
  requestedDeliveryDate: null,
  notes: null,
  shippingAddress: { __typename: 'Address' as const, id: 'QWRkcmVzczox' },
};
const addresses = [
  {
    __typename: 'Address' as const,
    id: 'QWRkcmVzczox',
    label: 'Central kitchen',
    line1: '455 Industrial Way',
    city: 'Oakland',
    postalCode: '94607',
  },
];

describe('CartDetailsForm', () => {
  it('shows a userError next to the field it names', async () => {
    const mocks = [
      {
        request: {
          query: UpdateCartDetailsDocument,
          variables: {
            contractPrices: true,
            input: {
              orderId: order.id,
              purchaseOrderNumber: 'PO-1',
              requestedDeliveryDate: '2026-11-01',
              notes: '',
              shippingAddressId: 'QWRkcmVzczox',
            },
          },
        },
        result: {
          data: {
            updateOrderDetails: {
              __typename: 'OrderPayload' as const,
              order: null,
              userErrors: [
                {
                  __typename: 'UserError' as const,
                  field: ['input', 'requestedDeliveryDate'],
                  message: 'The delivery date cannot be in the past.',
                  code: 'INVALID' as const,
                },
              ],
            },
          },
        },
      },
    ];
    renderWithProviders(<CartDetailsForm order={order} addresses={addresses} contractPrices />, { mocks });
    fireEvent.change(await screen.findByLabelText('PO number'), { target: { value: 'PO-1' } });
    fireEvent.change(screen.getByLabelText('Requested delivery date'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('The delivery date cannot be in the past.')).toBeTruthy();
    expect(screen.getByLabelText('Requested delivery date').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('PO number').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('tells the cart the details as they are typed, unsaved, so that the submit carries them', async () => {
    const typed: unknown[] = [];
    renderWithProviders(
      <CartDetailsForm order={order} addresses={addresses} contractPrices onChange={(d) => typed.push(d)} />,
      { mocks: [] },
    );
    fireEvent.change(await screen.findByLabelText('PO number'), { target: { value: ' PO-77 ' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Rear entrance' } });
    expect(typed.at(-1)).toEqual({
      purchaseOrderNumber: 'PO-77',
      requestedDeliveryDate: null,
      notes: 'Rear entrance',
      shippingAddressId: 'QWRkcmVzczox',
    });
  });
});
