import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { formatDecimal } from '@portal/domain';
import { createColumnHelper } from '@tanstack/react-table';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import type { StockLedgerQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format-date';
import { RequirePermission } from '../../viewer/require-permission';
import { AdjustStockDialog, ReceiveStockDialog } from './stock-dialogs';

export const StockLedgerDocument = graphql(`
  query StockLedger($id: ID!) {
    product(id: $id) {
      id
      sku
      name
      baseUnit {
        id
        symbol
      }
      ...StockRow_product
      stockLevels {
        onHand
        reserved
        available
        location {
          id
          code
          name
        }
      }
      stockMovements(first: 100) {
        totalCount
        edges {
          node {
            id
            at
            kind
            quantity
            onHandAfter
            reservedAfter
            reason
            location {
              id
              code
            }
            order {
              id
              number
            }
            createdBy {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type Movement = NonNullable<
  NonNullable<StockLedgerQuery['product']>['stockMovements']
>['edges'][number]['node'];

const KIND_TEXT: Record<Movement['kind'], string> = {
  RECEIPT: 'Receipt',
  ADJUSTMENT: 'Adjustment',
  RESERVATION: 'Reserved',
  RELEASE: 'Released',
  SHIPMENT: 'Shipped',
};

const column = createColumnHelper<Movement>();
const columns = [
  column.accessor('at', { header: 'When', cell: (i) => formatDateTime(i.getValue()) }),
  column.accessor('kind', { header: 'Movement', cell: (i) => KIND_TEXT[i.getValue()] }),
  column.accessor('quantity', { header: 'Quantity', cell: (i) => formatDecimal(i.getValue()) }),
  column.accessor('onHandAfter', { header: 'On hand after', cell: (i) => formatDecimal(i.getValue()) }),
  column.accessor('reservedAfter', { header: 'Reserved after', cell: (i) => formatDecimal(i.getValue()) }),
  column.display({
    id: 'why',
    header: 'Why',
    cell: (i) => {
      const m = i.row.original;
      return m.order ? (
        <Anchor component={Link} to={`/orders/${encodeURIComponent(m.order.id)}`}>
          {m.order.number}
        </Anchor>
      ) : (
        (m.reason ?? '—')
      );
    },
  }),
  column.accessor((m) => m.location.code, { id: 'location', header: 'Location' }),
  column.accessor((m) => m.createdBy?.name ?? '—', { id: 'by', header: 'By' }),
];

export function StockLedgerRoute() {
  return (
    <RequirePermission anyOf="INVENTORY_MANAGE" staff>
      <StockLedger />
    </RequirePermission>
  );
}

/** One product's stock per location and its ledger, newest first. */
function StockLedger() {
  const { productId = '' } = useParams();
  const { data, error, refetch } = useQuery(StockLedgerDocument, {
    variables: { id: productId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const product = data.product;
  if (!product) return <EmptyState title="No such product" description="It may have been removed." />;
  const unit = product.baseUnit.symbol;
  const movements = product.stockMovements?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeader
        title={`Stock of ${product.sku}`}
        description={`${product.name}; quantities in ${unit}.`}
        actions={
          <Group gap="xs">
            <ReceiveStockDialog product={product} onDone={() => void refetch()} />
            <AdjustStockDialog product={product} onDone={() => void refetch()} />
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 3 }} mb="lg">
        {(product.stockLevels ?? []).map((level) => (
          <Paper
            key={level.location.id}
            withBorder
            p="md"
            component="section"
            aria-label={level.location.name}
          >
            <Title order={2} size="h4">
              {level.location.name}
            </Title>
            <Text>On hand: {formatDecimal(level.onHand)}</Text>
            <Text>Reserved: {formatDecimal(level.reserved)}</Text>
            <Text fw={700}>Available: {formatDecimal(level.available)}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <DataTable
        caption={`Stock movements of ${product.sku}, newest first`}
        data={movements}
        columns={columns}
        getRowId={(m) => m.id}
        empty={<EmptyState title="No movements" description="Nothing was received or ordered yet." />}
      />
    </>
  );
}
