import { useQuery } from '@apollo/client/react';
import { Anchor, Code, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { WebhookRow_SubscriptionFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format-date';
import { useViewer } from '../../viewer/viewer-context';
import { CreateWebhookDialog } from './create-webhook-dialog';
import { WebhookActions } from './webhook-actions';
import { WebhookStatus } from './webhook-status';

export const WebhookRow_SubscriptionFragmentDoc = graphql(`
  fragment WebhookRow_subscription on WebhookSubscription {
    id
    url
    eventTypes
    createdAt
    ...WebhookStatus_subscription
    ...WebhookActions_subscription
    lastDelivery: deliveries(first: 1) {
      edges {
        node {
          id
          createdAt
          eventType
          status
          lastStatusCode
        }
      }
    }
  }
`);

export const WebhookSubscriptionsDocument = graphql(`
  query WebhookSubscriptions($first: Int!, $after: String) {
    webhookEventTypes
    webhookSubscriptions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...WebhookRow_subscription
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;
const column = createColumnHelper<WebhookRow_SubscriptionFragment>();

/** The path of a subscription's delivery log under the list's path. */
export function webhookLogPath(basePath: string, subscriptionId: string): string {
  return `${basePath}/${encodeURIComponent(subscriptionId)}`;
}

function LastDelivery({ subscription }: { subscription: WebhookRow_SubscriptionFragment }) {
  const last = subscription.lastDelivery.edges[0]?.node;
  if (!last) return <Text c="dimmed">None yet</Text>;
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">{formatDateTime(last.createdAt)}</Text>
      <Text size="xs" c="dimmed">
        {last.eventType}
        {last.lastStatusCode !== null && last.lastStatusCode !== undefined
          ? ` · HTTP ${last.lastStatusCode}`
          : ''}
      </Text>
      <StatusBadge status={last.status} size="sm" />
    </Stack>
  );
}

/**
 * Webhook subscriptions the viewer manages (a portal admin: their company's; staff: every
 * company's): add one, see its status and last delivery, resume, rotate, delete, open its log.
 */
export function WebhooksPage({ basePath }: { basePath: string }) {
  const { isStaff } = useViewer();
  const pages = useCursorPages();
  const { data, previousData, error, refetch } = useQuery(WebhookSubscriptionsDocument, {
    variables: { first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  if (!shown) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const subscriptions = shown.webhookSubscriptions.edges.map((e) => e.node);
  const reload = () => void refetch();

  const columns = [
    column.accessor('url', {
      header: 'URL',
      enableSorting: false,
      cell: (i) => (
        <Anchor
          component={Link}
          to={webhookLogPath(basePath, i.row.original.id)}
          aria-label={`Deliveries to ${i.getValue()}`}
          style={{ overflowWrap: 'anywhere' }}
        >
          {i.getValue()}
        </Anchor>
      ),
    }),
    column.display({
      id: 'eventTypes',
      header: 'Event types',
      cell: (i) => (
        <Stack gap={2}>
          {i.row.original.eventTypes.map((t) => (
            <Code key={t}>{t}</Code>
          ))}
        </Stack>
      ),
    }),
    column.display({
      id: 'status',
      header: 'Status',
      cell: (i) => <WebhookStatus subscription={i.row.original} />,
    }),
    column.display({
      id: 'lastDelivery',
      header: 'Last delivery',
      cell: (i) => <LastDelivery subscription={i.row.original} />,
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: (i) => <WebhookActions subscription={i.row.original} onDeleted={reload} />,
    }),
  ];

  return (
    <>
      <PageHeader
        title="Webhooks"
        description={
          isStaff
            ? "Every customer company's events, pushed to the seller's apps as they happen."
            : "Your company's events, pushed to your apps as they happen (instead of polling the API)."
        }
        actions={<CreateWebhookDialog eventTypes={shown.webhookEventTypes} onCreated={reload} />}
      />
      <DataTable
        caption="Webhook subscriptions"
        data={subscriptions}
        columns={columns}
        getRowId={(s) => s.id}
        empty={
          <EmptyState
            title="No webhooks yet"
            description="Add one to have events such as order.confirmed sent to your app."
          />
        }
      />
      <CursorPager
        pages={pages}
        pageSize={PAGE_SIZE}
        shown={subscriptions.length}
        totalCount={shown.webhookSubscriptions.totalCount}
        hasNextPage={shown.webhookSubscriptions.pageInfo.hasNextPage}
        endCursor={shown.webhookSubscriptions.pageInfo.endCursor}
        noun="webhooks"
      />
    </>
  );
}
