import type { RequestContext } from '../../context';
import { Order } from '../../entity';
import { mutationPayload, payload, type Payload } from '../support/mutation';

/** The payload of a mutation on one order. */
export type OrderResult = Payload<{ order: Order | null }>;

/** The payload of a mutation on several orders (approvals). */
export type OrdersResult = Payload<{ orders: Order[] }>;

/** payload('order', work), answering the order as it is after the commit. */
export function orderPayload(ctx: RequestContext, work: () => Promise<Order>): Promise<OrderResult> {
  return payload('order', async () => {
    const order = await work();
    return (await ctx.loaders.load(Order, order.id)) ?? order;
  });
}

/** The same for several orders. */
export function ordersPayload(ctx: RequestContext, work: () => Promise<Order[]>): Promise<OrdersResult> {
  return mutationPayload<{ orders: Order[] }>({ orders: [] }, async () => {
    const orders = await work();
    return { orders: await Promise.all(orders.map(async (o) => (await ctx.loaders.load(Order, o.id)) ?? o)) };
  });
}
