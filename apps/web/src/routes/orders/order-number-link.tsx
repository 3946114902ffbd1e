import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** An order's number as a link to its page (tables of orders, approvals). */
export function OrderNumberLink({ order }: { order: { id: string; number: string } }) {
  return (
    <Anchor component={Link} to={`/orders/${order.id}`} fw={600} style={{ whiteSpace: 'nowrap' }}>
      {order.number}
    </Anchor>
  );
}
