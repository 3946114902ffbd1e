import { useQuery } from '@apollo/client/react';
import { Group, Select, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import type { RfqInboxRow_RfqFragment, RfqStatus } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { RFQ_STATUS_OPTIONS, rfqColumns } from '../rfqs/rfq-list-route';

export const RfqInboxRow_RfqFragmentDoc = graphql(`
  fragment RfqInboxRow_rfq on Rfq {
    id
    ...RfqRow_rfq
    company {
      id
      name
    }
  }
`);

export const RfqInboxDocument = graphql(`
  query RfqInbox($first: Int!, $statuses: [RfqStatus!]) {
    rfqs(first: $first, statuses: $statuses) {
      totalCount
      edges {
        node {
          id
          ...RfqInboxRow_rfq
        }
      }
    }
  }
`);

const OPEN = 'OPEN';
const FILTERS = [
  { value: OPEN, label: 'Needs a quote (submitted, changes requested)' },
  ...RFQ_STATUS_OPTIONS,
];

const column = createColumnHelper<RfqInboxRow_RfqFragment>();
const base = rfqColumns<RfqInboxRow_RfqFragment>((rfq) => `/staff/rfqs/${rfq.id}`);
const columns = [
  ...base.slice(0, 2),
  column.accessor((rfq) => rfq.company.name, { id: 'company', header: 'Customer' }),
  ...base.slice(2),
];

export function RfqInboxRoute() {
  return (
    <RequirePermission anyOf="QUOTES_MANAGE" staff>
      <RfqInbox />
    </RequirePermission>
  );
}

function RfqInbox() {
  const [filter, setFilter] = useState<string | null>(OPEN);
  const statuses: RfqStatus[] | undefined =
    filter === OPEN ? ['SUBMITTED', 'CHANGES_REQUESTED'] : filter ? [filter as RfqStatus] : undefined;
  const { data, loading, error, refetch } = useQuery(RfqInboxDocument, {
    variables: { first: 100, statuses },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.rfqs.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeader
        title="RFQ inbox"
        description="Customers' requests for quotation. Open one to quote it or revise its quote."
      />
      <Group mb="md" align="flex-end">
        <Select
          label="Show"
          placeholder="All RFQs"
          data={FILTERS}
          value={filter}
          onChange={setFilter}
          clearable
          w={360}
          maw="100%"
        />
        {data && (
          <Text c="dimmed" size="sm" aria-live="polite">
            {data.rfqs.totalCount} RFQ{data.rfqs.totalCount === 1 ? '' : 's'}
          </Text>
        )}
      </Group>
      {error && !data ? (
        <PageStatus error onRetry={() => void refetch()} />
      ) : (
        <DataTable
          caption="RFQ inbox"
          data={rows}
          columns={columns}
          getRowId={(rfq) => rfq.id}
          loading={loading && !data}
          empty={<EmptyState title="Nothing to quote" description="No RFQs match this filter." />}
        />
      )}
    </>
  );
}
