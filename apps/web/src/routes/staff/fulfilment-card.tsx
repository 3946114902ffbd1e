import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Text } from '@mantine/core';
import { ConfirmButton } from '../../components/confirm-button';
import { useMutationAction } from '../../components/use-mutation-action';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { graphql } from '../../gql';
import type { FulfilmentCard_OrderFragment } from '../../gql/graphql';
import { ShipOrderDialog } from './ship-order-dialog';

export const FulfilmentCard_OrderFragmentDoc = graphql(`
  fragment FulfilmentCard_order on Order {
    id
    number
    status
    channel
    priority
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
    ...ShipOrderDialog_order
  }
`);

/** What the board needs back from a fulfilment step: the card, or why not. */
export const FulfilmentCard_PayloadFragmentDoc = graphql(`
  fragment FulfilmentCard_payload on OrderPayload {
    order {
      id
      ...FulfilmentCard_order
    }
    userErrors {
      ...UserErrors_userError
    }
  }
`);

export const StartFulfilmentDocument = graphql(`
  mutation StartFulfilment($input: OrderActionInput!) {
    startFulfilment(input: $input) {
      ...FulfilmentCard_payload
    }
  }
`);

export const MarkDeliveredDocument = graphql(`
  mutation MarkDelivered($input: OrderActionInput!) {
    markDelivered(input: $input) {
      ...FulfilmentCard_payload
    }
  }
`);

/** One order on the fulfilment board, with the next step the warehouse can take. */
export function FulfilmentCard({ order }: { order: FulfilmentCard_OrderFragment }) {
  const [start] = useMutation(StartFulfilmentDocument);
  const [deliver] = useMutation(MarkDeliveredDocument);
  const action = useMutationAction();
  const shipment = order.shipments[order.shipments.length - 1];
  const variables = { input: { orderId: order.id } };

  return (
    <Card withBorder padding="sm" component="article" aria-label={`Order ${order.number}`}>
      <Group justify="space-between" gap="xs">
        <Text fw={700}>{order.number}</Text>
        {order.priority && (
          <Badge color="orange" variant="light" size="sm">
            Priority
          </Badge>
        )}
      </Group>
      <Text size="sm">{order.company.name}</Text>
      <Text size="sm" c="dimmed">
        {order.lines.length} line{order.lines.length === 1 ? '' : 's'} · {order.channel.toLowerCase()} ·{' '}
        {(order.submittedAt ?? order.createdAt).slice(0, 10)}
        {order.requestedDeliveryDate ? ` · wanted ${order.requestedDeliveryDate}` : ''}
      </Text>
      {shipment && (
        <Text size="sm">
          {order.status === 'IN_PROGRESS' &&
            `Part shipped (${order.shipments.length} shipment${order.shipments.length === 1 ? '' : 's'}), last: `}
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
      <UserErrorsAlert errors={action.errors} />
      <Group justify="flex-end" mt="xs">
        {order.status === 'SALES_ORDER' && (
          <ConfirmButton
            size="xs"
            onConfirm={() =>
              action.run(
                async () => (await start({ variables })).data?.startFulfilment,
                () => `Order ${order.number} is in progress.`,
              )
            }
            pendingLabel="Starting…"
            aria-label={`Start order ${order.number}`}
          >
            Start
          </ConfirmButton>
        )}
        {order.status === 'IN_PROGRESS' && <ShipOrderDialog order={order} />}
        {order.status === 'SHIPPED' && (
          <ConfirmButton
            size="xs"
            onConfirm={() =>
              action.run(
                async () => (await deliver({ variables })).data?.markDelivered,
                () => `Order ${order.number} marked delivered.`,
              )
            }
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
