import { OrderAction, OrderStatus } from '@portal/domain';
import { idOfType } from '../../common/node-id';
import {
  UserErrorCode,
  UserErrorsException,
  failWith,
  refuseIfAny,
  userError,
  type UserError,
} from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Approval, Rfq, type Order } from '../../entity';
import type { RfqConversation } from '../quotes/rfq-conversation';
import type { OrderPlacementService } from './order-placement.service';
import type { OrderNotifications } from './order-notifications';
import { ordersPayload, type OrdersResult } from './order-payload';
import type { OrderQueryService } from './order-query.service';
import type { OrderStateWriter } from './order-state-writer';

const MAX_COMMENT = 2000;
const MAX_ORDERS = 100;

export type Decision = OrderAction.APPROVE | OrderAction.REJECT;

/** A rejected order is not placed: no submission date, and a quote's acceptance is undone. */
const REJECTED_RESETS: Partial<Order> = {
  submittedAt: null,
  quoteAcceptedAt: null,
  quoteSignedByName: null,
  quoteContentHash: null,
};

/**
 * Approvers clear their queue: approve or reject orders pending approval, one or many at once
 * (all in one transaction, or none, with the user errors by index), each through the state
 * machine and the order's Approval row; the authors are told after the commit. Approving checks
 * the credit limit again (it is placing the order); rejecting needs a reason for the author.
 */
export class ApprovalService {
  constructor(
    private readonly queries: OrderQueryService,
    private readonly states: OrderStateWriter,
    private readonly placement: OrderPlacementService,
    private readonly conversation: RfqConversation,
    private readonly notifications: OrderNotifications,
  ) {}

  decide(
    ctx: RequestContext,
    action: Decision,
    orderIds: string[],
    comment: string | null | undefined,
    fieldOf: (index: number) => string[],
  ): Promise<OrdersResult> {
    return ordersPayload(ctx, async () => {
      const text = comment?.trim() || null;
      if (action === OrderAction.REJECT && !text)
        failWith(UserErrorCode.INVALID, 'Say why the order is rejected: its author reads your reason.', [
          'input',
          'comment',
        ]);
      if (text && text.length > MAX_COMMENT)
        failWith(UserErrorCode.INVALID, `Comments are limited to ${MAX_COMMENT} characters.`, [
          'input',
          'comment',
        ]);
      if (orderIds.length === 0 || orderIds.length > MAX_ORDERS)
        failWith(UserErrorCode.INVALID, `Choose 1 to ${MAX_ORDERS} orders.`, fieldOf(0).slice(0, -1));
      const ids: number[] = [];
      const errors: UserError[] = [];
      for (const [i, globalId] of orderIds.entries()) {
        const order = await this.queries.findVisible(ctx, idOfType(globalId, 'Order'));
        if (!order) errors.push(userError(UserErrorCode.NOT_FOUND, 'No such order.', fieldOf(i)));
        else ids.push(order.id);
      }
      refuseIfAny(errors);
      const decided = await ctx.transaction(async (tx) => {
        const orders: Order[] = [];
        const failures: UserError[] = [];
        for (const [i, id] of ids.entries()) {
          try {
            const order = await this.decideOne(tx, id, action, text, fieldOf(i));
            await this.notifications.enqueue(tx, order);
            orders.push(order);
          } catch (e) {
            if (!(e instanceof UserErrorsException)) throw e;
            failures.push(...e.userErrors);
          }
        }
        refuseIfAny(failures);
        return orders;
      });
      return decided;
    });
  }

  private async decideOne(
    tx: RequestContext,
    orderId: number,
    action: Decision,
    comment: string | null,
    field: string[],
  ): Promise<Order> {
    const viewer = tx.requireViewer();
    const order = await this.states.lock(tx, orderId);
    const approve = action === OrderAction.APPROVE;
    await this.states.check(tx, order, action, { field });
    // Approving places the order: the credit limit is checked again now.
    if (approve) await this.placement.recheckOnApproval(tx, order, field);
    const to = await this.states.transition(tx, order, action, {
      field,
      set: approve ? {} : REJECTED_RESETS,
      kind: approve ? 'APPROVED' : 'REJECTED',
      message: approve ? (comment ? `Approved: ${comment}` : 'Approved') : `Rejected: ${comment}`,
    });
    // A rejected quote acceptance: the quotation is open again, and so is its RFQ.
    if (to === OrderStatus.QUOTATION && order.rfqId !== null) {
      const rfq = await tx.db.getRepository(Rfq).findOneBy({ id: order.rfqId });
      if (rfq) await this.conversation.move(tx, rfq, 'QUOTED', 'acceptance rejected');
    }
    const decision = {
      status: approve ? 'APPROVED' : 'REJECTED',
      decidedById: viewer.userId,
      decidedAt: tx.now(),
      comment,
    } as const;
    const decided = await tx.db
      .createQueryBuilder()
      .update(Approval)
      .set(decision)
      .where('orderId = :orderId AND status = :pending', { orderId, pending: 'PENDING' })
      .execute();
    if ((decided.affected ?? 0) === 0) {
      // An order sent for approval before approvals were recorded: record the decision anyway.
      await tx.db.getRepository(Approval).insert({
        orderId,
        reason: 'Approval required',
        requestedById: order.createdById,
        createdAt: tx.now(),
        ...decision,
      });
    }
    return order;
  }
}
