import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FulfilmentCard_OrderFragment, InvoicingInvoiceRow_InvoiceFragment } from '../../gql/graphql';
import { renderWithProviders, TEST_CLOCK, type LayoutViewer } from '../../test/render-app';
import { ShipOrderDialog, ShipOrderDocument, ShipOrderLinesDocument } from './ship-order-dialog';
import { RecordPaymentDialog, RecordPaymentDocument } from './record-payment-dialog';
import {
  CreatePhoneOrderDocument,
  PhoneOrderCompaniesDocument,
  ShipPhoneOrderToDocument,
  PhoneOrderForm,
  SubmitPhoneOrderDocument,
} from './phone-order-route';
import { FulfilmentCard } from './fulfilment-card';

const staff = (permissions: LayoutViewer['permissions']): LayoutViewer => ({
  __typename: 'Viewer',
  user: {
    __typename: 'User',
    id: 's1',
    name: 'Walter Kim',
    email: 'warehouse@seller.example',
    role: 'WAREHOUSE',
  },
  company: null,
  permissions,
});

const order: FulfilmentCard_OrderFragment = {
  __typename: 'Order',
  id: 'T3JkZXI6MTE0',
  number: 'SO-000107',
  status: 'IN_PROGRESS',
  channel: 'PHONE',
  priority: false,
  submittedAt: '2026-11-27T09:00:00Z',
  createdAt: '2026-11-27T09:00:00Z',
  requestedDeliveryDate: null,
  purchaseOrderNumber: null,
  company: { __typename: 'Company', id: 'c1', name: 'Initech Holdings' },
  lines: [{ __typename: 'OrderLine', id: 'l1' }],
  shipments: [],
};

/** The order's open lines, read when the ship dialog opens. */
const shipLinesMock = {
  request: { query: ShipOrderLinesDocument, variables: { id: order.id } },
  result: {
    data: {
      order: {
        __typename: 'Order' as const,
        id: order.id,
        lines: [
          {
            __typename: 'OrderLine',
            id: 'l1',
            sku: 'CUP-12',
            description: 'Paper cup, 12 oz',
            openQuantity: '40',
            unit: { __typename: 'UnitOfMeasure', id: 'u1', symbol: 'ea' },
          },
          {
            __typename: 'OrderLine',
            id: 'l2',
            sku: 'LID-12',
            description: 'Lid for 12 oz cup',
            openQuantity: '2',
            unit: { __typename: 'UnitOfMeasure', id: 'u2', symbol: 'cs' },
          },
          {
            __typename: 'OrderLine',
            id: 'l3',
            sku: 'NAP-1',
            description: 'Napkin (shipped)',
            openQuantity: '0',
            unit: { __typename: 'UnitOfMeasure', id: 'u1', symbol: 'ea' },
          },
        ],
      },
    },
  },
};

const invoice: InvoicingInvoiceRow_InvoiceFragment = {
  __typename: 'Invoice',
  id: 'SW52b2ljZTo1Nw==',
  number: 'INV-000057',
  kind: 'INVOICE',
  status: 'OPEN',
  issuedOn: '2026-11-27',
  dueOn: '2026-12-30',
  company: { __typename: 'Company', id: 'c1', name: 'Initech Holdings' },
  order: { __typename: 'Order', id: 'o1', number: 'SO-000107' },
  total: { __typename: 'Money', amount: '220.62', currencyCode: 'USD' },
  amountDue: { __typename: 'Money', amount: '220.62', currencyCode: 'USD' },
  document: null,
};

