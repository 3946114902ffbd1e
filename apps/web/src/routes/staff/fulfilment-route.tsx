import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import { notifySuccess } from '../../lib/notify';
import type { FulfilmentCard_OrderFragment, OrderStatus } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';

export const FulfilmentCard_OrderFragmentDoc = graphql(`
  fragment FulfilmentCard_order on Order {
    id
    number
    status
    channel
    submittedAt
    createdAt
    requestedDeliveryDate
    purchaseOrderNumber
    company {
      id
      name
    }
    lines {
      id
    }
    shipments {
      id
      carrier
      trackingNumber
      trackingUrl
      expectedShipDate
      shippedAt
    }
  }
`);

export const FulfilmentBoardDocument = graphql(`
  query FulfilmentBoard($number: String) {
    orders(
      first: 100
      filter: { statuses: [SALES_ORDER, IN_PROGRESS, SHIPPED], number: $number }
      sort: { key: CREATED_AT, descending: false }
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

export const StartFulfilmentDocument = graphql(`
  mutation StartFulfilment($input: OrderActionInput!) {
    startFulfilment(input: $input) {
      order {
        id
        ...FulfilmentCard_order
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ShipOrderDocument = graphql(`
  mutation ShipOrder($input: ShipOrderInput!) {
    shipOrder(input: $input) {
      order {
        id
        ...FulfilmentCard_order
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const MarkDeliveredDocument = graphql(`
  mutation MarkDelivered($input: OrderActionInput!) {
    markDelivered(input: $input) {
      order {
        id
        ...FulfilmentCard_order
      }
      userErrors {
        field
        message
        code
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

export function FulfilmentCard({ order }: { order: FulfilmentCard_OrderFragment }) {
  const [start] = useMutation(StartFulfilmentDocument);
  const [deliver] = useMutation(MarkDeliveredDocument);
  const [errors, setErrors] = useState<string[]>([]);
  const shipment = order.shipments[order.shipments.length - 1];

  async function run(kind: 'start' | 'deliver') {
    setErrors([]);
    try {
      const variables = { input: { orderId: order.id } };
      const userErrors =
        kind === 'start'
          ? (await start({ variables })).data?.startFulfilment.userErrors
          : (await deliver({ variables })).data?.markDelivered.userErrors;
      if (!userErrors) throw new Error('no payload');
      if (userErrors.length > 0) {
        setErrors(userErrors.map((e) => e.message));
        return;
      }
      notifySuccess(
        kind === 'start'
          ? `Order ${order.number} is in progress.`
          : `Order ${order.number} marked delivered.`,
      );
    } catch (e) {
      setErrors([unexpectedErrorMessage(e)]);
    }
  }

  return (
    <Card withBorder padding="sm" component="article" aria-label={`Order ${order.number}`}>
      <Group justify="space-between" gap="xs">
        <Text fw={700}>{order.number}</Text>
      </Group>
      <Text size="sm">{order.company.name}</Text>
      <Text size="sm" c="dimmed">
        {order.lines.length} line{order.lines.length === 1 ? '' : 's'} · {order.channel.toLowerCase()} ·{' '}
        {(order.submittedAt ?? order.createdAt).slice(0, 10)}
        {order.requestedDeliveryDate ? ` · wanted ${order.requestedDeliveryDate}` : ''}
      </Text>
      {shipment && order.status === 'SHIPPED' && (
        <Text size="sm">
          {shipment.carrier}
          {shipment.trackingNumber && ' · '}
          {shipment.trackingUrl ? (
            <Anchor href={shipment.trackingUrl} target="_blank" rel="noreferrer">
              {shipment.trackingNumber}
            </Anchor>
          ) : (
            shipment.trackingNumber
          )}
        </Text>
      )}
      <UserErrorsAlert errors={errors} />
      <Group justify="flex-end" mt="xs">
        {order.status === 'SALES_ORDER' && (
          <ConfirmButton
            size="xs"
            onConfirm={() => run('start')}
            pendingLabel="Starting…"
            aria-label={`Start order ${order.number}`}
          >
            Start
          </ConfirmButton>
        )}
        {order.status === 'IN_PROGRESS' && <ShipButton order={order} />}
        {order.status === 'SHIPPED' && (
          <ConfirmButton
            size="xs"
            onConfirm={() => run('deliver')}
            confirmTitle={`Mark order ${order.number} delivered?`}
            confirmMessage="Do this once the carrier confirms delivery."
            confirmLabel="Mark delivered"
            pendingLabel="Saving…"
            aria-label={`Mark delivered: order ${order.number}`}
          >
            Mark delivered
          </ConfirmButton>
        )}
      </Group>
    </Card>
  );
}

const SHIP_FIELDS = ['carrier', 'trackingNumber', 'billOfLadingNumber', 'expectedShipDate'] as const;
type ShipField = (typeof SHIP_FIELDS)[number];

export function ShipButton({ order }: { order: FulfilmentCard_OrderFragment }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [values, setValues] = useState<Record<ShipField, string>>({
    carrier: '',
    trackingNumber: '',
    billOfLadingNumber: '',
    expectedShipDate: '',
  });
  const [fields, setFields] = useState<Partial<Record<ShipField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [ship, { loading }] = useMutation(ShipOrderDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    if (!values.carrier.trim()) {
      setFields({ carrier: 'Name the carrier, e.g. UPS.' });
      return;
    }
    setFields({});
    try {
      const result = await ship({
        variables: {
          input: {
            orderId: order.id,
            carrier: values.carrier.trim(),
            trackingNumber: values.trackingNumber.trim() || undefined,
            billOfLadingNumber: values.billOfLadingNumber.trim() || undefined,
            expectedShipDate: values.expectedShipDate || undefined,
          },
        },
      });
      const payload = result.data?.shipOrder;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0) {
        const split = splitUserErrors(payload.userErrors, SHIP_FIELDS);
        setFields(split.fields);
        setFormErrors(split.form);
        return;
      }
      close();
      notifySuccess(`Order ${order.number} shipped; the customer gets the tracking link.`);
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  const input = (name: ShipField, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      name={name}
      value={values[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [name]: value }));
      }}
      error={fields[name]}
      {...extra}
    />
  );

  return (
    <>
      <Button size="xs" onClick={open} aria-label={`Ship order ${order.number}`}>
        Ship
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`Ship order ${order.number}`}
        centered
      >
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="sm">
            <UserErrorsAlert errors={formErrors} />
            {input('carrier', 'Carrier', {
              description: 'UPS, FedEx, USPS and DHL get a tracking link.',
              'data-autofocus': true,
            })}
            {input('trackingNumber', 'Tracking number')}
            {input('billOfLadingNumber', 'Bill of lading number')}
            {input('expectedShipDate', 'Expected ship date', { type: 'date' })}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Ship order
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
