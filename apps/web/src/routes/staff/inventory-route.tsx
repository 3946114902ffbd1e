import { useQuery } from '@apollo/client/react';
import { Anchor, Checkbox, Group, Loader, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatDecimal } from '@portal/domain';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import type { StockRow_ProductFragment } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { AdjustStockDialog, ReceiveStockDialog } from './stock-dialogs';

export const StockRow_ProductFragmentDoc = graphql(`
  fragment StockRow_product on Product {
    id
    sku
    name
    baseUnit {
      id
      symbol
    }
    availability {
      status
    }
    stock {
      onHand
      reserved
      available
    }
    ...StockDialogs_product
  }
`);

export const InventoryListDocument = graphql(`
  query InventoryList($search: String, $lowOnly: Boolean) {
    inventory(first: 100, search: $search, lowOnly: $lowOnly) {
      totalCount
      edges {
        node {
          id
          ...StockRow_product
        }
      }
    }
  }
`);

const column = createColumnHelper<StockRow_ProductFragment>();
const qty = (value: string | undefined, unit: string) =>
  value === undefined ? '—' : `${formatDecimal(value)} ${unit}`;

function columns(onDone: () => void) {
  return [
    column.accessor('sku', {
      header: 'SKU',
      cell: (i) => (
        <Anchor component={Link} to={`/staff/inventory/${encodeURIComponent(i.row.original.id)}`}>
          {i.getValue()}
        </Anchor>
      ),
    }),
    column.accessor('name', { header: 'Product' }),
    column.display({
      id: 'onHand',
      header: 'On hand',
      cell: (i) => qty(i.row.original.stock?.onHand, i.row.original.baseUnit.symbol),
    }),
    column.display({
      id: 'reserved',
      header: 'Reserved',
      cell: (i) => qty(i.row.original.stock?.reserved, i.row.original.baseUnit.symbol),
    }),
    column.display({
      id: 'available',
      header: 'Available',
      cell: (i) => qty(i.row.original.stock?.available, i.row.original.baseUnit.symbol),
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: (i) => (
        <Group gap="xs" wrap="nowrap">
          <ReceiveStockDialog product={i.row.original} onDone={onDone} />
          <AdjustStockDialog product={i.row.original} onDone={onDone} />
        </Group>
      ),
    }),
  ];
}

export function InventoryRoute() {
  return (
    <RequirePermission anyOf="INVENTORY_MANAGE" staff>
      <Inventory />
    </RequirePermission>
  );
}

/** Stock per product (over all warehouses): receive, adjust, and open a product's ledger. */
function Inventory() {
  const [search, setSearch] = useState('');
  const [lowOnly, setLowOnly] = useState(false);
  const [term] = useDebouncedValue(search.trim(), 300);
  const { data, previousData, error, refetch, loading } = useQuery(InventoryListDocument, {
    variables: { search: term || undefined, lowOnly },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  if (!shown) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const products = shown.inventory.edges.map((e) => e.node);
  return (
    <>
      <PageHeader
        title="Inventory"
        description="On hand, reserved for placed orders and available to promise, in each product's base unit."
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label="SKU or name"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          rightSection={loading ? <Loader size="xs" aria-label="Loading" /> : undefined}
          w={280}
        />
        <Checkbox
          label="Low or out of stock only"
          checked={lowOnly}
          onChange={(e) => setLowOnly(e.currentTarget.checked)}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {shown.inventory.totalCount > products.length
            ? `Showing ${products.length} of ${shown.inventory.totalCount} products`
            : `${shown.inventory.totalCount} product${shown.inventory.totalCount === 1 ? '' : 's'}`}
        </Text>
      </Group>
      <DataTable
        caption="Stock per product"
        data={products}
        columns={columns(() => void refetch())}
        getRowId={(p) => p.id}
        empty={<EmptyState title="No products" description="Nothing matches the search." />}
      />
    </>
  );
}
