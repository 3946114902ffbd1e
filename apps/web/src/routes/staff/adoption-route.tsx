import { useQuery } from '@apollo/client/react';
import { BarChart, LineChart } from '@mantine/charts';
import { Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { formatDecimal } from '@portal/domain';
import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import { TableScroll } from '../rfqs/table-scroll';
import { RequirePermission } from '../../viewer/require-permission';
import { chartRows, defaultRange, monthLabel, percentText } from './adoption';
import { useServerClock } from '../../clock/server-clock';

export const AdoptionMonthFieldsFragmentDoc = graphql(`
  fragment AdoptionMonthFields on AdoptionMonth {
    month
    activeAccountShare
    portalOrderShare
    averageOrdersPerActiveUser
    phoneOrders
    totalOrders
  }
`);

export const PortalAdoptionDocument = graphql(`
  query PortalAdoption($from: Date!, $to: Date!) {
    portalAdoption(from: $from, to: $to) {
      month
      ...AdoptionMonthFields
    }
  }
`);

export function AdoptionRoute() {
  return (
    <RequirePermission anyOf="METRICS_READ" staff>
      <AdoptionDashboard />
    </RequirePermission>
  );
}

function ChartCard({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder padding="md" component="figure" m={0} aria-label={title}>
      <Title order={2} size="h5">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {description}
      </Text>
      {children}
    </Card>
  );
}

function AdoptionDashboard() {
  const { today } = useServerClock();
  const [range, setRange] = useState(() => defaultRange(today));
  const [draft, setDraft] = useState(range);
  const rangeError =
    draft.from && draft.to && draft.from > draft.to ? 'The start must be before the end.' : undefined;
  const { data, error, refetch, loading } = useQuery(PortalAdoptionDocument, { variables: range });

  function apply(next: { from: string; to: string }) {
    setDraft(next);
    if (next.from && next.to && next.from <= next.to) setRange(next);
  }

  const months = data?.portalAdoption ?? [];
  const rows = chartRows(months);
  return (
    <>
      <PageHeader
        title="Portal adoption"
        description="How many customers use the portal, month by month: active accounts, portal share of orders, orders per active user and phone orders."
      />
      <Group mb="md" align="flex-start">
        <TextInput
          label="From"
          type="date"
          value={draft.from}
          onChange={(e) => apply({ ...draft, from: e.currentTarget.value })}
          error={rangeError}
        />
        <TextInput
          label="To"
          type="date"
          value={draft.to}
          onChange={(e) => apply({ ...draft, to: e.currentTarget.value })}
        />
      </Group>
      {!data ? (
        <PageStatus error={!!error && !loading} onRetry={() => void refetch()} />
      ) : months.length === 0 ? (
        <EmptyState title="No data for this period" description="Pick another date range." />
      ) : (
        <>
          <Stack gap="md" mb="lg">
            <ChartCard
              title="Active accounts and portal orders"
              description="Share of customer companies that signed in; share of orders placed in the portal (%)."
            >
              <LineChart
                h={240}
                data={rows}
                dataKey="month"
                unit="%"
                yAxisProps={{ domain: [0, 100] }}
                withLegend
                series={[
                  { name: 'activeAccountShare', label: 'Active account share', color: 'blue.8' },
                  { name: 'portalOrderShare', label: 'Portal order share', color: 'teal.8' },
                ]}
              />
            </ChartCard>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <ChartCard
                title="Orders per active user"
                description="Portal and API orders per user who signed in that month."
              >
                <BarChart
                  h={240}
                  data={rows}
                  dataKey="month"
                  series={[
                    { name: 'ordersPerActiveUser', label: 'Orders per active user', color: 'indigo.7' },
                  ]}
                />
              </ChartCard>
              <ChartCard
                title="Phone orders"
                description="Orders entered by the sales team from phone calls."
              >
                <BarChart
                  h={240}
                  data={rows}
                  dataKey="month"
                  series={[{ name: 'phoneOrders', label: 'Phone orders', color: 'orange.8' }]}
                />
              </ChartCard>
            </SimpleGrid>
          </Stack>
          <TableScroll label="Portal adoption by month" minWidth={640}>
            <Table striped>
              <Table.Caption>Portal adoption by month</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Month</Table.Th>
                  <Table.Th ta="right">Active account share</Table.Th>
                  <Table.Th ta="right">Portal order share</Table.Th>
                  <Table.Th ta="right">Orders per active user</Table.Th>
                  <Table.Th ta="right">Phone orders</Table.Th>
                  <Table.Th ta="right">All orders</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {months.map((m) => (
                  <Table.Tr key={m.month}>
                    <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      {monthLabel(m.month)}
                    </Table.Th>
                    <Table.Td ta="right">{percentText(m.activeAccountShare)}</Table.Td>
                    <Table.Td ta="right">{percentText(m.portalOrderShare)}</Table.Td>
                    <Table.Td ta="right">
                      {formatDecimal(m.averageOrdersPerActiveUser, { scale: 2 })}
                    </Table.Td>
                    <Table.Td ta="right">{m.phoneOrders}</Table.Td>
                    <Table.Td ta="right">{m.totalOrders}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      )}
    </>
  );
}
