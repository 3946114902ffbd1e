import { Alert, Anchor, Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import { formatDecimal } from '@portal/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Money } from '../../components/money';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import { TableScroll } from './table-scroll';
import type { QuotationPanel_OrderFragment } from '../../gql/graphql';
import { useViewer } from '../../viewer/viewer-context';
import { useServerClock } from '../../clock/server-clock';
import { AcceptQuoteDialog } from './accept-quote-dialog';
import { QuoteResponseDialog } from './quote-response-dialog';

export const QuotationPanel_OrderFragmentDoc = graphql(`
  fragment QuotationPanel_order on Order {
    id
    number
    status
    availableActions
    quote {
      revision
      validUntil
      sentAt
      acceptedAt
      signedByName
    }
    lines {
      id
      sku
      description
      quantity
      unit {
        id
        symbol
      }
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
    }
    subtotal {
      amount
      currencyCode
    }
    taxTotal {
      amount
      currencyCode
    }
    total {
      amount
      currencyCode
    }
    ...AcceptQuoteDialog_order
    ...QuoteResponseDialog_order
  }
`);

/** What the panel needs back from the buyer's response: the quotation and its RFQ's status. */
export const QuotationPanel_PayloadFragmentDoc = graphql(`
  fragment QuotationPanel_payload on OrderPayload {
    order {
      id
      ...QuotationPanel_order
      rfq {
        id
        status
      }
    }
    userErrors {
      ...UserErrors_userError
    }
  }
`);

/** A quote is expired when its RFQ says so, or its last valid day is before today. */
export function isQuoteExpired(
  quote: { validUntil?: string | null } | null | undefined,
  rfqStatus: string | undefined,
  today: string,
): boolean {
  if (rfqStatus === 'EXPIRED') return true;
  return !!quote?.validUntil && quote.validUntil < today;
}

export interface QuotationPanelProps {
  order: QuotationPanel_OrderFragment;
  rfqStatus?: string;
}

/** The seller's quotation for an RFQ: lines, totals, validity, revision, and the buyer's responses. */
export function QuotationPanel({ order, rfqStatus }: QuotationPanelProps) {
  const { isStaff } = useViewer();
  const { today } = useServerClock();
  const expired = isQuoteExpired(order.quote, rfqStatus, today);
  const actions = new Set(order.availableActions);
  const currency = order.total?.currencyCode ?? order.lines[0]?.unitPrice?.currencyCode;
  const accepted = order.status !== 'QUOTATION' && order.status !== 'CANCELLED' && !!order.quote?.acceptedAt;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="quotation-title">
      <Group justify="space-between" mb="sm" gap="xs">
        <Group gap="sm">
          <Title order={2} size="h4" id="quotation-title">
            Quotation {order.number}
          </Title>
          <StatusBadge status={order.status} />
          {order.quote && (
            <Badge variant="outline" color="gray">
              Revision {order.quote.revision}
            </Badge>
          )}
          {expired && (
            <Badge color="red" variant="filled">
              Expired
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {order.quote?.validUntil ? (
            <>
              Valid until <strong>{order.quote.validUntil}</strong>
            </>
          ) : (
            'No expiry date'
          )}
        </Text>
      </Group>
      {expired && (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          mb="sm"
          title={
            <Text component="span" fw={700} size="sm" c="var(--mantine-color-text)">
              This quotation has expired
            </Text>
          }
        >
          It can no longer be accepted. Ask our sales team for a new quotation in the messages below.
        </Alert>
      )}
      {accepted && (
        <Alert
          color="green"
          mb="sm"
          title={
            <Text component="span" fw={700} size="sm" c="var(--mantine-color-text)">
              Accepted
            </Text>
          }
        >
          Signed by {order.quote?.signedByName} on {order.quote?.acceptedAt?.slice(0, 10)}.{' '}
          {!isStaff && (
            <Anchor component={Link} to={`/orders/${order.id}`} c="blue.9" fw={600}>
              View sales order {order.number}
            </Anchor>
          )}
        </Alert>
      )}
      <TableScroll label="Quoted lines" minWidth={480}>
        <Table>
          <Table.Caption>Quoted lines</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th ta="right">Unit price</Table.Th>
              <Table.Th ta="right">Line total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>
                  <Text inherit>{line.description}</Text>
                  {line.sku && (
                    <Text size="sm" c="dimmed">
                      {line.sku}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatDecimal(line.quantity)} {line.unit.symbol}
                </Table.Td>
                <Table.Td ta="right">
                  <Money money={line.unitPrice} />
                </Table.Td>
                <Table.Td ta="right">
                  <Money money={line.lineTotal} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3} ta="right" scope="row">
                Subtotal
              </Table.Th>
              <Table.Td ta="right">
                <Money money={order.subtotal} />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th colSpan={3} ta="right" scope="row">
                Tax
              </Table.Th>
              <Table.Td ta="right">
                <Money money={order.taxTotal} />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th colSpan={3} ta="right" scope="row">
                Total {currency ? `(${currency})` : ''}
              </Table.Th>
              <Table.Td ta="right" fw={700}>
                <Money money={order.total} />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </TableScroll>
      {!expired &&
        (actions.has('ACCEPT_QUOTE') || actions.has('REQUEST_CHANGES') || actions.has('DECLINE_QUOTE')) && (
          <Group justify="flex-end" mt="md" gap="xs">
            {actions.has('DECLINE_QUOTE') && <QuoteResponseDialog order={order} response="decline" />}
            {actions.has('REQUEST_CHANGES') && <QuoteResponseDialog order={order} response="changes" />}
            {actions.has('ACCEPT_QUOTE') && <AcceptQuoteDialog order={order} />}
          </Group>
        )}
    </Card>
  );
}
