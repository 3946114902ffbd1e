import { Text, Timeline } from '@mantine/core';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { OrderTimeline_OrderFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format-date';

export const OrderTimeline_OrderFragmentDoc = graphql(`
  fragment OrderTimeline_order on Order {
    id
    events {
      at
      status
      message
      actor {
        id
        name
      }
    }
  }
`);

/** The order's status history, oldest first. */
export function OrderTimeline({ order }: { order: OrderTimeline_OrderFragment }) {
  if (order.events.length === 0) return <Text c="dimmed">No events yet.</Text>;
  return (
    <Timeline active={order.events.length - 1} bulletSize={14} lineWidth={2} aria-label="Status timeline">
      {order.events.map((event, i) => (
        <Timeline.Item key={`${event.at}-${i}`} title={<StatusBadge status={event.status} size="sm" />}>
          {event.message && <Text size="sm">{event.message}</Text>}
          <Text size="xs" c="dimmed">
            {formatDateTime(event.at)}
            {event.actor ? ` · ${event.actor.name}` : ''}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
