import { useQuery } from '@apollo/client/react';
import { Group, Select, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { OutboxMessageStatus, OutboxRow_MessageFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format-date';
import { RequirePermission } from '../../viewer/require-permission';

export const OutboxRow_MessageFragmentDoc = graphql(`
  fragment OutboxRow_message on OutboxMessage {
    id
    createdAt
    eventType
    channel
    recipient
    subject
    status
    attempts
    lastError
    nextAttemptAt
    finishedAt
  }
`);

export const OutboxMessagesDocument = graphql(`
  query OutboxMessages($status: OutboxMessageStatus!, $first: Int!, $after: String) {
    outboxMessages(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...OutboxRow_message
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;
const STATUS_OPTIONS: { value: OutboxMessageStatus; label: string }[] = [
  { value: 'FAILED', label: 'Failed (given up after their retries)' },
  { value: 'PENDING', label: 'Pending (waiting or being retried)' },
  { value: 'SENT', label: 'Sent' },
];

const column = createColumnHelper<OutboxRow_MessageFragment>();
const columns = [
  column.accessor('createdAt', {
    header: 'Written',
    enableSorting: false,
    cell: (i) => formatDateTime(i.getValue()),
  }),
  column.display({
    id: 'message',
    header: 'Message',
    cell: (i) => (
      <Stack gap={2}>
        <Text size="sm">{i.row.original.subject}</Text>
        <Text size="xs" c="dimmed">
          {i.row.original.eventType} · {i.row.original.channel === 'WEBHOOK' ? 'Webhook' : 'E-mail'}
        </Text>
      </Stack>
    ),
  }),
  column.accessor('recipient', {
    header: 'To',
    enableSorting: false,
    cell: (i) => (
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {i.getValue()}
      </Text>
    ),
  }),
  column.display({
    id: 'status',
    header: 'Status',
    cell: (i) => <StatusBadge status={i.row.original.status} size="sm" />,
  }),
  column.accessor('attempts', { header: 'Attempts', enableSorting: false }),
  column.display({
    id: 'when',
    header: 'Finished / next attempt',
    cell: (i) =>
      formatDateTime(
        i.row.original.status === 'PENDING' ? i.row.original.nextAttemptAt : i.row.original.finishedAt,
      ),
  }),
  column.accessor('lastError', {
    header: 'Last error',
    enableSorting: false,
    cell: (i) => (
      <Text size="sm" maw={320} style={{ wordBreak: 'break-word' }}>
        {i.getValue() ?? '—'}
      </Text>
    ),
  }),
];

export function OutboxRoute() {
  return (
    <RequirePermission anyOf="CUSTOMERS_MANAGE" staff>
      <Outbox />
    </RequirePermission>
  );
}

/** The outbox for staff: e-mails and webhook deliveries given up (by default), waiting or sent. */
function Outbox() {
  const [status, setStatus] = useState<OutboxMessageStatus>('FAILED');
  const pages = useCursorPages();
  const { data, previousData, error, refetch } = useQuery(OutboxMessagesDocument, {
    variables: { status, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  if (!shown) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const messages = shown.outboxMessages.edges.map((e) => e.node);
  return (
    <>
      <PageHeader
        title="Outbox"
        description="E-mails and webhook deliveries the portal sends after each change, retried with backoff until they go out or are given up."
      />
      <Group mb="md" align="flex-end">
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={status}
          allowDeselect={false}
          onChange={(value) => {
            if (!value) return;
            setStatus(value as OutboxMessageStatus);
            pages.reset();
          }}
          w={320}
          maw="100%"
        />
      </Group>
      <DataTable
        caption="Outbox messages"
        data={messages}
        columns={columns}
        getRowId={(m) => m.id}
        empty={
          <EmptyState
            title={status === 'FAILED' ? 'Nothing given up' : 'No messages'}
            description={
              status === 'FAILED'
                ? 'Every e-mail and webhook delivery went out (or is still being tried).'
                : 'No messages in this status.'
            }
          />
        }
      />
      <CursorPager
        pages={pages}
        pageSize={PAGE_SIZE}
        shown={messages.length}
        totalCount={shown.outboxMessages.totalCount}
        hasNextPage={shown.outboxMessages.pageInfo.hasNextPage}
        endCursor={shown.outboxMessages.pageInfo.endCursor}
        noun="messages"
      />
    </>
  );
}
