import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Paper, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { formatDecimal } from '@portal/domain';
import type { ColumnDef, RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { ApprovalQueueRow_OrderFragment } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { OrderNumberLink } from '../orders/order-number-link';
import { useViewer } from '../../viewer/viewer-context';
import { ageText, formatDateTime } from '../../lib/format-date';
import { useServerClock } from '../../clock/server-clock';
import { notifySuccess } from '../../lib/notify';
import { ApprovalHistory, ApprovalHistoryDocument } from './approval-history';

export const ApprovalQueueRow_OrderFragmentDoc = graphql(`
  fragment ApprovalQueueRow_order on Order {
    id
    number
    createdAt
    submittedAt
    availableActions
    createdBy {
      id
      name
    }
    lines {
      id
      sku
      description
      quantity
      unit {
        id
        symbol
      }
      lineTotal @include(if: $withPrices) {
        amount
        currencyCode
      }
    }
    total @include(if: $withPrices) {
      amount
      currencyCode
    }
    approval {
      reason
      requestedBy {
        id
        name
      }
    }
  }
`);

export const ApprovalQueueDocument = graphql(`
  query ApprovalQueue($first: Int!, $withPrices: Boolean!) {
    approvalQueue(first: $first) {
      totalCount
      edges {
        node {
          id
          ...ApprovalQueueRow_order
        }
      }
    }
  }
`);

export const ApproveOrdersDocument = graphql(`
  mutation ApproveOrders($input: OrdersDecisionInput!) {
    approveOrders(input: $input) {
      orders {
        id
        number
        status
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const RejectOrdersDocument = graphql(`
  mutation RejectOrders($input: OrdersDecisionInput!) {
    rejectOrders(input: $input) {
      orders {
        id
        number
        status
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** The order's lines, folded under "N lines", so they can be read before deciding. */
function QueueLines({ order }: { order: ApprovalQueueRow_OrderFragment }) {
  const count = order.lines.length;
  return (
    <details>
      <summary style={{ cursor: 'pointer', whiteSpace: 'nowrap' }}>
        {count} line{count === 1 ? '' : 's'}
        <VisuallyHidden> of order {order.number}</VisuallyHidden>
      </summary>
      <List size="sm" spacing={2} mt={4} aria-label={`Lines of order ${order.number}`}>
        {order.lines.map((line) => (
          <List.Item key={line.id}>
            <b>{line.sku}</b> {line.description} — {formatDecimal(line.quantity)} {line.unit.symbol}
            {line.lineTotal && (
              <>
                {' · '}
                <Money money={line.lineTotal} />
              </>
            )}
          </List.Item>
        ))}
      </List>
    </details>
  );
}

export function ApprovalQueueRoute() {
  return (
    <RequirePermission anyOf={['ORDERS_APPROVE']}>
      <ApprovalQueue />
    </RequirePermission>
  );
}

const FIELDS = ['comment', 'orderIds'] as const;
/** Orders shown at once (with their lines: within the gateway's query cost limit). */
export const QUEUE_PAGE = 50;

export function ApprovalQueue() {
  const { can } = useViewer();
  const { data, loading, error, refetch } = useQuery(ApprovalQueueDocument, {
    variables: { first: QUEUE_PAGE, withPrices: can('PRICES_CONTRACT') },
    fetchPolicy: 'cache-and-network',
  });
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ form: string[]; comment?: string }>({ form: [] });
  const [conflict, setConflict] = useState<string | null>(null);
  // A decision moves the orders into the history below the queue.
  const [approve, approving] = useMutation(ApproveOrdersDocument, {
    refetchQueries: [ApprovalHistoryDocument],
  });
  const [reject, rejecting] = useMutation(RejectOrdersDocument, {
    refetchQueries: [ApprovalHistoryDocument],
  });
  const { now } = useServerClock();

  const columns = useMemo<ColumnDef<ApprovalQueueRow_OrderFragment>[]>(
    () => [
      {
        id: 'number',
        header: 'Order',
        accessorFn: (o) => o.number,
        cell: ({ row }) => <OrderNumberLink order={row.original} />,
      },
      {
        id: 'reason',
        header: 'Why it needs approval',
        enableSorting: false,
        cell: ({ row }) => row.original.approval?.reason ?? '—',
      },
      {
        id: 'author',
        header: 'Author',
        accessorFn: (o) => o.approval?.requestedBy?.name ?? o.createdBy?.name ?? '',
        cell: ({ row }) => row.original.approval?.requestedBy?.name ?? row.original.createdBy?.name ?? '—',
      },
      {
        id: 'lines',
        header: 'Lines',
        enableSorting: false,
        cell: ({ row }) => <QueueLines order={row.original} />,
      },
      {
        id: 'total',
        header: 'Total',
        enableSorting: false,
        cell: ({ row }) => <Money money={row.original.total} />,
      },
      {
        id: 'age',
        header: 'Waiting',
        accessorFn: (o) => o.submittedAt ?? o.createdAt,
        sortDescFirst: false,
        cell: ({ row }) => {
          const at = row.original.submittedAt ?? row.original.createdAt;
          return <span title={formatDateTime(at)}>{ageText(at, now)}</span>;
        },
      },
    ],
    [now],
  );

  if (!data) return error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;
  const rows = data.approvalQueue.edges.map((e) => e.node);
  const selectedIds = rows.filter((r) => selection[r.id]).map((r) => r.id);
  const busy = approving.loading || rejecting.loading;

  async function decide(kind: 'approve' | 'reject') {
    setErrors({ form: [] });
    setConflict(null);
    const variables = { input: { orderIds: selectedIds, comment: comment.trim() || null } };
    try {
      const { data: result } =
        kind === 'approve' ? await approve({ variables }) : await reject({ variables });
      const payload =
        result &&
        ('approveOrders' in result
          ? result.approveOrders
          : 'rejectOrders' in result
            ? result.rejectOrders
            : null);
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        if (payload.userErrors.some((e) => e.code === 'INVALID_STATE')) {
          setConflict(
            `${payload.userErrors.map((e) => e.message).join(' ')} Someone else decided first, so nothing was ${
              kind === 'approve' ? 'approved' : 'rejected'
            }. The queue has been refreshed; check your selection and try again.`,
          );
          setSelection({});
          await refetch();
          return;
        }
        const split = splitUserErrors(payload.userErrors, FIELDS);
        setErrors({
          form: [...split.form, ...(split.fields.orderIds ? [split.fields.orderIds] : [])],
          comment: split.fields.comment,
        });
        return;
      }
      const numbers = payload.orders.map((o) => o.number).join(', ');
      notifySuccess(`${kind === 'approve' ? 'Approved' : 'Rejected'}: ${numbers}.`);
      setSelection({});
      setComment('');
      await refetch();
    } catch (e) {
      setErrors({ form: [unexpectedErrorMessage(e)] });
    }
  }

  return (
    <Stack>
      <PageHeader
        title="Approvals"
        description="Orders waiting for your decision. Select several to decide at once, or open one to review it."
      />
      {conflict && (
        <Alert
          color="orange"
          title="Already decided by someone else"
          role="alert"
          withCloseButton
          onClose={() => setConflict(null)}
        >
          {conflict}
        </Alert>
      )}
      <UserErrorsAlert errors={errors.form} />
      <Text size="sm" aria-live="polite">
        {data.approvalQueue.totalCount === 1
          ? '1 order waiting'
          : `${data.approvalQueue.totalCount} orders waiting`}
        {loading ? ' · refreshing…' : ''}
      </Text>
      <DataTable
        caption="Orders waiting for approval"
        data={rows}
        columns={columns}
        getRowId={(r) => r.id}
        rowSelection={selection}
        onRowSelectionChange={setSelection}
        canSelectRow={(r) => r.availableActions.includes('APPROVE') || r.availableActions.includes('REJECT')}
        rowLabel={(r) => `Select order ${r.number}`}
        empty={
          <EmptyState title="Nothing to approve" description="Orders that need your approval appear here." />
        }
      />
      {rows.length > 0 && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Textarea
              label="Comment"
              description="Sent to the authors with your decision: optional when approving, required when rejecting (tell them what to change)."
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              error={errors.comment}
              rows={3}
            />
            <Group justify="space-between">
              <Text size="sm">
                {selectedIds.length === 0 ? 'Select orders to decide on.' : `${selectedIds.length} selected`}
              </Text>
              <Group gap="xs">
                <Button
                  color="red.8"
                  variant="outline"
                  disabled={selectedIds.length === 0 || busy}
                  loading={rejecting.loading}
                  onClick={() => void decide('reject')}
                >
                  Reject selected
                </Button>
                <Button
                  disabled={selectedIds.length === 0 || busy}
                  loading={approving.loading}
                  onClick={() => void decide('approve')}
                >
                  Approve selected
                </Button>
              </Group>
            </Group>
          </Stack>
        </Paper>
      )}
      <ApprovalHistory withPrices={can('PRICES_CONTRACT')} />
    </Stack>
  );
}
