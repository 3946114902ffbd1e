import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge, statusLabel } from '../../components/status-badge';
import { graphql } from '../../gql';
import type {
  OrderFilter,
  OrderHistoryRow_OrderFragment,
  OrderSortKey,
  OrderStatus,
} from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { OrderNumberLink } from './order-number-link';
import { useViewer } from '../../viewer/viewer-context';
import { formatDate } from '../../lib/format-date';

export const OrderHistoryRow_OrderFragmentDoc = graphql(`
  fragment OrderHistoryRow_order on Order {
    id
    number
    status
    purchaseOrderNumber
    createdAt
    submittedAt
    createdBy {
      id
      name
    }
    company @include(if: $withCompany) {
      id
      name
    }
    lines {
      id
    }
    total @include(if: $withPrices) {
      amount
      currencyCode
    }
  }
`);

export const OrderHistoryDocument = graphql(`
  query OrderHistory(
    $first: Int!
    $after: String
    $filter: OrderFilter
    $sort: OrderSort
    $withPrices: Boolean!
    $withCompany: Boolean!
  ) {
    orders(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      totalCountIsCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...OrderHistoryRow_order
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;
const STATUSES: OrderStatus[] = [
  'DRAFT',
  'PENDING_APPROVAL',
  'QUOTATION',
  'SALES_ORDER',
  'IN_PROGRESS',
  'SHIPPED',
  'DELIVERED',
  'INVOICED',
  'CANCELLED',
];
const SORT_KEYS: Record<string, OrderSortKey> = {
  number: 'NUMBER',
  createdAt: 'CREATED_AT',
  submittedAt: 'SUBMITTED_AT',
  total: 'TOTAL',
};

export function OrderListRoute() {
  return (
    <RequirePermission anyOf={['ORDERS_READ_COMPANY', 'ORDERS_READ_OWN']}>
      <OrderList />
    </RequirePermission>
  );
}

function toDateString(value: string | Date | null): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function OrderList() {
  const { can, isStaff } = useViewer();
  const prices = can('PRICES_CONTRACT');
  // Staff read every company's orders: say whose each one is.
  const withCompany = isStaff;
  const [statuses, setStatuses] = useState<string[]>([]);
  const [number, setNumber] = useState('');
  const [sku, setSku] = useState('');
  const [range, setRange] = useState<[string | null, string | null]>([null, null]);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'createdAt', desc: true }]);
  // Cursors of the pages before the current one (server paging).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [debouncedNumber] = useDebouncedValue(number.trim(), 300);
  const [debouncedSku] = useDebouncedValue(sku.trim(), 300);

  const filter: OrderFilter = useMemo(
    () => ({
      statuses: statuses.length ? (statuses as OrderStatus[]) : null,
      number: debouncedNumber || null,
      sku: debouncedSku || null,
      from: toDateString(range[0]),
      to: toDateString(range[1]),
    }),
    [statuses, debouncedNumber, debouncedSku, range],
  );
  const sort = sorting[0]
    ? { key: SORT_KEYS[sorting[0].id] ?? 'CREATED_AT', descending: sorting[0].desc }
    : null;
  const after = cursors[cursors.length - 1];
  const { data, previousData, loading, error, refetch } = useQuery(OrderHistoryDocument, {
    variables: { first: PAGE_SIZE, after, filter, sort, withPrices: prices, withCompany },
    // Orders change status while you are away (approvals, shipping): always ask the server too.
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  function resetPaging<T>(set: (v: T) => void) {
    return (value: T) => {
      set(value);
      setCursors([null]);
    };
  }

  const columns = useMemo<ColumnDef<OrderHistoryRow_OrderFragment>[]>(
    () => [
      {
        id: 'number',
        header: 'Order',
        accessorFn: (o) => o.number,
        cell: ({ row }) => <OrderNumberLink order={row.original} />,
      },
      ...(withCompany
        ? [
            {
              id: 'company',
              header: 'Customer',
              enableSorting: false,
              cell: ({ row }) => row.original.company?.name ?? '—',
            } satisfies ColumnDef<OrderHistoryRow_OrderFragment>,
          ]
        : []),
      {
        id: 'status',
        header: 'Status',
        enableSorting: false,
        cell: ({ row }) => <StatusBadge status={row.original.status} size="sm" />,
      },
      {
        id: 'po',
        header: 'PO number',
        enableSorting: false,
        cell: ({ row }) => row.original.purchaseOrderNumber ?? '—',
      },
      {
        id: 'createdAt',
        header: 'Created',
        accessorFn: (o) => o.createdAt,
        cell: ({ row }) => formatDate(row.original.createdAt),
      },
      {
        id: 'submittedAt',
        header: 'Submitted',
        accessorFn: (o) => o.submittedAt,
        cell: ({ row }) => formatDate(row.original.submittedAt),
      },
      {
        id: 'by',
        header: 'By',
        enableSorting: false,
        cell: ({ row }) => row.original.createdBy?.name ?? '—',
      },
      { id: 'lines', header: 'Lines', enableSorting: false, cell: ({ row }) => row.original.lines.length },
      ...(prices
        ? [
            {
              id: 'total',
              header: 'Total',
              accessorFn: (o) => o.total?.amount,
              cell: ({ row }) => <Money money={row.original.total} />,
            } satisfies ColumnDef<OrderHistoryRow_OrderFragment>,
          ]
        : []),
    ],
    [prices, withCompany],
  );

  if (!shown && error) return <PageStatus error onRetry={() => void refetch()} />;
  const connection = shown?.orders;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const page = cursors.length;
  const filtered = statuses.length > 0 || number || sku || range[0] || range[1];

  return (
    <Stack>
      <PageHeader title="Orders" description="Your order history: filter, sort and open an order." />
      <Paper
        withBorder
        p="md"
        component="form"
        role="search"
        aria-label="Filter orders"
        onSubmit={(e) => e.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <MultiSelect
            label="Status"
            placeholder={statuses.length ? undefined : 'Any status'}
            data={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
            value={statuses}
            onChange={resetPaging(setStatuses)}
            clearable
          />
          <TextInput
            label="Order or PO number"
            placeholder="Starts with, e.g. SO-0001"
            value={number}
            onChange={(e) => resetPaging(setNumber)(e.currentTarget.value)}
          />
          <TextInput
            label="Product SKU"
            placeholder="e.g. GLV-NIT-M"
            value={sku}
            onChange={(e) => resetPaging(setSku)(e.currentTarget.value)}
          />
          <DatePickerInput
            type="range"
            label="Created between"
            placeholder="Any date"
            value={range}
            onChange={(v) => resetPaging(setRange)(v as [string | null, string | null])}
            clearable
          />
        </SimpleGrid>
        {filtered && (
          <Group justify="flex-end" mt="sm">
            <Button
              variant="subtle"
              onClick={() => {
                setStatuses([]);
                setNumber('');
                setSku('');
                setRange([null, null]);
                setCursors([null]);
              }}
            >
              Clear filters
            </Button>
          </Group>
        )}
      </Paper>
      {!shown ? (
        <PageStatus />
      ) : (
        <>
          <Text size="sm" aria-live="polite">
            {connection?.totalCountIsCapped
              ? `More than ${connection.totalCount} orders · page ${page}`
              : connection?.totalCount === 1
                ? '1 order'
                : `${connection?.totalCount ?? 0} orders`}
            {connection && !connection.totalCountIsCapped && connection.totalCount > PAGE_SIZE
              ? ` · page ${page} of ${Math.ceil(connection.totalCount / PAGE_SIZE)}`
              : ''}
          </Text>
          <DataTable
            caption="Orders"
            data={rows}
            columns={columns}
            getRowId={(r) => r.id}
            loading={loading}
            sorting={sorting}
            onSortingChange={(updater) => {
              setSorting(updater);
              setCursors([null]);
            }}
            manualSorting
            empty={
              <EmptyState
                title={filtered ? 'No orders match these filters' : 'No orders yet'}
                description={filtered ? 'Try other filters.' : 'Orders you place appear here.'}
              />
            }
          />
          <Group justify="space-between">
            <Button
              variant="default"
              disabled={page === 1 || loading}
              onClick={() => setCursors((c) => c.slice(0, -1))}
            >
              Previous page
            </Button>
            <Button
              variant="default"
              disabled={!connection?.pageInfo.hasNextPage || loading}
              onClick={() => setCursors((c) => [...c, connection?.pageInfo.endCursor ?? null])}
            >
              Next page
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
