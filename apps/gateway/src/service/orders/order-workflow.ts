import { Role } from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { User, type Order } from '../../entity';
import type { OutgoingMail } from '../../mail/mailer';
import { TextReader } from '../support/reader-text';
import type { OrderQueryService } from './order-query.service';
import type { OrderStateWriter } from './order-state-writer';

/*
 * Small helpers shared by the order workflows (placement, approvals, quotes, fulfilment).
 */

/** The seller's sales contacts for an order: its salesperson, or else every active SALES user. */
export async function salesContactsOf(ctx: RequestContext, order: Order): Promise<User[]> {
  const users = ctx.db.getRepository(User);
  const assigned = order.assignedToId === null ? null : await users.findOneBy({ id: order.assignedToId });
  if (assigned && assigned.companyId === null && assigned.status === 'ACTIVE') return [assigned];
  return users.find({ where: { role: Role.SALES, status: 'ACTIVE' }, order: { id: 'ASC' } });
}

/**
 * One e-mail per recipient, written for what that recipient may read: `compose` gets a reader of
 * the recipient's role, so a guarded figure reaches only those who may see it.
 */
export function mailsFor(
  recipients: readonly User[],
  compose: (reader: TextReader, recipient: User) => Omit<OutgoingMail, 'to'>,
): OutgoingMail[] {
  return recipients.map((recipient) => ({
    to: recipient.email,
    ...compose(TextReader.forRole(recipient.role), recipient),
  }));
}

/** The portal address of an order, for e-mails. */
export function orderLink(ctx: RequestContext, order: Order): string {
  return `${ctx.config.publicUrl}/orders/${encodeURIComponent(order.number)}`;
}

/**
 * The order behind a global id, if the viewer may read it, read again for update inside the
 * transaction; NOT_FOUND at input.orderId otherwise, so another company's order behaves exactly
 * like a missing one.
 */
export async function lockVisibleOrder(
  tx: RequestContext,
  queries: OrderQueryService,
  states: OrderStateWriter,
  globalId: string,
): Promise<Order> {
  const visible = await queries.findVisible(tx, idOfType(globalId, 'Order'));
  if (!visible) return failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
  return states.lock(tx, visible.id);
}
