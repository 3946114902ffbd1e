import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Chip, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ColumnDef, RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { InvoiceKind, InvoiceRow_InvoiceFragment, InvoiceStatus } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { useViewer } from '../../viewer/viewer-context';
import { AccountTabs } from './account-tabs';
import { formatDate } from '../../lib/format-date';
import { INVOICE_READERS } from './invoice-permissions';
import { PayInvoicesDialog } from './pay-invoices-dialog';

export const InvoiceRow_InvoiceFragmentDoc = graphql(`
  fragment InvoiceRow_invoice on Invoice {
    id
    number
    kind
    status
    issuedOn
    dueOn
    total {
      amount
      currencyCode
    }
    amountDue {
      amount
      currencyCode
    }
    ...PayInvoicesDialog_invoice
  }
`);

export const InvoicesDocument = graphql(`
  query Invoices($first: Int!, $after: String, $filter: InvoiceFilter) {
    invoices(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountIsCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...InvoiceRow_invoice
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;
const STATUS_FILTERS: { value: InvoiceStatus; label: string }[] = [
  { value: 'OPEN', label: 'Open' },
  { value: 'OVERDUE', label: 'Overdue' },
  { value: 'PAID', label: 'Paid' },
  { value: 'CANCELLED', label: 'Cancelled' },
];

export function InvoiceListRoute() {
  return (
    <RequirePermission anyOf={INVOICE_READERS}>
      <InvoiceList />
    </RequirePermission>
  );
}

/**
 * Whether an invoice can be paid now, as the API says (`payable`): an open invoice with something
 * due and no bank transfer on its way. Credit notes never are.
 */
export function isPayable(invoice: Pick<InvoiceRow_InvoiceFragment, 'payable'>): boolean {
  return invoice.payable;
}

function InvoiceList() {
  const { can } = useViewer();
  const canPay = can('INVOICES_PAY');
  const [statuses, setStatuses] = useState<string[]>([]);
  const [kind, setKind] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [debouncedNumber] = useDebouncedValue(number.trim(), 300);
  // Cursor paging: the cursors of the pages before the current one.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [paying, setPaying] = useState<InvoiceRow_InvoiceFragment[] | null>(null);

  const filter = {
    statuses: statuses.length ? (statuses as InvoiceStatus[]) : undefined,
    kind: (kind as InvoiceKind | null) ?? undefined,
    number: debouncedNumber || undefined,
    from: from || undefined,
    to: to || undefined,
  };
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(InvoicesDocument, {
    variables: { first: PAGE_SIZE, after, filter },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const rows = useMemo(() => shown?.invoices.edges.map((e) => e.node) ?? [], [shown]);

  function resetPaging() {
    setCursors([null]);
    setSelection({});
  }

  const columns = useMemo<ColumnDef<InvoiceRow_InvoiceFragment>[]>(
    () => [
      {
        id: 'number',
        header: 'Number',
        accessorKey: 'number',
        cell: ({ row }) => (
          <Anchor
            component={Link}
            to={`/invoices/${encodeURIComponent(row.original.id)}`}
            fw={600}
            c="blue.9"
            style={{ whiteSpace: 'nowrap' }}
          >
            {row.original.number}
          </Anchor>
        ),
      },
      {
        id: 'kind',
        header: 'Kind',
        accessorKey: 'kind',
        cell: ({ row }) => (row.original.kind === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice'),
      },
      {
        id: 'status',
        header: 'Status',
        accessorKey: 'status',
        cell: ({ row }) => (
          <NoWrap>
            <StatusBadge status={row.original.status} />
          </NoWrap>
        ),
      },
      {
        id: 'issuedOn',
        header: 'Issued',
        accessorKey: 'issuedOn',
        cell: ({ row }) => <NoWrap>{formatDate(row.original.issuedOn)}</NoWrap>,
      },
      {
        id: 'dueOn',
        header: 'Due',
        accessorKey: 'dueOn',
        cell: ({ row }) => <NoWrap>{formatDate(row.original.dueOn)}</NoWrap>,
      },
      {
        id: 'total',
        header: 'Total',
        enableSorting: false,
        cell: ({ row }) => <Money money={row.original.total} />,
      },
      {
        id: 'amountDue',
        header: 'Due now',
        enableSorting: false,
        cell: ({ row }) =>
          row.original.kind === 'CREDIT_NOTE' ? (
            // A credit note is owed to the customer, never due from them.
            <Text size="sm">
              Credit <Money money={row.original.amountDue} inherit /> open
            </Text>
          ) : (
            <Stack gap={0}>
              <Money money={row.original.amountDue} />
              {row.original.earlyPaymentDiscount && (
                <Text size="xs">
                  <Money money={row.original.earlyPaymentDiscount.amountToPay} inherit fw={600} /> if paid by{' '}
                  {formatDate(row.original.earlyPaymentDiscount.deadline)}
                </Text>
              )}
              {row.original.pendingPayment && <Text size="xs">Bank transfer on its way</Text>}
            </Stack>
          ),
      },
    ],
    [],
  );

  const selected = rows.filter((r) => selection[r.id]);
  const currencies = new Set(selected.map((r) => r.amountDue.currencyCode));

  return (
    <Stack gap="md">
      <PageHeader
        title="Invoices & account"
        documentTitle="Invoices"
        description="Invoices and credit notes, payments and your account."
        actions={
          canPay && (
            <Button
              disabled={selected.length === 0 || currencies.size > 1}
              onClick={() => setPaying(selected)}
            >
              {selected.length > 1 ? `Pay ${selected.length} invoices` : 'Pay selected'}
            </Button>
          )
        }
      />
      <AccountTabs />

      <Stack gap="xs" component="section" aria-label="Filters">
        <Chip.Group
          multiple
          value={statuses}
          onChange={(value) => {
            setStatuses(value);
            resetPaging();
          }}
        >
          <Group gap="xs" role="group" aria-label="Status">
            {STATUS_FILTERS.map((s) => (
              <Chip key={s.value} value={s.value}>
                {s.label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Number"
            placeholder="INV-0001"
            value={number}
            onChange={(e) => {
              setNumber(e.currentTarget.value);
              resetPaging();
            }}
            w={180}
          />
          <Select
            label="Kind"
            placeholder="All"
            clearable
            value={kind}
            onChange={(value) => {
              setKind(value);
              resetPaging();
            }}
            data={[
              { value: 'INVOICE', label: 'Invoices' },
              { value: 'CREDIT_NOTE', label: 'Credit notes' },
            ]}
            w={170}
          />
          <TextInput
            label="Issued from"
            type="date"
            value={from}
            max={to || undefined}
            onChange={(e) => {
              setFrom(e.currentTarget.value);
              resetPaging();
            }}
            w={170}
          />
          <TextInput
            label="Issued to"
            type="date"
            value={to}
            min={from || undefined}
            onChange={(e) => {
              setTo(e.currentTarget.value);
              resetPaging();
            }}
            w={170}
          />
        </Group>
      </Stack>

      {error && !shown ? (
        <PageStatus error onRetry={() => void refetch()} />
      ) : (
        <>
          <DataTable
            caption="Invoices and credit notes"
            data={rows}
            columns={columns}
            getRowId={(row) => row.id}
            loading={loading}
            rowSelection={canPay ? selection : undefined}
            onRowSelectionChange={canPay ? setSelection : undefined}
            canSelectRow={isPayable}
            rowLabel={(row) => `Select invoice ${row.number}`}
            empty={
              <EmptyState
                title="No invoices"
                description={
                  statuses.length || kind || number || from || to
                    ? 'No invoice matches these filters.'
                    : 'Invoices appear here once your orders are invoiced.'
                }
              />
            }
          />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {shown
                ? shown.invoices.totalCountIsCapped
                  ? `more than ${shown.invoices.totalCount} in all`
                  : `${shown.invoices.totalCount} in all`
                : ''}
              {selected.length > 0 && ` · ${selected.length} selected`}
              {currencies.size > 1 && ' · select invoices of one currency to pay them together'}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                disabled={cursors.length <= 1 || loading}
                onClick={() => {
                  setCursors(cursors.slice(0, -1));
                  setSelection({});
                }}
              >
                Previous page
              </Button>
              <Button
                variant="default"
                disabled={!shown?.invoices.pageInfo.hasNextPage || loading}
                onClick={() => {
                  setCursors([...cursors, shown?.invoices.pageInfo.endCursor ?? null]);
                  setSelection({});
                }}
              >
                Next page
              </Button>
            </Group>
          </Group>
        </>
      )}

      {canPay && paying && (
        <PayInvoicesDialog
          opened
          invoices={paying}
          onClose={() => setPaying(null)}
          onPaid={() => {
            setSelection({});
            void refetch();
          }}
        />
      )}
    </Stack>
  );
}

function NoWrap({ children }: { children: ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
}
