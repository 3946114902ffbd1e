import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDecimal } from '@portal/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Money } from '../../components/money';
import { StatusBadge } from '../../components/status-badge';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import { notify, notifySuccess } from '../../lib/notify';
import { TableScroll } from './table-scroll';
import type { QuotationPanel_OrderFragment } from '../../gql/graphql';
import { useViewer } from '../../viewer/viewer-context';
import { useServerClock } from '../../clock/server-clock';

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
  }
`);

export const AcceptQuoteDocument = graphql(`
  mutation AcceptQuote($input: AcceptQuoteInput!) {
    acceptQuote(input: $input) {
      order {
        id
        ...QuotationPanel_order
        rfq {
          id
          status
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const RequestQuoteChangesDocument = graphql(`
  mutation RequestQuoteChanges($input: QuoteResponseInput!) {
    requestQuoteChanges(input: $input) {
      order {
        id
        ...QuotationPanel_order
        rfq {
          id
          status
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const DeclineQuoteDocument = graphql(`
  mutation DeclineQuote($input: QuoteResponseInput!) {
    declineQuote(input: $input) {
      order {
        id
        ...QuotationPanel_order
        rfq {
          id
          status
        }
      }
      userErrors {
        field
        message
        code
      }
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
            {actions.has('DECLINE_QUOTE') && <RespondButton order={order} kind="decline" />}
            {actions.has('REQUEST_CHANGES') && <RespondButton order={order} kind="changes" />}
            {actions.has('ACCEPT_QUOTE') && <AcceptButton order={order} />}
          </Group>
        )}
    </Card>
  );
}

function AcceptButton({ order }: { order: QuotationPanel_OrderFragment }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [signatureName, setSignatureName] = useState('');
  const [po, setPo] = useState('');
  const [fields, setFields] = useState<
    Partial<Record<'signatureName' | 'purchaseOrderNumber' | 'revision', string>>
  >({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [accept, { loading }] = useMutation(AcceptQuoteDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    if (!signatureName.trim()) {
      setFields({ signatureName: 'Type your full name to sign.' });
      return;
    }
    setFields({});
    try {
      const result = await accept({
        variables: {
          input: {
            orderId: order.id,
            signatureName: signatureName.trim(),
            revision: order.quote?.revision,
            purchaseOrderNumber: po.trim() || undefined,
          },
        },
      });
      const payload = result.data?.acceptQuote;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0) {
        const split = splitUserErrors(payload.userErrors, [
          'signatureName',
          'purchaseOrderNumber',
          'revision',
        ] as const);
        setFields(split.fields);
        setFormErrors([...split.form, ...(split.fields.revision ? [split.fields.revision] : [])]);
        return;
      }
      close();
      notifySuccess(`Quotation accepted: sales order ${order.number} is placed.`);
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  return (
    <>
      <Button onClick={open}>Accept quotation</Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`Accept quotation ${order.number}`}
        centered
        size="lg"
      >
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="sm">
            <Text>
              You are accepting revision {order.quote?.revision} for a total of{' '}
              <Money money={order.total} fw={700} />. Your typed name is your signature; the quotation can no
              longer change afterwards.
            </Text>
            <UserErrorsAlert errors={formErrors} />
            <TextInput
              label="Your full name (signature)"
              name="signatureName"
              value={signatureName}
              onChange={(e) => setSignatureName(e.currentTarget.value)}
              error={fields.signatureName}
              autoComplete="name"
              data-autofocus
            />
            <TextInput
              label="Purchase order number (optional)"
              name="purchaseOrderNumber"
              value={po}
              onChange={(e) => setPo(e.currentTarget.value)}
              error={fields.purchaseOrderNumber}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Sign and accept
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function RespondButton({
  order,
  kind,
}: {
  order: QuotationPanel_OrderFragment;
  kind: 'changes' | 'decline';
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [requestChanges, changes] = useMutation(RequestQuoteChangesDocument);
  const [decline, declining] = useMutation(DeclineQuoteDocument);
  const loading = changes.loading || declining.loading;
  const label = kind === 'changes' ? 'Request changes' : 'Decline';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    if (!message.trim()) {
      setError(kind === 'changes' ? 'Tell us what to change.' : 'Tell us why you decline.');
      return;
    }
    setError(undefined);
    try {
      const input = { orderId: order.id, message: message.trim() };
      const userErrors =
        kind === 'changes'
          ? (await requestChanges({ variables: { input } })).data?.requestQuoteChanges.userErrors
          : (await decline({ variables: { input } })).data?.declineQuote.userErrors;
      if (!userErrors) throw new Error('no payload');
      if (userErrors.length > 0) {
        const split = splitUserErrors(userErrors, ['message'] as const);
        setError(split.fields.message);
        setFormErrors(split.form);
        return;
      }
      close();
      setMessage('');
      notify(kind === 'changes' ? 'Your change request was sent to our sales team.' : 'Quotation declined.');
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  return (
    <>
      <Button
        variant={kind === 'decline' ? 'outline' : 'light'}
        color={kind === 'decline' ? 'red' : undefined}
        onClick={open}
      >
        {label}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`${label}: quotation ${order.number}`}
        centered
      >
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="sm">
            <UserErrorsAlert errors={formErrors} />
            <Textarea
              label={kind === 'changes' ? 'What should change?' : 'Reason for declining'}
              name="message"
              autosize
              minRows={3}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              error={error}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color={kind === 'decline' ? 'red' : undefined} loading={loading}>
                {kind === 'changes' ? 'Send change request' : 'Decline quotation'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
