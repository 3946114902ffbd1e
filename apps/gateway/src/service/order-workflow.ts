import { checkTransition, type AnyOrderAction } from '@portal/domain';
import type { EntityManager } from 'typeorm';
import { idOfType } from '../common/node-id';
import { UserErrorCode, failWith } from '../common/user-error';
import type { RequestContext } from '../context';
import { User, type Order } from '../entity';
import type { OutgoingMail } from '../mail/mailer';
import type { OrderService } from './order.service';

/*
 * Small helpers shared by the quote and fulfilment workflows (quote.service.ts,
 * fulfilment.service.ts). The state machine, the version-checked write and the timeline/audit
 * rows are OrderService's (`check`, `transition`, `lock`, `run`).
 */

/**
 * Asks the domain state machine (through OrderService.check) whether the viewer may take
 * `action` now, as a user error at `field` otherwise: FORBIDDEN, INVALID_STATE, or EXPIRED
 * when only the quote's validity stands in the way (the domain's own message is kept).
 */
export function requireAction(
  ctx: RequestContext,
  orders: OrderService,
  order: Order,
  action: AnyOrderAction,
  field: string[] = ['input', 'orderId'],
): void {
  const viewer = orders.domainViewer(ctx.requireViewer());
  const state = orders.stateOf(ctx, order);
  const result = checkTransition(state, action, viewer);
  if (result.ok) return;
  const expiredOnly =
    result.code === 'INVALID_STATE' &&
    order.quoteValidUntil !== null &&
    checkTransition({ ...state, quoteValidUntil: null }, action, viewer).ok;
  failWith(
    expiredOnly
      ? UserErrorCode.EXPIRED
      : result.code === 'FORBIDDEN'
        ? UserErrorCode.FORBIDDEN
        : UserErrorCode.INVALID_STATE,
    result.message,
    field,
  );
}

/**
 * Sends e-mail after the transaction committed (the outbox mailer, or SMTP). A mail failure is
 * logged and never undoes the change.
 */
export async function sendAfterCommit(ctx: RequestContext, mails: readonly OutgoingMail[]): Promise<void> {
  for (const mail of mails) {
    try {
      await ctx.runtime.mailer.send(mail);
    } catch (error) {
      console.error(`[mail] could not send "${mail.subject}" to ${mail.to}:`, error);
    }
  }
}

/** The seller's sales contacts for an order: its salesperson, or else every active SALES user. */
export async function salesContactsOf(ctx: RequestContext, order: Order): Promise<User[]> {
  const users = ctx.db.getRepository(User);
  const assigned = order.assignedToId === null ? null : await users.findOneBy({ id: order.assignedToId });
  if (assigned && assigned.companyId === null && assigned.status === 'ACTIVE') return [assigned];
  return users.find({ where: { role: 'SALES', status: 'ACTIVE' }, order: { id: 'ASC' } });
}

/** The portal address of an order, for e-mails. */
export function orderLink(ctx: RequestContext, order: Order): string {
  return `${ctx.config.publicUrl}/orders/${encodeURIComponent(order.number)}`;
}

/**
 * The order behind a global id, if the viewer may read it (OrderService.findVisible), read again
 * for update inside the transaction (OrderService.lock); NOT_FOUND at input.orderId otherwise,
 * so another company's order behaves exactly like a missing one.
 */
export async function lockVisibleOrder(
  ctx: RequestContext,
  orders: OrderService,
  em: EntityManager,
  globalId: string,
): Promise<Order> {
  const visible = await orders.findVisible(ctx, idOfType(globalId, 'Order'));
  if (!visible) return failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
  return orders.lock(em, visible.id);
}
