import { useQuery } from '@apollo/client/react';
import { BarChart, LineChart } from '@mantine/charts';
import { Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { chartNumber, formatDecimal } from '@portal/domain';
import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import { TableScroll } from '../rfqs/table-scroll';
import { RequirePermission } from '../../viewer/require-permission';
import {
  adoptionCsv,
  changeText,
  chartRows,
  defaultRange,
  monthLabel,
  percentText,
  pointsText,
} from './adoption';
import { useServerClock } from '../../clock/server-clock';

export const AdoptionMonthFieldsFragmentDoc = graphql(`
  fragment AdoptionMonthFields on AdoptionMonth {
    month
    activeAccountShare
    portalOrderShare
    averageOrdersPerActiveUser
    phoneOrders
    totalOrders
    accountsWithPortalUsers
    orderingAccounts
    orderingAccountShare
    portalOrders
    activeUsers
    issueReports
    issueReportsPer100Orders
    portalOrderShareChange
    phoneOrderBaselineAverage
    phoneOrderChange
  }
`);

export const PortalAdoptionDocument = graphql(`
  query PortalAdoption($from: Date!, $to: Date!, $baselineFrom: Date, $baselineTo: Date) {
    portalAdoption(from: $from, to: $to, baselineFrom: $baselineFrom, baselineTo: $baselineTo) {
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
  const [baseline, setBaseline] = useState<{ from: string; to: string } | null>(null);
  const [baselineDraft, setBaselineDraft] = useState({ from: '', to: '' });
  const rangeError =
    draft.from && draft.to && draft.from > draft.to ? 'The start must be before the end.' : undefined;
  const baselineError =
    baselineDraft.from && baselineDraft.to && baselineDraft.from > baselineDraft.to
      ? 'The start must be before the end.'
      : undefined;
  const { data, error, refetch, loading } = useQuery(PortalAdoptionDocument, {
    variables: { ...range, baselineFrom: baseline?.from ?? null, baselineTo: baseline?.to ?? null },
  });

  function apply(next: { from: string; to: string }) {
    setDraft(next);
    if (next.from && next.to && next.from <= next.to) setRange(next);
  }
  function applyBaseline(next: { from: string; to: string }) {
    setBaselineDraft(next);
    if (!next.from && !next.to) setBaseline(null);
    else if (next.from && next.to && next.from <= next.to) setBaseline(next);
  }

  const months = data?.portalAdoption ?? [];
  const rows = chartRows(months);
  const baselineAverage = months[0]?.phoneOrderBaselineAverage ?? null;
  const csvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(adoptionCsv(months))}`;
  const csvName = `portal-adoption-${range.from.slice(0, 7)}-to-${range.to.slice(0, 7)}.csv`;
  return (
    <>
      <PageHeader
        title="Portal adoption"
        description="How many customers use the portal, month by month: active accounts, portal share of orders, orders per active user, issue reports and phone orders against a baseline."
        actions={
          months.length > 0 ? (
            <Button
              component="a"
              href={csvHref}
              download={csvName}
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Download CSV
            </Button>
          ) : undefined
        }
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
        <TextInput
          label="Phone baseline from"
          description="The period phone orders are compared with"
          type="date"
          value={baselineDraft.from}
          onChange={(e) => applyBaseline({ ...baselineDraft, from: e.currentTarget.value })}
          error={baselineError}
        />
        <TextInput
          label="Phone baseline to"
          description={
            baselineAverage === null
              ? 'Both dates, or neither'
              : `Baseline: ${formatDecimal(baselineAverage, { scale: 2 })} phone orders a month`
          }
          type="date"
          value={baselineDraft.to}
          onChange={(e) => applyBaseline({ ...baselineDraft, to: e.currentTarget.value })}
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
              description="Active accounts: companies with portal users that ordered through the portal; signed in: companies with a portal sign-in; portal orders: share of all orders (%)."
            >
              <LineChart
                h={240}
                data={rows}
                dataKey="month"
                unit="%"
                yAxisProps={{ domain: [0, 100] }}
                withLegend
                series={[
                  { name: 'orderingAccountShare', label: 'Active accounts', color: 'blue.8' },
                  { name: 'activeAccountShare', label: 'Signed-in accounts', color: 'grape.7' },
                  { name: 'portalOrderShare', label: 'Portal orders', color: 'teal.8' },
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
                description={
                  baselineAverage === null
                    ? 'Orders entered by the sales team from phone calls. Pick a baseline to compare.'
                    : `Orders entered by the sales team from phone calls; the line is the baseline's ${formatDecimal(baselineAverage, { scale: 2 })} a month.`
                }
              >
                <BarChart
                  h={240}
                  data={rows}
                  dataKey="month"
                  series={[{ name: 'phoneOrders', label: 'Phone orders', color: 'orange.8' }]}
                  referenceLines={
                    baselineAverage === null
                      ? undefined
                      : [{ y: chartNumber(baselineAverage, 2), label: 'Baseline', color: 'gray.7' }]
                  }
                />
              </ChartCard>
              <ChartCard
                title="Issue reports per 100 orders"
                description="Delivery issues reported by customers per 100 orders submitted that month."
              >
                <BarChart
                  h={240}
                  data={rows}
                  dataKey="month"
                  series={[
                    {
                      name: 'issueReportsPer100Orders',
                      label: 'Issue reports per 100 orders',
                      color: 'red.8',
                    },
                  ]}
                />
              </ChartCard>
            </SimpleGrid>
          </Stack>
          <TableScroll label="Portal adoption by month" minWidth={960}>
            <Table striped horizontalSpacing="xs">
              <Table.Caption>Portal adoption by month</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Month</Table.Th>
                  <Table.Th ta="right">Active accounts</Table.Th>
                  <Table.Th ta="right">Signed-in accounts</Table.Th>
                  <Table.Th ta="right">Portal orders</Table.Th>
                  <Table.Th ta="right">Trend</Table.Th>
                  <Table.Th ta="right">Orders per active user</Table.Th>
                  <Table.Th ta="right">Issue reports per 100 orders</Table.Th>
                  <Table.Th ta="right">Phone orders</Table.Th>
                  <Table.Th ta="right">Phone vs baseline</Table.Th>
                  <Table.Th ta="right">All orders</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {months.map((m) => (
                  <Table.Tr key={m.month}>
                    <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      {monthLabel(m.month)}
                    </Table.Th>
                    <Table.Td ta="right">
                      {percentText(m.orderingAccountShare)}
                      <Text span size="xs" c="dimmed" display="block">
                        {m.orderingAccounts} of {m.accountsWithPortalUsers}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{percentText(m.activeAccountShare)}</Table.Td>
                    <Table.Td ta="right">
                      {percentText(m.portalOrderShare)}
                      <Text span size="xs" c="dimmed" display="block">
                        {m.portalOrders} of {m.totalOrders}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {m.portalOrderShareChange === null ? '—' : pointsText(m.portalOrderShareChange)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {formatDecimal(m.averageOrdersPerActiveUser, { scale: 2 })}
                    </Table.Td>
                    <Table.Td ta="right">
                      {formatDecimal(m.issueReportsPer100Orders, { scale: 2 })}
                      <Text span size="xs" c="dimmed" display="block">
                        {m.issueReports} {m.issueReports === 1 ? 'report' : 'reports'}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{m.phoneOrders}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {m.phoneOrderChange === null ? '—' : changeText(m.phoneOrderChange)}
                    </Table.Td>
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
