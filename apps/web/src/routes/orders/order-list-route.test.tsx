import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, adaLayoutViewer, type LayoutViewer } from '../../test/render-app';
import { OrderHistoryDocument, OrderListRoute } from './order-list-route';

const salesViewer: LayoutViewer = {
  ...adaLayoutViewer,
  user: { ...adaLayoutViewer.user, name: 'Sam Sales', email: 'sales@seller.example', role: 'SALES' },
  company: null,
  permissions: ['ORDERS_READ_COMPANY', 'PRICES_CONTRACT', 'QUOTES_MANAGE'],
};

const variables = (withCompany: boolean) => ({
  first: 20,
  after: null,
  filter: { statuses: null, number: null, sku: null, from: null, to: null },
  sort: { key: 'CREATED_AT', descending: true },
  withPrices: true,
  withCompany,
});

const order = (company: boolean) => ({
  __typename: 'Order' as const,
  id: 'T3JkZXI6NDI',
  number: 'SO-000042',
  status: 'SALES_ORDER' as const,
  purchaseOrderNumber: 'PO-7',
  createdAt: '2026-11-20T10:00:00.000Z',
  submittedAt: '2026-11-20T10:05:00.000Z',
  createdBy: { __typename: 'User' as const, id: 'VXNlcjo1', name: 'Ben Carter' },
  ...(company
    ? { company: { __typename: 'Company' as const, id: 'Q29tcGFueToy', name: 'Acme Restaurant Group' } }
    : {}),
  lines: [{ __typename: 'OrderLine' as const, id: 'T3JkZXJMaW5lOjE' }],
  total: { __typename: 'Money' as const, amount: '120.50', currencyCode: 'USD' },
});

const history = (
  withCompany: boolean,
  count = { totalCount: 1, totalCountIsCapped: false, hasNextPage: false },
) => ({
  request: { query: OrderHistoryDocument, variables: variables(withCompany) },
  result: {
    data: {
      orders: {
        __typename: 'OrderConnection' as const,
        totalCount: count.totalCount,
        totalCountIsCapped: count.totalCountIsCapped,
        pageInfo: {
          __typename: 'PageInfo' as const,
          hasNextPage: count.hasNextPage,
          endCursor: count.hasNextPage ? 'next-page-cursor' : null,
        },
        edges: [{ __typename: 'OrderEdge' as const, node: order(withCompany) }],
      },
    },
  },
});

describe('order history', () => {
  it('shows staff whose order each one is', async () => {
    renderWithProviders(<OrderListRoute />, { viewer: salesViewer, mocks: [history(true)] });
    const table = await screen.findByRole('table', { name: 'Orders' });
    expect(within(table).getByRole('columnheader', { name: /Customer/ })).toBeTruthy();
    expect(await within(table).findByText('Acme Restaurant Group')).toBeTruthy();
  });

  it('does not ask a customer for the company column', async () => {
    renderWithProviders(<OrderListRoute />, { viewer: adaLayoutViewer, mocks: [history(false)] });
    const table = await screen.findByRole('table', { name: 'Orders' });
    expect(await within(table).findByText('SO-000042')).toBeTruthy();
    expect(within(table).queryByRole('columnheader', { name: /Customer/ })).toBeNull();
  });

  it('says a capped count is a lower bound and pages on without a last page', async () => {
    renderWithProviders(<OrderListRoute />, {
      viewer: adaLayoutViewer,
      mocks: [history(false, { totalCount: 10000, totalCountIsCapped: true, hasNextPage: true })],
    });
    expect(await screen.findByText('More than 10000 orders · page 1')).toBeTruthy();
    expect(screen.queryByText(/of 500/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Next page' }).hasAttribute('disabled')).toBe(false);
  });

  it('counts an exact total with its pages', async () => {
    renderWithProviders(<OrderListRoute />, {
      viewer: adaLayoutViewer,
      mocks: [history(false, { totalCount: 45, totalCountIsCapped: false, hasNextPage: true })],
    });
    expect(await screen.findByText('45 orders · page 1 of 3')).toBeTruthy();
  });
});
