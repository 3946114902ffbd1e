import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { addDays } from '@portal/domain';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useServerClock } from '../../clock/server-clock';
import { Money } from '../../components/money';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/format-date';
import { OrderNumberLink } from '../orders/order-number-link';
import { ReorderButton } from '../orders/reorder-button';
import { useViewer } from '../../viewer/viewer-context';

export const BuyerHomeDocument = graphql(`
  query BuyerHome($orders: Boolean!, $approvals: Boolean!, $invoices: Boolean!, $templates: Boolean!) {
    openOrders: orders(first: 8, filter: { statuses: [PENDING_APPROVAL, SALES_ORDER, IN_PROGRESS, SHIPPED] })
      @include(if: $orders) {
      totalCount
      edges {
        node {
          id
          number
          status
          submittedAt
          expectedShipDate
          purchaseOrderNumber
          total {
            amount
            currencyCode
          }
        }
      }
    }
    recentOrders: orders(first: 3, filter: { statuses: [DELIVERED, INVOICED] }) @include(if: $orders) {
      edges {
        node {
          id
          number
          submittedAt
          total {
            amount
            currencyCode
          }
          ...ReorderButton_order
        }
      }
    }
    approvalQueue(first: 5) @include(if: $approvals) {
      totalCount
      edges {
        node {
          id
          number
          createdBy {
            id
            name
          }
          total {
            amount
            currencyCode
          }
        }
      }
    }
    openInvoices: invoices(first: 50, filter: { statuses: [OPEN, OVERDUE] }) @include(if: $invoices) {
      totalCount
      edges {
        node {
          id
          number
          status
          dueOn
          amountDue {
            amount
            currencyCode
          }
          earlyPaymentDiscount {
            amount {
              amount
              currencyCode
            }
            deadline
            percent
          }
        }
      }
    }
    orderTemplates @include(if: $templates) {
      id
      name
    }
  }
`);

/** Invoices due within this many days (from the server's today) count as "due soon". */
const DUE_SOON_DAYS = 14;

function Section({ title, link, children }: { title: string; link?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {link}
      </Group>
      {children}
    </Card>
  );
}

/**
 * "What needs me": open orders and their states, orders waiting for my approval, invoices due
 * soon with the early-payment savings still available, and reorder shortcuts. Dates compare
 * against the server's today, never the browser's.
 */
export function BuyerDashboard() {
  const { canAny, can } = useViewer();
  const { today } = useServerClock();
  const [errors, setErrors] = useState<string[]>([]);
  const variables = {
    orders: canAny(['ORDERS_READ_OWN', 'ORDERS_READ_COMPANY']),
    approvals: can('ORDERS_APPROVE'),
    invoices: canAny(['INVOICES_READ_OWN', 'INVOICES_READ_COMPANY']),
    templates: canAny(['ORDERS_DRAFT', 'ORDERS_SUBMIT']),
  };
  const { data, error, refetch } = useQuery(BuyerHomeDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const soon = addDays(today, DUE_SOON_DAYS);
  const invoices = (data.openInvoices?.edges ?? []).map((e) => e.node);
  const dueSoon = invoices.filter((i) => i.status === 'OVERDUE' || (i.dueOn != null && i.dueOn <= soon));
  const savings = invoices.filter((i) => i.earlyPaymentDiscount && i.earlyPaymentDiscount.deadline >= today);
  const canReorder = variables.templates;

  return (
    <Stack>
      <UserErrorsAlert errors={errors} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {data.approvalQueue && (
          <Section
            title="Waiting for your approval"
            link={
              <Anchor component={Link} to="/approvals" size="sm">
                Approval queue ({data.approvalQueue.totalCount})
              </Anchor>
            }
          >
            {data.approvalQueue.totalCount === 0 ? (
              <Text c="dimmed">Nothing waits for you.</Text>
            ) : (
              <Stack gap={4}>
                {data.approvalQueue.edges.map(({ node }) => (
                  <Group key={node.id} justify="space-between" wrap="nowrap">
                    <Anchor component={Link} to={`/approvals/${node.id}`} fw={600}>
                      {node.number}
                    </Anchor>
                    <Text size="sm">{node.createdBy?.name ?? ''}</Text>
                    <Money money={node.total} fw={600} />
                  </Group>
                ))}
              </Stack>
            )}
          </Section>
        )}
        {data.openInvoices && (
          <Section
            title="Invoices due soon"
            link={
              <Anchor component={Link} to="/invoices" size="sm">
                All invoices
              </Anchor>
            }
          >
            {savings.length > 0 && (
              <Alert color="green" variant="light" mb="xs" title="Early-payment savings still available">
                <Stack gap={2}>
                  {savings.map((i) => (
                    <Text key={i.id} size="sm">
                      <Anchor component={Link} to={`/invoices/${i.id}`}>
                        {i.number}
                      </Anchor>
                      : save <Money money={i.earlyPaymentDiscount!.amount} fw={600} /> (
                      {i.earlyPaymentDiscount!.percent}%) by paying by{' '}
                      {formatDate(i.earlyPaymentDiscount!.deadline)}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            {dueSoon.length === 0 ? (
              <Text c="dimmed">Nothing due in the next {DUE_SOON_DAYS} days.</Text>
            ) : (
              <Table aria-label="Invoices due soon">
                <Table.Tbody>
                  {dueSoon.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <Anchor
                            component={Link}
                            to={`/invoices/${i.id}`}
                            fw={600}
                            style={{ whiteSpace: 'nowrap' }}
                          >
                            {i.number}
                          </Anchor>
                          <StatusBadge status={i.status} size="sm" />
                        </Stack>
                      </Table.Td>
                      <Table.Td>due {formatDate(i.dueOn)}</Table.Td>
                      <Table.Td ta="right">
                        <Money money={i.amountDue} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Section>
        )}
        {data.openOrders && (
          <Section
            title="Open orders"
            link={
              <Anchor component={Link} to="/orders" size="sm">
                All orders ({data.openOrders.totalCount} open)
              </Anchor>
            }
          >
            {data.openOrders.totalCount === 0 ? (
              <Text c="dimmed">No open orders.</Text>
            ) : (
              <Table aria-label="Open orders">
                <Table.Tbody>
                  {data.openOrders.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <OrderNumberLink order={node} />
                          <StatusBadge status={node.status} size="sm" />
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        {node.expectedShipDate ? `ships ${formatDate(node.expectedShipDate)}` : ''}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Money money={node.total} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Section>
        )}
        {canReorder && (data.recentOrders || data.orderTemplates) && (
          <Section
            title="Order again"
            link={
              <Anchor component={Link} to="/templates" size="sm">
                Templates
              </Anchor>
            }
          >
            <Stack gap="xs">
              {(data.recentOrders?.edges ?? []).map(({ node }) => (
                <Group key={node.id} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    <OrderNumberLink order={node} /> of {formatDate(node.submittedAt)}
                  </Text>
                  <Group gap="xs" wrap="nowrap">
                    <Money money={node.total} size="sm" />
                    <ReorderButton order={node} onErrors={setErrors} />
                  </Group>
                </Group>
              ))}
              {(data.orderTemplates ?? []).slice(0, 4).map((t) => (
                <Anchor key={t.id} component={Link} to={`/templates/${t.id}`} size="sm">
                  Template: {t.name}
                </Anchor>
              ))}
              {(data.recentOrders?.edges.length ?? 0) === 0 && (data.orderTemplates ?? []).length === 0 && (
                <Text c="dimmed">No delivered orders or templates yet.</Text>
              )}
            </Stack>
          </Section>
        )}
      </SimpleGrid>
    </Stack>
  );
}
