import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { chartNumber } from '@portal/domain';
import { formatMoneyText, Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import type { AgingChart_ReportFragment } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { AccountTabs } from './account-tabs';
import { formatDate } from '../../lib/format-date';
import { AGING_READERS } from './invoice-permissions';
import { ScrollRegion } from '../../components/scroll-region';

export const AgingChart_ReportFragmentDoc = graphql(`
  fragment AgingChart_report on AgingReport {
    asOf
    totalOutstanding {
      amount
      currencyCode
    }
    buckets {
      label
      minDays
      maxDays
      count
      amount {
        amount
        currencyCode
      }
    }
  }
`);

export const AgingReportDocument = graphql(`
  query AgingReport {
    agingReport {
      ...AgingChart_report
    }
  }
`);

export function AgingRoute() {
  return (
    <RequirePermission anyOf={AGING_READERS}>
      <AgingPage />
    </RequirePermission>
  );
}

function AgingPage() {
  const { data, error, refetch } = useQuery(AgingReportDocument);
  return (
    <Stack gap="md">
      <PageHeader
        title="Aging"
        description={
          data
            ? `What is outstanding, by days past due, as of ${formatDate(data.agingReport.asOf)}.`
            : undefined
        }
      />
      <AccountTabs />
      {!data ? (
        error ? (
          <PageStatus error onRetry={() => void refetch()} />
        ) : (
          <PageStatus />
        )
      ) : (
        <AgingChart report={data.agingReport} />
      )}
    </Stack>
  );
}

/** Chart heights only: the table below shows the exact amounts. */
export function agingChartData(report: AgingChart_ReportFragment) {
  return report.buckets.map((b) => ({ bucket: b.label, amount: chartNumber(b.amount.amount, 2) }));
}

export function AgingChart({ report }: { report: AgingChart_ReportFragment }) {
  const currencyCode = report.totalOutstanding.currencyCode;
  return (
    <Stack gap="md">
      <Card withBorder>
        <Text size="sm" c="dimmed">
          Total outstanding
        </Text>
        <Money money={report.totalOutstanding} fw={700} size="xl" />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Outstanding by age
        </Title>
        <div
          role="img"
          aria-label="Bar chart of the outstanding amount per age bucket; the table below has the figures."
        >
          <BarChart
            h={280}
            data={agingChartData(report)}
            dataKey="bucket"
            series={[{ name: 'amount', label: 'Outstanding', color: 'blue.8' }]}
            valueFormatter={(value) => formatMoneyText({ amount: String(value), currencyCode })}
            withTooltip
            yAxisProps={{ width: 90 }}
          />
        </div>
      </Card>
      <ScrollRegion label="Aging buckets" minWidth={500}>
        <Table striped aria-label="Aging buckets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Days past due</Table.Th>
              <Table.Th ta="right">Items</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.buckets.map((b) => (
              <Table.Tr key={b.label}>
                <Table.Td>{b.label}</Table.Td>
                <Table.Td ta="right">{b.count}</Table.Td>
                <Table.Td ta="right">
                  <Money money={b.amount} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>Total</Table.Th>
              <Table.Td ta="right">{report.buckets.reduce((n, b) => n + b.count, 0)}</Table.Td>
              <Table.Td ta="right" fw={700}>
                <Money money={report.totalOutstanding} />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}
