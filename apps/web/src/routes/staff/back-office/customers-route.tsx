import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Loader, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CursorPager, useCursorPages } from '../../../components/cursor-pager';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { Money } from '../../../components/money';
import { PageHeader } from '../../../components/page-header';
import { PageStatus } from '../../../components/page-status';
import { graphql } from '../../../gql';
import type { CustomerRow_CompanyFragment } from '../../../gql/graphql';
import { RequirePermission } from '../../../viewer/require-permission';
import { CustomerFormDialog } from './customer-dialogs';

export const CustomerRow_CompanyFragmentDoc = graphql(`
  fragment CustomerRow_company on Company {
    id
    name
    parent {
      id
      name
    }
    pricelist {
      id
      name
    }
    paymentTerm {
      id
      name
    }
    creditLimit {
      amount
      currencyCode
    }
    users {
      id
    }
  }
`);

export const CustomerListDocument = graphql(`
  query CustomerList($first: Int!, $after: String, $search: String) {
    companies(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...CustomerRow_company
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;
const column = createColumnHelper<CustomerRow_CompanyFragment>();
const columns = [
  column.accessor('name', {
    header: 'Company',
    cell: (i) => (
      <Anchor component={Link} to={`/staff/customers/${encodeURIComponent(i.row.original.id)}`}>
        {i.getValue()}
      </Anchor>
    ),
  }),
  column.display({ id: 'parent', header: 'Parent', cell: (i) => i.row.original.parent?.name ?? '—' }),
  column.display({
    id: 'pricelist',
    header: 'Pricelist',
    cell: (i) => i.row.original.pricelist?.name ?? 'List prices',
  }),
  column.display({
    id: 'terms',
    header: 'Payment term',
    cell: (i) => i.row.original.paymentTerm?.name ?? '—',
  }),
  column.display({
    id: 'credit',
    header: 'Credit limit',
    cell: (i) => <Money money={i.row.original.creditLimit} placeholder="Unlimited" />,
  }),
  column.display({ id: 'users', header: 'Users', cell: (i) => i.row.original.users?.length ?? '—' }),
];

export function CustomersRoute() {
  return (
    <RequirePermission anyOf={['CUSTOMERS_MANAGE', 'PRICING_MANAGE', 'CREDIT_MANAGE']} staff>
      <Customers />
    </RequirePermission>
  );
}

/** Customer companies: search, pages of 25; open one to set its terms, addresses, rules and users. */
function Customers() {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search.trim(), 300);
  const pages = useCursorPages();
  const { data, previousData, error, refetch, loading } = useQuery(CustomerListDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, search: term || undefined },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  if (!shown) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const companies = shown.companies.edges.map((e) => e.node);
  return (
    <>
      <PageHeader
        title="Customers"
        description="Companies buying on the portal: their pricelist, payment term, credit, addresses, approval rules and users."
        actions={
          <RequirePermission anyOf="CUSTOMERS_MANAGE" fallback={null}>
            <CustomerFormDialog
              button={{ label: 'New customer' }}
              onSaved={(id) => void navigate(`/staff/customers/${encodeURIComponent(id)}`)}
            />
          </RequirePermission>
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label="Company name"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            pages.reset();
          }}
          rightSection={loading ? <Loader size="xs" aria-label="Loading" /> : undefined}
          w={260}
        />
      </Group>
      <DataTable
        caption="Customers"
        data={companies}
        columns={columns}
        getRowId={(c) => c.id}
        empty={<EmptyState title="No customers" description="Nothing matches the search." />}
      />
      <CursorPager
        pages={pages}
        pageSize={PAGE_SIZE}
        shown={companies.length}
        totalCount={shown.companies.totalCount}
        hasNextPage={shown.companies.pageInfo.hasNextPage}
        endCursor={shown.companies.pageInfo.endCursor}
        noun="customers"
      />
    </>
  );
}
