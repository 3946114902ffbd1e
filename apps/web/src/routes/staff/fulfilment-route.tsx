import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import type { OrderStatus } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { FulfilmentCard } from './fulfilment-card';

export const FulfilmentBoardDocument = graphql(`
  query FulfilmentBoard($number: String) {
    orders(
      first: 100
      filter: { statuses: [SALES_ORDER, IN_PROGRESS, SHIPPED], number: $number }
      sort: { key: PRIORITY }
    ) {
      totalCount
      edges {
        node {
          id
          ...FulfilmentCard_order
        }
      }
    }
  }
`);

const COLUMNS: { status: OrderStatus; title: string; hint: string }[] = [
  { status: 'SALES_ORDER', title: 'To start', hint: 'Confirmed sales orders' },
  { status: 'IN_PROGRESS', title: 'In progress', hint: 'Being picked and packed' },
  { status: 'SHIPPED', title: 'Shipped', hint: 'On their way' },
];

export function FulfilmentRoute() {
  return (
    <RequirePermission anyOf="FULFILMENT_MANAGE" staff>
      <FulfilmentBoard />
    </RequirePermission>
  );
}

function FulfilmentBoard() {
  const [search, setSearch] = useState('');
  const [number] = useDebouncedValue(search.trim(), 300);
  const { data, previousData, error, refetch, loading } = useQuery(FulfilmentBoardDocument, {
    variables: { number: number || undefined },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  if (!shown) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const orders = shown.orders.edges.map((e) => e.node);
  return (
    <>
      <PageHeader
        title="Fulfilment board"
        description="Start confirmed orders, ship them with tracking, and mark them delivered."
        actions={
          <Button variant="default" onClick={() => void refetch()}>
            Refresh
          </Button>
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label="Order or PO number"
          description="Exact or starting characters"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          rightSection={loading ? <Loader size="xs" aria-label="Loading" /> : undefined}
          w={280}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {shown.orders.totalCount > orders.length
            ? `Showing the oldest ${orders.length} of ${shown.orders.totalCount} open orders`
            : `${shown.orders.totalCount} open order${shown.orders.totalCount === 1 ? '' : 's'}`}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
        {COLUMNS.map((column) => {
          const inColumn = orders.filter((o) => o.status === column.status);
          return (
            <Paper
              key={column.status}
              component="section"
              aria-labelledby={`column-${column.status}`}
              withBorder
              p="sm"
              bg="gray.0"
            >
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4" id={`column-${column.status}`}>
                  {column.title}
                </Title>
                <Badge variant="light" aria-label={`${inColumn.length} orders`}>
                  {inColumn.length}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed" mb="sm">
                {column.hint}
              </Text>
              <ScrollArea.Autosize mah="70vh" type="auto">
                <Stack gap="sm">
                  {inColumn.length === 0 && (
                    <Text c="dimmed" ta="center" py="lg">
                      No orders
                    </Text>
                  )}
                  {inColumn.map((order) => (
                    <FulfilmentCard key={order.id} order={order} />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </Paper>
          );
        })}
      </SimpleGrid>
    </>
  );
}