describe('ship form', () => {
  it('marks a priority portal order on its fulfilment card, and only that one', async () => {
    const { unmount } = renderWithProviders(
      <FulfilmentCard order={{ ...order, channel: 'PORTAL', priority: true }} />,
      {
        viewer: staff(['FULFILMENT_MANAGE']),
      },
    );
    expect(await screen.findByText('Priority')).toBeTruthy();
    unmount();
    renderWithProviders(<FulfilmentCard order={order} />, { viewer: staff(['FULFILMENT_MANAGE']) });
    await screen.findByText(order.number);
    expect(screen.queryByText('Priority')).toBeNull();
  });

  it('needs a carrier and shows the server’s errors next to the fields', async () => {
    renderWithProviders(<ShipOrderDialog order={order} />, {
      viewer: staff(['FULFILMENT_MANAGE']),
      mocks: [
        shipLinesMock,
        {
          request: {
            query: ShipOrderDocument,
            variables: {
              input: {
                orderId: order.id,
                carrier: 'UPS',
                trackingNumber: '1Z',
                billOfLadingNumber: undefined,
                expectedShipDate: undefined,
              },
            },
          },
          result: {
            data: {
              shipOrder: {
                __typename: 'OrderPayload',
                order: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'trackingNumber'],
                    message: 'Not a UPS tracking number.',
                    code: 'INVALID',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Ship order SO-000107' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ship order' }));
    expect(await screen.findByText('Name the carrier, e.g. UPS.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Carrier/), { target: { value: 'UPS' } });
    fireEvent.change(screen.getByLabelText('Tracking number'), { target: { value: '1Z' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ship order' }));
    expect(await screen.findByText('Not a UPS tracking number.')).toBeTruthy();
    expect(screen.getByLabelText('Tracking number').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('partial shipment', () => {
  it('ships the quantities typed per open line and shows a line’s error next to it', async () => {
    renderWithProviders(<ShipOrderDialog order={order} />, {
      viewer: staff(['FULFILMENT_MANAGE']),
      mocks: [
        shipLinesMock,
        {
          request: {
            query: ShipOrderDocument,
            variables: {
              input: {
                orderId: order.id,
                carrier: 'UPS',
                trackingNumber: undefined,
                billOfLadingNumber: undefined,
                expectedShipDate: undefined,
                lines: [{ lineId: 'l1', quantity: '25' }],
              },
            },
          },
          result: {
            data: {
              shipOrder: {
                __typename: 'OrderPayload',
                order: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'lines', '0', 'quantity'],
                    message: 'CUP-12: only 20 ea on hand.',
                    code: 'NOT_AVAILABLE',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Ship order SO-000107' }));
    // Every open line starts at what is still open; a shipped line is not offered.
    const cups = (await screen.findByLabelText('Ship now of CUP-12 (ea)')) as HTMLInputElement;
    const lids = screen.getByLabelText('Ship now of LID-12 (cs)') as HTMLInputElement;
    expect([cups.value, lids.value]).toEqual(['40', '2']);
    expect(screen.queryByLabelText(/NAP-1/)).toBeNull();

    fireEvent.change(screen.getByLabelText(/^Carrier/), { target: { value: 'UPS' } });
    fireEvent.change(cups, { target: { value: '0' } });
    fireEvent.change(lids, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ship order' }));
    expect(await screen.findByText('Ship at least one line: give it a quantity above 0.')).toBeTruthy();

    fireEvent.change(cups, { target: { value: '25' } });
    fireEvent.change(lids, { target: { value: 'two' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ship order' }));
    expect(await screen.findByText('Enter a quantity of 0 or more.')).toBeTruthy();

    fireEvent.change(lids, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ship order' }));
    expect(await screen.findByText('CUP-12: only 20 ea on hand.')).toBeTruthy();
    expect(cups.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('record payment form', () => {
  it('prefills the amount due and shows an over-payment error next to the amount', async () => {
    renderWithProviders(<RecordPaymentDialog invoice={invoice} />, {
      viewer: staff(['INVOICING_MANAGE']),
      mocks: [
        {
          request: {
            query: RecordPaymentDocument,
            variables: {
              input: {
                invoiceId: invoice.id,
                amount: '300.00',
                method: 'WIRE',
                paidOn: TEST_CLOCK.today,
                reference: undefined,
              },
            },
          },
          result: {
            data: {
              recordPayment: {
                __typename: 'PayInvoicesPayload',
                invoices: [],
                payments: [],
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'amount'],
                    message: 'More than the $220.62 due.',
                    code: 'INVALID',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Record payment on INV-000057' }));
    const amount = await screen.findByLabelText('Amount received (USD)');
    expect((amount as HTMLInputElement).value).toBe('220.62');
    fireEvent.change(amount, { target: { value: '300.00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record payment' }));
    expect(await screen.findByText('More than the $220.62 due.')).toBeTruthy();
    expect(screen.getByLabelText('Amount received (USD)').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('phone order form', () => {
  it('asks for a customer and a valid quantity before sending anything', async () => {
    renderWithProviders(<PhoneOrderForm />, {
      viewer: staff(['ORDERS_SUBMIT', 'CUSTOMERS_MANAGE']),
      mocks: [
        {
          request: { query: PhoneOrderCompaniesDocument, variables: {} },
          result: { data: { companies: { __typename: 'CompanyConnection', edges: [] } } },
        },
      ],
    });
    fireEvent.change(await screen.findByLabelText('Line 1 SKU'), { target: { value: 'WRT-0001' } });
    fireEvent.change(screen.getByLabelText(/^Line 1 quantity/), { target: { value: '1.5.0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review order' }));
    expect(await screen.findByText('Choose the customer.')).toBeTruthy();
    expect(screen.getByText('Enter a quantity greater than 0.')).toBeTruthy();
  });

  it('reviews the lines priced by the server at the ship-to picked (the default shipping address unless changed), then places the order', async () => {
    const usd = (amount: string) => ({ __typename: 'Money' as const, amount, currencyCode: 'USD' });
    const address = (id: string, label: string, line1: string, city: string, isDefaultShipping: boolean) => ({
      __typename: 'Address' as const,
      id,
      label,
      line1,
      city,
      postalCode: '94607',
      isDefaultShipping,
    });
    const initech = {
      __typename: 'Company' as const,
      id: 'Q29tcGFueToz',
      name: 'Initech Holdings',
      currencyCode: 'USD',
      incentives: { __typename: 'CompanyIncentives' as const, phoneOrderSurcharge: usd('10.00') },
      addresses: [
        address('QWRkcmVzczo1', 'Billing office', '1 Main St', 'Austin', false),
        address('QWRkcmVzczo2', 'Warehouse', '500 Dock Rd', 'Oakland', true),
      ],
    };
    const draft = (shipTo: { id: string; formatted: string[] }, tax: string, total: string) => ({
      __typename: 'Order' as const,
      id: 'O9',
      number: 'DR-000009',
      shippingAddress: { __typename: 'Address' as const, ...shipTo },
      lines: [
        {
          __typename: 'OrderLine' as const,
          id: 'L1',
          sku: 'WRT-0001',
          description: 'Wrench set',
          quantity: '3',
          unit: { __typename: 'UnitOfMeasure' as const, id: 'U1', symbol: 'ea' },
          unitPrice: usd('20.00'),
          lineTotal: usd('60.00'),
        },
      ],
      subtotal: usd('60.00'),
      adjustments: [
        {
          __typename: 'OrderAdjustment' as const,
          kind: 'PHONE_SURCHARGE',
          description: 'Phone order surcharge',
          amount: usd('10.00'),
        },
      ],
      taxTotal: usd(tax),
      total: usd(total),
      issues: [],
    });
    const billing = { id: 'QWRkcmVzczo1', formatted: ['Billing office', '1 Main St', 'Austin, TX 78701'] };
    const warehouse = { id: 'QWRkcmVzczo2', formatted: ['Warehouse', '500 Dock Rd', 'Oakland, CA 94607'] };
    const submitted: unknown[] = [];
    renderWithProviders(<PhoneOrderForm />, {
      viewer: staff(['ORDERS_SUBMIT', 'CUSTOMERS_MANAGE', 'PRICES_CONTRACT']),
      mocks: [
        {
          request: { query: PhoneOrderCompaniesDocument, variables: () => true },
          result: {
            data: {
              companies: {
                __typename: 'CompanyConnection',
                edges: [{ __typename: 'CompanyEdge', node: initech }],
              },
            },
          },
          maxUsageCount: 10,
        },
        {
          request: {
            query: CreatePhoneOrderDocument,
            variables: {
              input: {
                companyId: 'Q29tcGFueToz',
                channel: 'PHONE',
                lines: [{ sku: 'WRT-0001', quantity: '3' }],
              },
            },
          },
          result: {
            data: {
              createDraftOrder: {
                __typename: 'OrderPayload',
                order: draft(warehouse, '6.46', '76.46'),
                userErrors: [],
              },
            },
          },
        },
        {
          request: {
            query: ShipPhoneOrderToDocument,
            variables: { input: { orderId: 'O9', shippingAddressId: 'QWRkcmVzczo1' } },
          },
          result: {
            data: {
              updateOrderDetails: {
                __typename: 'OrderPayload',
                order: draft(billing, '4.38', '74.38'),
                userErrors: [],
              },
            },
          },
        },
        {
          request: {
            query: SubmitPhoneOrderDocument,
            variables: (vars: Record<string, unknown>) => {
              submitted.push(vars.input);
              return true;
            },
          },
          result: {
            data: {
              submitOrder: {
                __typename: 'OrderPayload',
                order: {
                  __typename: 'Order',
                  id: 'O9',
                  number: 'SO-000009',
                  status: 'SALES_ORDER',
                  channel: 'PHONE',
                  shippingAddress: { __typename: 'Address', ...billing },
                  adjustments: [],
                  total: usd('74.38'),
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('combobox', { name: 'Customer' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Initech Holdings', hidden: true }));
    // The ship-to defaults to the default shipping address; staff pick the billing office.
    const shipTo = (await screen.findAllByLabelText('Ship to')).find(
      (e) => e.tagName === 'INPUT',
    ) as HTMLInputElement;
    expect(shipTo.value).toBe('Warehouse: 500 Dock Rd, Oakland 94607');
    fireEvent.click(shipTo);
    fireEvent.click(
      await screen.findByRole('option', { name: 'Billing office: 1 Main St, Austin 94607', hidden: true }),
    );
    expect(shipTo.value).toBe('Billing office: 1 Main St, Austin 94607');
    fireEvent.change(screen.getByLabelText('Line 1 SKU'), { target: { value: 'WRT-0001' } });
    fireEvent.change(screen.getByLabelText(/^Line 1 quantity/), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review order' }));

    // The review is priced at the ship-to picked (its tax), before anything is placed.
    const lines = await screen.findByRole('table', { name: 'Priced lines' });
    expect(
      within(lines)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['SKUProductQuantityUnit priceLine total', 'WRT-0001Wrench set3 ea$20.00$60.00']);
    expect(
      within(screen.getByRole('table', { name: 'Order total' }))
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['Subtotal$60.00', 'Phone order surcharge$10.00', 'Tax$4.38', 'Total$74.38']);
    expect(screen.getByRole('heading', { name: 'Review DR-000009 for Initech Holdings' })).toBeTruthy();
    expect(screen.getByText('Ships to Billing office, 1 Main St, Austin, TX 78701.')).toBeTruthy();
    expect(submitted).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByText('Order SO-000009 placed')).toBeTruthy();
    expect(screen.getByText('Ships to Billing office, 1 Main St, Austin, TX 78701.')).toBeTruthy();
    expect(submitted[0]).toMatchObject({ orderId: 'O9' });
  }, 20_000);
});
