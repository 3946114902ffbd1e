import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-app';
import { RotateWebhookSecretDocument } from './webhook-actions';
import { HOOK_URL, SUBSCRIPTION_ID, delivery, portalAdminViewer } from './webhook-fixtures';
import { WebhookSubscriptionsDocument, WebhooksPage } from './webhooks-page';

const PAUSED_URL = 'https://erp.example/portal-events';

const subscription = (
  id: string,
  url: string,
  status: 'ACTIVE' | 'PAUSED',
  consecutiveFailures: number,
  last: ReturnType<typeof delivery> | null,
) => ({
  __typename: 'WebhookSubscription' as const,
  id,
  url,
  eventTypes: ['order.confirmed', 'invoice.issued'],
  createdAt: '2026-11-01T10:00:00.000Z',
  status,
  consecutiveFailures,
  lastDelivery: {
    __typename: 'WebhookDeliveryConnection' as const,
    edges: last ? [{ __typename: 'WebhookDeliveryEdge' as const, node: last }] : [],
  },
});

const list = {
  request: { query: WebhookSubscriptionsDocument, variables: { first: 25, after: null } },
  result: {
    data: {
      webhookEventTypes: ['order.confirmed', 'invoice.issued'],
      webhookSubscriptions: {
        __typename: 'WebhookSubscriptionConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
        edges: [
          {
            __typename: 'WebhookSubscriptionEdge',
            node: subscription(SUBSCRIPTION_ID, HOOK_URL, 'ACTIVE', 0, delivery(1)),
          },
          {
            __typename: 'WebhookSubscriptionEdge',
            node: subscription(
              'V2ViaG9va1N1YnNjcmlwdGlvbjoy',
              PAUSED_URL,
              'PAUSED',
              10,
              delivery(2, {
                status: 'FAILED',
                lastStatusCode: 503,
                lastError: 'The endpoint answered HTTP 503',
              }),
            ),
          },
        ],
      },
    },
  },
};

describe('the webhooks page', () => {
  it('lists URL, event types, status with the reason of a pause, and the last delivery', async () => {
    renderWithProviders(<WebhooksPage basePath="/users/webhooks" />, {
      viewer: portalAdminViewer,
      mocks: [list],
    });
    const table = await screen.findByRole('table', { name: 'Webhook subscriptions' });
    const active = within(table).getByRole('link', { name: `Deliveries to ${HOOK_URL}` });
    expect(active.getAttribute('href')).toBe(`/users/webhooks/${SUBSCRIPTION_ID}`);
    const pausedRow = within(table).getByText(PAUSED_URL).closest('tr') as HTMLElement;
    expect(within(pausedRow).getByText('Paused')).toBeTruthy();
    expect(
      within(pausedRow).getByText(
        'Paused after 10 failed attempts in a row: nothing is sent until you resume it.',
      ),
    ).toBeTruthy();
    expect(within(pausedRow).getByText('order.confirmed · HTTP 503')).toBeTruthy();
    expect(within(pausedRow).getByRole('button', { name: `Resume ${PAUSED_URL}` })).toBeTruthy();
    const activeRow = active.closest('tr') as HTMLElement;
    expect(within(activeRow).queryByRole('button', { name: /^Resume/ })).toBeNull();
    expect(within(activeRow).getByText('Nov 21, 2026, 8:30 AM')).toBeTruthy();
  });

  it('rotates a secret only once confirmed, then shows the new one once', async () => {
    renderWithProviders(<WebhooksPage basePath="/users/webhooks" />, {
      viewer: portalAdminViewer,
      mocks: [
        list,
        {
          request: {
            query: RotateWebhookSecretDocument,
            variables: { input: { subscriptionId: SUBSCRIPTION_ID } },
          },
          result: {
            data: {
              rotateWebhookSecret: {
                __typename: 'WebhookSubscriptionPayload',
                secret: 'whsec_n3w',
                subscription: {
                  __typename: 'WebhookSubscription',
                  id: SUBSCRIPTION_ID,
                  status: 'ACTIVE',
                  consecutiveFailures: 0,
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: `Rotate secret of ${HOOK_URL}` }));
    const confirm = await screen.findByRole('dialog', { name: 'Rotate the signing secret?' });
    expect(screen.queryByTestId('webhook-secret')).toBeNull();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Rotate secret' }));
    const shown = await screen.findByRole('dialog', { name: `New signing secret for ${HOOK_URL}` });
    expect(within(shown).getByTestId('webhook-secret').textContent).toBe('whsec_n3w');
    expect(within(shown).getByText("Copy it now: you won't see it again.")).toBeTruthy();
    fireEvent.click(within(shown).getByRole('button', { name: 'I have copied it' }));
    await screen.findByRole('table', { name: 'Webhook subscriptions' });
    await expect.poll(() => screen.queryByText('whsec_n3w')).toBeNull();
  });
});
