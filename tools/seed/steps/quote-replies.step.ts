import { Rfq, RfqMessage } from '../gateway';
import { DAY, type SeedContext } from '../core/seed-context';
import { changesRequestedAt, lastStep } from '../orders/timeline';
import type { SeededOrder } from './orders.step';
import type { SeededRfq } from './rfqs.step';
import type { Staff } from './staff.step';

/**
 * The RFQ conversations after the quotations: the sales team's reply with the quotation, the
 * buyer's request for changes, cancellations; each RFQ learns its quotation and its last change.
 */
export async function seedQuoteReplies(
  ctx: SeedContext,
  world: { staff: Staff; rfqs: readonly SeededRfq[]; orders: readonly SeededOrder[] },
): Promise<void> {
  const { writer } = ctx;
  const messages: RfqMessage[] = [];
  const changes = new Map<Rfq, Pick<Rfq, 'quotationOrderId' | 'updatedAt'>>();
  for (const seeded of world.orders) {
    const { plan, order, timeline } = seeded;
    if (!plan.rfq) continue;
    const rfq = plan.rfq.row;
    const quoted = timeline.find((s) => s.kind === 'QUOTE_SENT');
    messages.push({
      id: writer.id(RfqMessage),
      rfqId: rfq.id,
      at: quoted?.at ?? order.createdAt,
      authorId: world.staff.SALES.id,
      body: `Thanks for your request. Our quotation ${order.number} is attached, valid until ${order.quoteValidUntil ?? 'further notice'}.`,
    });
    const askedAt = changesRequestedAt(plan, timeline);
    if (askedAt) {
      messages.push({
        id: writer.id(RfqMessage),
        rfqId: rfq.id,
        at: askedAt,
        authorId: plan.rfq.requester.id,
        body: 'Could you do better on the first line if we take twice the quantity?',
      });
    }
    changes.set(rfq, { quotationOrderId: order.id, updatedAt: askedAt ?? lastStep(timeline).at });
  }
  for (const rfq of world.rfqs) {
    if (rfq.status !== 'CANCELLED') continue;
    const at = new Date(rfq.createdAt.getTime() + 2 * DAY);
    messages.push({
      id: writer.id(RfqMessage),
      rfqId: rfq.row.id,
      at,
      authorId: rfq.requester.id,
      body: 'Cancelling this request: the project was postponed.',
    });
    changes.set(rfq.row, { quotationOrderId: null, updatedAt: at });
  }
  await writer.insert(RfqMessage, messages);
  // The RFQ rows were written before their quotations existed.
  for (const [row, change] of changes) {
    await ctx.em.update(Rfq, { id: row.id }, change);
    Object.assign(row, change);
  }
}
