import { useQuery } from '@apollo/client/react';
import { Group, Loader, Select, Tabs, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import type { InvoiceStatus } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { InvoicingInvoiceTable } from './invoicing-invoice-table';
import { awaitsInvoice, InvoicingOrderTable } from './invoicing-order-table';

export const InvoicingPageDocument = graphql(`
  query InvoicingPage($statuses: [InvoiceStatus!], $number: String) {
    orders(first: 100, filter: { statuses: [SHIPPED, DELIVERED], number: $number }) {
      totalCount
      edges {
        node {
          id
          ...InvoicingOrderRow_order
        }
      }
    }
    invoices(first: 100, filter: { statuses: $statuses, number: $number }) {
      totalCount
      edges {
        node {
          id
          ...InvoicingInvoiceRow_invoice
        }
      }
    }
  }
`);

const INVOICE_FILTERS: { value: string; label: string; statuses: InvoiceStatus[] | undefined }[] = [
  { value: 'open', label: 'Open and overdue', statuses: ['OPEN', 'OVERDUE'] },
  { value: 'DRAFT', label: 'Drafts', statuses: ['DRAFT'] },
  { value: 'OVERDUE', label: 'Overdue', statuses: ['OVERDUE'] },
  { value: 'PAID', label: 'Paid', statuses: ['PAID'] },
  { value: 'CANCELLED', label: 'Cancelled', statuses: ['CANCELLED'] },
  { value: 'all', label: 'All', statuses: undefined },
];

export function InvoicingRoute() {
  return (
    <RequirePermission anyOf="INVOICING_MANAGE" staff>
      <InvoicingPage />
    </RequirePermission>
  );
}

function InvoicingPage() {
  const [filter, setFilter] = useState('open');
  const [search, setSearch] = useState('');
  const [number] = useDebouncedValue(search.trim(), 300);
  const statuses = INVOICE_FILTERS.find((f) => f.value === filter)?.statuses;
  const query = useQuery(InvoicingPageDocument, {
    variables: { statuses, number: number || undefined },
    fetchPolicy: 'cache-and-network',
  });
  const { error, refetch, loading } = query;
  const data = query.data ?? query.previousData;
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const toInvoice = data.orders.edges.map((e) => e.node).filter(awaitsInvoice);
  const invoices = data.invoices.edges.map((e) => e.node);
  const refresh = () => void refetch();

  return (
    <>
      <PageHeader
        title="Invoicing"
        description="Invoice shipped and delivered orders, issue drafts and credit notes, and record payments."
      />
      <TextInput
        label="Number"
        description="Starting characters: invoice numbers under Invoices, order or PO numbers under Orders to invoice"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        rightSection={loading ? <Loader size="xs" aria-label="Loading" /> : undefined}
        w={440}
        maw="100%"
        mb="md"
      />
      <Tabs defaultValue="invoices" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="invoices">Invoices ({data.invoices.totalCount})</Tabs.Tab>
          <Tabs.Tab value="to-invoice">Orders to invoice ({toInvoice.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="invoices">
          <Group mb="md" align="flex-end">
            <Select
              label="Status"
              data={INVOICE_FILTERS.map(({ value, label }) => ({ value, label }))}
              value={filter}
              onChange={(v) => setFilter(v ?? 'open')}
              allowDeselect={false}
              w={240}
            />
          </Group>
          <InvoicingInvoiceTable invoices={invoices} onDone={refresh} />
        </Tabs.Panel>
        <Tabs.Panel value="to-invoice">
          <InvoicingOrderTable orders={toInvoice} onDone={refresh} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
