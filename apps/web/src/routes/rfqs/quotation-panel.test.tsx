import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QuotationPanel_OrderFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-app';
import { AcceptQuoteDocument, defaultShipTo } from './accept-quote-dialog';
import { isQuoteExpired, QuotationPanel } from './quotation-panel';

const usd = (amount: string) => ({ __typename: 'Money' as const, amount, currencyCode: 'USD' });

function quotation(overrides: Partial<QuotationPanel_OrderFragment> = {}): QuotationPanel_OrderFragment {
  return {
    __typename: 'Order',
    id: 'T3JkZXI6OQ==',
    number: 'SO-100042',
    status: 'QUOTATION',
    availableActions: ['ACCEPT_QUOTE', 'REQUEST_CHANGES', 'DECLINE_QUOTE'],
    quote: {
      __typename: 'QuoteDetails',
      revision: 2,
      validUntil: '2999-12-10',
      sentAt: '2026-11-26T10:00:00Z',
      acceptedAt: null,
      signedByName: null,
    },
    lines: [
      {
        __typename: 'OrderLine',
        id: 'l1',
        sku: '',
        description: 'Custom-printed cup sleeves',
        quantity: '5000',
        unit: { __typename: 'UnitOfMeasure', id: 'u1', symbol: 'ea' },
        unitPrice: usd('0.11'),
        lineTotal: usd('550.00'),
      },
    ],
    subtotal: usd('550.00'),
    taxTotal: usd('0.00'),
    total: usd('550.00'),
    shippingAddress: null,
    company: {
      __typename: 'Company',
      id: 'Q29tcGFueTox',
      addresses: [
        {
          __typename: 'Address',
          id: 'QWRkcmVzczox',
          isDefaultShipping: false,
          label: 'Head office',
          line1: '1 Market St',
          city: 'San Francisco',
          postalCode: '94105',
        },
        {
          __typename: 'Address',
          id: 'QWRkcmVzczoy',
          isDefaultShipping: true,
          label: 'Warehouse',
          line1: '500 Dock Rd',
          city: 'Oakland',
          postalCode: '94607',
        },
      ],
    },
    ...overrides,
  };
}

describe('QuotationPanel', () => {
  it('shows the quoted lines with exact money and the actions the API allows', async () => {
    renderWithProviders(
      <QuotationPanel order={quotation({ availableActions: ['REQUEST_CHANGES'] })} rfqStatus="QUOTED" />,
    );
    expect(await screen.findByText('Revision 2')).toBeTruthy();
    expect(screen.getByText('$0.11')).toBeTruthy();
    expect(screen.getAllByText('$550.00').length).toBeGreaterThan(0);
    expect(screen.getByText('5,000 ea')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Request changes' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept quotation' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Decline' })).toBeNull();
  });

  it('marks an expired quote and offers no way to accept it', async () => {
    renderWithProviders(
      <QuotationPanel
        order={quotation({ quote: { ...quotation().quote!, validUntil: '2020-01-31' } })}
        rfqStatus="QUOTED"
      />,
    );
    expect(await screen.findByText('This quotation has expired')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept quotation' })).toBeNull();
    expect(isQuoteExpired({ validUntil: '2026-11-26' }, 'QUOTED', '2026-11-27')).toBe(true);
    expect(isQuoteExpired({ validUntil: '2026-11-27' }, 'QUOTED', '2026-11-27')).toBe(false);
    expect(isQuoteExpired(null, 'EXPIRED', '2026-11-27')).toBe(true);
  });

  it('accepts with a typed signature and the reviewed revision', async () => {
    const accepted = quotation({
      status: 'SALES_ORDER',
      availableActions: [],
      quote: { ...quotation().quote!, acceptedAt: '2026-11-27T09:10:00Z', signedByName: 'Grace Hopper' },
    });
    renderWithProviders(<QuotationPanel order={quotation()} rfqStatus="QUOTED" />, {
      mocks: [
        {
          request: {
            query: AcceptQuoteDocument,
            variables: {
              input: {
                orderId: 'T3JkZXI6OQ==',
                signatureName: 'Grace Hopper',
                revision: 2,
                purchaseOrderNumber: undefined,
                shippingAddressId: 'QWRkcmVzczoy',
              },
            },
          },
          result: {
            data: {
              acceptQuote: {
                __typename: 'OrderPayload',
                order: { ...accepted, rfq: { __typename: 'Rfq', id: 'UmZxOjE=', status: 'ACCEPTED' } },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Accept quotation' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sign and accept' }));
    expect(await screen.findByText('Type your full name to sign.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your full name (signature)'), {
      target: { value: 'Grace Hopper' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sign and accept' }));
    expect(await screen.findByText(/Quotation accepted: sales order SO-100042/)).toBeTruthy();
  });

  it('asks where the accepted order ships: the default shipping address unless the buyer picks another', async () => {
    const order = quotation();
    renderWithProviders(<QuotationPanel order={order} rfqStatus="QUOTED" />, {
      mocks: [
        {
          request: {
            query: AcceptQuoteDocument,
            variables: {
              input: {
                orderId: order.id,
                signatureName: 'Grace Hopper',
                revision: 2,
                purchaseOrderNumber: undefined,
                shippingAddressId: 'QWRkcmVzczox',
              },
            },
          },
          result: {
            data: {
              acceptQuote: {
                __typename: 'OrderPayload',
                order: {
                  ...order,
                  status: 'SALES_ORDER',
                  rfq: { __typename: 'Rfq', id: 'UmZxOjE=', status: 'ACCEPTED' },
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Accept quotation' }));
    const shipTo = (await screen.findByLabelText(/Ship to/)) as HTMLSelectElement;
    expect(shipTo.value).toBe('QWRkcmVzczoy');
    expect(screen.getByRole('option', { name: 'Warehouse: 500 Dock Rd, Oakland 94607' })).toBeTruthy();
    fireEvent.change(shipTo, { target: { value: 'QWRkcmVzczox' } });
    fireEvent.change(screen.getByLabelText('Your full name (signature)'), {
      target: { value: 'Grace Hopper' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sign and accept' }));
    expect(await screen.findByText(/Quotation accepted: sales order SO-100042/)).toBeTruthy();
  });

  it('defaults the ship-to to the quotation’s own address when it has one', () => {
    const order = quotation({ shippingAddress: { __typename: 'Address', id: 'QWRkcmVzczox' } });
    expect(defaultShipTo(order)).toBe('QWRkcmVzczox');
    expect(defaultShipTo(quotation())).toBe('QWRkcmVzczoy');
  });
});
