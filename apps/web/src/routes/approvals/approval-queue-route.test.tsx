import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApprovalQueueQuery } from '../../gql/graphql';
import { adaLayoutViewer, renderWithProviders } from '../../test/render-app';
import { ApprovalQueue, ApprovalQueueDocument, ApproveOrdersDocument } from './approval-queue-route';

const approver = {
  ...adaLayoutViewer,
  permissions: ['ORDERS_READ_COMPANY', 'ORDERS_APPROVE', 'PRICES_CONTRACT'] as const,
};

function queue(numbers: string[]): { data: ApprovalQueueQuery } {
  return {
    data: {
      approvalQueue: {
        __typename: 'OrderConnection',
        totalCount: numbers.length,
        edges: numbers.map((number, i) => ({
          __typename: 'OrderEdge',
          node: {
            __typename: 'Order',
            id: `O${i}`,
            number,
            createdAt: '2026-11-25T09:00:00Z',
            submittedAt: '2026-11-25T10:00:00Z',
            availableActions: ['APPROVE', 'REJECT'],
            createdBy: { __typename: 'User', id: 'U1', name: 'Rita Requisitioner' },
            lines: [
              {
                __typename: 'OrderLine',
                id: `L${i}`,
                sku: 'CUP-12',
                description: 'Paper cup 12 oz',
                quantity: '2',
                unit: { __typename: 'UnitOfMeasure', id: 'U1', symbol: 'cs' },
                lineTotal: { __typename: 'Money', amount: '22.80', currencyCode: 'USD' },
              },
            ],
            total: { __typename: 'Money', amount: '5400.5', currencyCode: 'USD' },
            approval: {
              __typename: 'Approval',
              reason: 'Drafted by a requisitioner',
              requestedBy: { __typename: 'User', id: 'U1', name: 'Rita Requisitioner' },
            },
          },
        })),
      },
    },
  };
}

describe('approval queue', () => {
  it('lists reasons, authors and totals', async () => {
    renderWithProviders(<ApprovalQueue />, {
      viewer: { ...approver, permissions: [...approver.permissions] },
      mocks: [
        {
          request: { query: ApprovalQueueDocument, variables: { first: 50, withPrices: true } },
          result: queue(['SO-000101']),
        },
      ],
    });
    expect(await screen.findByText('SO-000101')).toBeTruthy();
    expect(screen.getByText('Drafted by a requisitioner')).toBeTruthy();
    expect(screen.getByText('Rita Requisitioner')).toBeTruthy();
    expect(screen.getByText('$5,400.50')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Approve selected' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('says clearly when someone else decided first, and refreshes the queue', async () => {
    renderWithProviders(<ApprovalQueue />, {
      viewer: { ...approver, permissions: [...approver.permissions] },
      mocks: [
        {
          request: { query: ApprovalQueueDocument, variables: { first: 50, withPrices: true } },
          result: queue(['SO-000101', 'SO-000102']),
        },
        {
          request: {
            query: ApproveOrdersDocument,
            variables: { input: { orderIds: ['O0'], comment: 'Fine' } },
          },
          result: {
            data: {
              approveOrders: {
                __typename: 'OrdersPayload',
                orders: [],
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'orderIds', '0'],
                    message: 'SO-000101 is no longer waiting for approval.',
                    code: 'INVALID_STATE',
                  },
                ],
              },
            },
          },
        },
        {
          request: { query: ApprovalQueueDocument, variables: { first: 50, withPrices: true } },
          result: queue(['SO-000102']),
        },
      ],
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select order SO-000101' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Comment/ }), { target: { value: 'Fine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve selected' }));
    expect(await screen.findByText('Already decided by someone else')).toBeTruthy();
    expect(screen.getByText(/SO-000101 is no longer waiting for approval/)).toBeTruthy();
    await screen.findByText('1 order waiting');
    expect(screen.queryByRole('link', { name: 'SO-000101' })).toBeNull();
  });
});
