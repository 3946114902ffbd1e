import type { RequestContext } from '../../context';
import type { OutgoingMail } from '../../mail/mailer';
import { Order } from '../../entity';
import { mutationPayload, payload, type Payload } from '../support/mutation';
import { sendAfterCommit } from './order-workflow';

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

/**
 * The one shape of a change of an order: `work` runs in one transaction and collects the
 * e-mails the change causes; they are sent after the commit, and only then (a refusal rolls
 * back and sends nothing; a transaction run again after a deadlock starts with no mail).
 */
export async function orderChange(
  ctx: RequestContext,
  work: (tx: RequestContext, mails: OutgoingMail[]) => Promise<Order>,
): Promise<OrderResult> {
  const mails: OutgoingMail[] = [];
  const result = await orderPayload(ctx, () =>
    ctx.transaction((tx) => {
      mails.length = 0;
      return work(tx, mails);
    }),
  );
  if (result.order) await sendAfterCommit(ctx, mails);
  return result;
}
