import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-app';
import { WebhookLogRoute } from '../../routes/users/webhooks-route';
import { RedeliverWebhookDocument, WebhookDeliveriesDocument, WebhookLogPage } from './webhook-log-page';
import { HOOK_URL, SUBSCRIPTION_ID, delivery, portalAdminViewer } from './webhook-fixtures';

function log(
  deliveries: ReturnType<typeof delivery>[],
  page: { totalCount: number; hasNextPage: boolean; endCursor: string | null },
  subscription: Partial<{ status: 'ACTIVE' | 'PAUSED'; consecutiveFailures: number }> = {},
) {
  return {
    data: {
      webhookSubscription: {
        __typename: 'WebhookSubscription',
        id: SUBSCRIPTION_ID,
        url: HOOK_URL,
        eventTypes: ['order.confirmed', 'invoice.issued'],
        includesPrices: true,
        status: subscription.status ?? 'ACTIVE',
        consecutiveFailures: subscription.consecutiveFailures ?? 0,
        deliveries: {
          __typename: 'WebhookDeliveryConnection',
          totalCount: page.totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage: page.hasNextPage, endCursor: page.endCursor },
          edges: deliveries.map((node) => ({ __typename: 'WebhookDeliveryEdge', node })),
        },
      },
    },
  };
}

const request = (after: string | null) => ({
  query: WebhookDeliveriesDocument,
  variables: { id: SUBSCRIPTION_ID, first: 25, after },
});

const failed = delivery(2, {
  status: 'FAILED',
  lastStatusCode: 500,
  attempts: 7,
  lastError: 'The endpoint answered HTTP 500',
  eventType: 'invoice.issued',
});
const sent = delivery(1);
const pending = delivery(3, { status: 'PENDING', lastStatusCode: null, attempts: 0 });

describe('the webhook delivery log', () => {
  it('lists deliveries with time, event type, status code, attempts and error, in pages', async () => {
    renderWithProviders(<WebhookLogPage basePath="/users/webhooks" subscriptionId={SUBSCRIPTION_ID} />, {
      viewer: portalAdminViewer,
      mocks: [
        {
          request: request(null),
          result: log([pending, failed, sent], { totalCount: 28, hasNextPage: true, endCursor: 'c25' }),
        },
        {
          request: request('c25'),
          result: log([delivery(4, { eventType: 'order.approval_needed' })], {
            totalCount: 28,
            hasNextPage: false,
            endCursor: 'c26',
          }),
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Delivery log' });
    expect(screen.getByRole('heading', { level: 1, name: 'Webhook deliveries' })).toBeTruthy();
    const failedRow = within(table).getByText('invoice.issued').closest('tr') as HTMLElement;
    const cells = within(failedRow)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 6)).toEqual([
      'Nov 22, 2026, 8:30 AM',
      'invoice.issued',
      'Failed',
      '500',
      '7',
      'The endpoint answered HTTP 500',
    ]);
    expect(within(failedRow).getByRole('button', { name: /^Redeliver invoice\.issued/ })).toBeTruthy();
    // A delivery still being tried cannot be redelivered; it says when it is tried next.
    const pendingRow = within(table).getAllByText('order.confirmed')[0]?.closest('tr') as HTMLElement;
    expect(within(pendingRow).getByText('Next attempt Nov 27, 2026, 9:05 AM')).toBeTruthy();
    expect(within(pendingRow).queryByRole('button')).toBeNull();
    expect(screen.getByText('1–3 of 28 deliveries')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('order.approval_needed')).toBeTruthy();
    expect(screen.getByText('26–26 of 28 deliveries')).toBeTruthy();
  });

  it('redelivers a finished delivery and shows it being sent again', async () => {
    renderWithProviders(<WebhookLogPage basePath="/users/webhooks" subscriptionId={SUBSCRIPTION_ID} />, {
      viewer: portalAdminViewer,
      mocks: [
        {
          request: request(null),
          result: log([failed, sent], { totalCount: 2, hasNextPage: false, endCursor: 'c2' }),
        },
        {
          request: { query: RedeliverWebhookDocument, variables: { input: { deliveryId: failed.id } } },
          result: {
            data: {
              redeliverWebhook: {
                __typename: 'WebhookSubscriptionPayload',
                subscription: { __typename: 'WebhookSubscription', id: SUBSCRIPTION_ID },
                userErrors: [],
              },
            },
          },
        },
        {
          request: request(null),
          result: log([{ ...failed, status: 'PENDING', nextAttemptAt: '2026-11-27T09:00:00.000Z' }, sent], {
            totalCount: 2,
            hasNextPage: false,
            endCursor: 'c2',
          }),
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Delivery log' });
    const row = () => within(table).getByText('invoice.issued').closest('tr') as HTMLElement;
    fireEvent.click(within(row()).getByRole('button', { name: /^Redeliver invoice\.issued/ }));
    expect(await screen.findByText('invoice.issued is sent again.')).toBeTruthy();
    expect(await within(row()).findByText('Pending')).toBeTruthy();
    expect(within(row()).queryByRole('button', { name: /^Redeliver/ })).toBeNull();
  });

  it("shows the server's reason when a redelivery is refused", async () => {
    renderWithProviders(<WebhookLogPage basePath="/users/webhooks" subscriptionId={SUBSCRIPTION_ID} />, {
      viewer: portalAdminViewer,
      mocks: [
        {
          request: request(null),
          result: log([sent], { totalCount: 1, hasNextPage: false, endCursor: 'c1' }),
        },
        {
          request: { query: RedeliverWebhookDocument, variables: { input: { deliveryId: sent.id } } },
          result: {
            data: {
              redeliverWebhook: {
                __typename: 'WebhookSubscriptionPayload',
                subscription: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'deliveryId'],
                    message: 'This delivery is still being tried.',
                    code: 'INVALID_STATE',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: /^Redeliver order\.confirmed/ }));
    expect(await screen.findByText('This delivery is still being tried.')).toBeTruthy();
    expect(screen.getByText('Not redelivered')).toBeTruthy();
  });

  it('says why a paused webhook gets nothing and offers to resume it', async () => {
    renderWithProviders(<WebhookLogPage basePath="/users/webhooks" subscriptionId={SUBSCRIPTION_ID} />, {
      viewer: portalAdminViewer,
      mocks: [
        {
          request: request(null),
          result: log(
            [failed],
            { totalCount: 1, hasNextPage: false, endCursor: 'c1' },
            {
              status: 'PAUSED',
              consecutiveFailures: 10,
            },
          ),
        },
      ],
    });
    expect(
      await screen.findByText(
        'Paused after 10 failed attempts in a row: nothing is sent until you resume it.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: `Resume ${HOOK_URL}` })).toBeTruthy();
  });

  it('is not offered to a buyer', async () => {
    renderWithProviders(<WebhookLogRoute />, {
      viewer: { ...portalAdminViewer, permissions: ['ORDERS_SUBMIT', 'PRICES_CONTRACT'] },
    });
    expect(await screen.findByRole('heading', { name: 'Not available' })).toBeTruthy();
  });
});
