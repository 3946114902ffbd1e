import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconRefresh } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { Link, useNavigate } from 'react-router';
import { ConfirmButton } from '../../components/confirm-button';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { useMutationAction } from '../../components/use-mutation-action';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { graphql } from '../../gql';
import type { WebhookDeliveryRow_DeliveryFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format-date';
import { WebhookActions } from './webhook-actions';
import { webhookStatusReason } from './webhook-status';

export const WebhookDeliveryRow_DeliveryFragmentDoc = graphql(`
  fragment WebhookDeliveryRow_delivery on WebhookDelivery {
    id
    createdAt
    eventType
    status
    lastStatusCode
    attempts
    lastError
    nextAttemptAt
    finishedAt
  }
`);

export const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($id: ID!, $first: Int!, $after: String) {
    webhookSubscription(id: $id) {
      id
      url
      eventTypes
      includesPrices
      ...WebhookStatus_subscription
      ...WebhookActions_subscription
      deliveries(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...WebhookDeliveryRow_delivery
          }
        }
      }
    }
  }
`);

export const RedeliverWebhookDocument = graphql(`
  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      subscription {
        id
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

const PAGE_SIZE = 25;
const column = createColumnHelper<WebhookDeliveryRow_DeliveryFragment>();

/**
 * One subscription's delivery log, newest first (time, event type, status, HTTP status, attempts,
 * error), pages of 25, with "Redeliver" on each finished delivery; resume, rotate and delete.
 */
export function WebhookLogPage({ basePath, subscriptionId }: { basePath: string; subscriptionId: string }) {
  const navigate = useNavigate();
  const pages = useCursorPages();
  const { data, previousData, error, refetch, loading } = useQuery(WebhookDeliveriesDocument, {
    variables: { id: subscriptionId, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const [redeliver] = useMutation(RedeliverWebhookDocument);
  const action = useMutationAction();
  const shown = data ?? previousData;
  if (!shown) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const subscription = shown.webhookSubscription;
  const back = (
    <Anchor component={Link} to={basePath}>
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        All webhooks
      </Group>
    </Anchor>
  );
  if (!subscription)
    return (
      <Stack align="flex-start">
        <PageHeader title="Webhook not found" description="It was deleted, or is not yours to see." />
        {back}
      </Stack>
    );

  const deliveries = subscription.deliveries.edges.map((e) => e.node);
  const reason = webhookStatusReason(subscription);
  const columns = [
    column.accessor('createdAt', {
      header: 'Time',
      enableSorting: false,
      cell: (i) => formatDateTime(i.getValue()),
    }),
    column.accessor('eventType', {
      header: 'Event type',
      enableSorting: false,
      cell: (i) => <Code>{i.getValue()}</Code>,
    }),
    column.display({
      id: 'status',
      header: 'Status',
      cell: (i) => (
        <Stack gap={2} align="flex-start">
          <StatusBadge status={i.row.original.status} size="sm" />
          {i.row.original.status === 'PENDING' && i.row.original.nextAttemptAt && (
            <Text size="xs" c="dimmed">
              Next attempt {formatDateTime(i.row.original.nextAttemptAt)}
            </Text>
          )}
        </Stack>
      ),
    }),
    column.accessor('lastStatusCode', {
      header: 'HTTP status',
      enableSorting: false,
      cell: (i) => i.getValue() ?? '—',
    }),
    column.accessor('attempts', { header: 'Attempts', enableSorting: false }),
    column.accessor('lastError', {
      header: 'Error',
      enableSorting: false,
      cell: (i) => (
        <Text size="sm" maw={320} style={{ wordBreak: 'break-word' }}>
          {i.getValue() ?? '—'}
        </Text>
      ),
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: (i) => {
        const delivery = i.row.original;
        if (delivery.status === 'PENDING') return null;
        return (
          <ConfirmButton
            size="xs"
            variant="light"
            aria-label={`Redeliver ${delivery.eventType} of ${formatDateTime(delivery.createdAt)}`}
            pendingLabel="Redelivering…"
            onConfirm={() =>
              action.run(
                async () =>
                  (await redeliver({ variables: { input: { deliveryId: delivery.id } } })).data
                    ?.redeliverWebhook,
                () => {
                  void refetch();
                  return `${delivery.eventType} is sent again.`;
                },
              )
            }
          >
            Redeliver
          </ConfirmButton>
        );
      },
    }),
  ];

  return (
    <Stack gap="md">
      {back}
      <PageHeader
        title="Webhook deliveries"
        documentTitle={`Webhook deliveries · ${subscription.url}`}
        description={
          <>
            To <Code>{subscription.url}</Code> for {subscription.eventTypes.join(', ')}
            {subscription.includesPrices ? '' : ' (without contract prices)'}.
          </>
        }
        badge={<StatusBadge status={subscription.status} />}
        actions={
          <WebhookActions subscription={subscription} size="sm" onDeleted={() => void navigate(basePath)} />
        }
      />
      {reason && (
        <Alert color={subscription.status === 'PAUSED' ? 'red' : 'yellow'} title={reason}>
          {subscription.status === 'PAUSED'
            ? 'Fix the endpoint (the errors below say what it answered), then resume the webhook.'
            : 'Deliveries are retried with backoff; after repeated failures the webhook is paused.'}
        </Alert>
      )}
      <UserErrorsAlert errors={action.errors} title="Not redelivered" />
      <Group justify="flex-end">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={loading}
          onClick={() => void refetch()}
        >
          Refresh
        </Button>
      </Group>
      <DataTable
        caption="Delivery log"
        data={deliveries}
        columns={columns}
        getRowId={(d) => d.id}
        empty={
          <EmptyState
            title="No deliveries yet"
            description="Each event of the chosen types is listed here once it is sent."
          />
        }
      />
      <CursorPager
        pages={pages}
        pageSize={PAGE_SIZE}
        shown={deliveries.length}
        totalCount={subscription.deliveries.totalCount}
        hasNextPage={subscription.deliveries.pageInfo.hasNextPage}
        endCursor={subscription.deliveries.pageInfo.endCursor}
        noun="deliveries"
      />
    </Stack>
  );
}
