import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Select, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { RfqRow_RfqFragment, RfqStatus } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { useViewer } from '../../viewer/viewer-context';

export const RfqRow_RfqFragmentDoc = graphql(`
  fragment RfqRow_rfq on Rfq {
    id
    number
    title
    status
    createdAt
    neededBy
    requestedBy {
      id
      name
    }
    quotation {
      id
      number
      quote {
        validUntil
        revision
      }
    }
  }
`);

export const RfqsDocument = graphql(`
  query Rfqs($first: Int!, $statuses: [RfqStatus!]) {
    rfqs(first: $first, statuses: $statuses) {
      totalCount
      edges {
        node {
          id
          ...RfqRow_rfq
        }
      }
    }
  }
`);

export const RFQ_STATUS_OPTIONS: { value: RfqStatus; label: string }[] = [
  { value: 'SUBMITTED', label: 'Submitted' },
  { value: 'QUOTED', label: 'Quoted' },
  { value: 'CHANGES_REQUESTED', label: 'Changes requested' },
  { value: 'ACCEPTED', label: 'Accepted' },
  { value: 'DECLINED', label: 'Declined' },
  { value: 'EXPIRED', label: 'Expired' },
  { value: 'CANCELLED', label: 'Cancelled' },
];

/** The RFQ table's columns (also the staff inbox's, for rows that include RfqRow_rfq). */
export function rfqColumns<T extends RfqRow_RfqFragment>(linkTo: (rfq: T) => string) {
  const column = createColumnHelper<T>();
  return [
    column.accessor((rfq) => rfq.number, {
      id: 'number',
      header: 'RFQ',
      cell: (info) => (
        <Anchor component={Link} to={linkTo(info.row.original)} style={{ whiteSpace: 'nowrap' }}>
          {info.getValue()}
        </Anchor>
      ),
    }),
    column.accessor((rfq) => rfq.title, { id: 'title', header: 'Title' }),
    column.accessor((rfq) => rfq.status, {
      id: 'status',
      header: 'Status',
      cell: (info) => <StatusBadge status={info.getValue()} />,
    }),
    column.accessor((rfq) => rfq.requestedBy.name, { id: 'requestedBy', header: 'Requested by' }),
    column.accessor((rfq) => rfq.createdAt, {
      id: 'createdAt',
      header: 'Asked on',
      cell: (info) => info.getValue().slice(0, 10),
    }),
    column.accessor((rfq) => rfq.neededBy, {
      id: 'neededBy',
      header: 'Needed by',
      cell: (info) => info.getValue() ?? '—',
    }),
    column.accessor((rfq) => rfq.quotation?.quote?.validUntil ?? null, {
      id: 'validUntil',
      header: 'Quote valid until',
      cell: (info) => info.getValue() ?? '—',
    }),
  ];
}

export function RfqListRoute() {
  return (
    <RequirePermission anyOf={['RFQ_SUBMIT', 'QUOTES_RESPOND']} staff={false}>
      <RfqList />
    </RequirePermission>
  );
}

function RfqList() {
  const { can } = useViewer();
  const [status, setStatus] = useState<RfqStatus | null>(null);
  const { data, loading, error, refetch } = useQuery(RfqsDocument, {
    variables: { first: 100, statuses: status ? [status] : undefined },
    fetchPolicy: 'cache-and-network',
  });
  const newButton = can('RFQ_SUBMIT') ? (
    <Button component={Link} to="/rfqs/new" leftSection={<IconPlus size={16} aria-hidden />}>
      New RFQ
    </Button>
  ) : null;

  const rfqs = data?.rfqs.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeader
        title="Requests for quotation"
        documentTitle="RFQs"
        description="Ask for prices on catalog products or anything else, and review the quotations you receive."
        actions={newButton}
      />
      <Group mb="md" align="flex-end">
        <Select
          label="Status"
          placeholder="All statuses"
          data={RFQ_STATUS_OPTIONS}
          value={status}
          onChange={(value) => setStatus(value as RfqStatus | null)}
          clearable
          w={240}
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
          caption="Requests for quotation"
          data={rfqs}
          columns={rfqColumns<RfqRow_RfqFragment>((rfq) => `/rfqs/${rfq.id}`)}
          getRowId={(rfq) => rfq.id}
          loading={loading && !data}
          empty={
            <EmptyState
              title={status ? 'No RFQs with this status' : 'No RFQs yet'}
              description="Ask for a quotation when you need a price for a large quantity or an item not in the catalog."
              action={newButton}
            />
          }
        />
      )}
    </>
  );
}
