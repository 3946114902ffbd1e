import type { RequestContext } from '../../context';
import type { OutgoingMail } from '../../mail/mailer';
import { Order } from '../../entity';
import type { EventType } from '../../outbox/event-types';
import { enqueueMails } from '../../outbox/outbox';
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

/** The e-mails a change causes, by event, written to the outbox when the change's work is done. */
export class ChangeMails {
  private readonly byEvent: [EventType, OutgoingMail[]][] = [];
  add(eventType: EventType, ...mails: OutgoingMail[]): void {
    this.byEvent.push([eventType, mails]);
  }
  async enqueue(tx: RequestContext): Promise<void> {
    for (const [eventType, mails] of this.byEvent) await enqueueMails(tx, eventType, mails);
  }
}

/**
 * The one shape of a change of an order: `work` runs in one transaction and collects the
 * e-mails the change causes; they are written to the outbox in that transaction (a refusal
 * rolls back and sends nothing; a transaction run again after a deadlock starts with no mail)
 * and delivered by the outbox worker after the commit.
 */
export async function orderChange(
  ctx: RequestContext,
  work: (tx: RequestContext, mails: ChangeMails) => Promise<Order>,
): Promise<OrderResult> {
  return orderPayload(ctx, () =>
    ctx.transaction(async (tx) => {
      const mails = new ChangeMails();
      const order = await work(tx, mails);
      await mails.enqueue(tx);
      return order;
    }),
  );
}
