import { In } from 'typeorm';
import {
  Money,
  OrderStatus,
  Permission,
  Role,
  formatMoney,
  guardedText,
  permissionsOf,
} from '@portal/domain';
import type { RequestContext } from '../../context';
import { Approval, Company, Order, User } from '../../entity';
import type { OutgoingMail } from '../../mail/mailer';
import type { EventType } from '../../outbox/event-types';
import { orderData } from '../../outbox/event-data';
import { enqueueMails } from '../../outbox/outbox';
import { publishEvent } from '../../outbox/webhook-events';
import { mailsFor, orderLink } from './order-workflow';

/** The roles whose users approve orders. */
const APPROVER_ROLES = Object.values(Role).filter((r) =>
  permissionsOf(r).includes(Permission.ORDERS_APPROVE),
);

/**
 * E-mails about placed orders and their approvals, written to the outbox in the transaction of
 * the change: "approval needed" to the company's approvers when an order goes to
 * PENDING_APPROVAL, "approved"/"rejected" (with the reason) to its author once decided, and the
 * order confirmation to its author when an order is confirmed without an approval. Each is
 * written for its recipient: the order total and a reason naming it only reach those whose role
 * may see contract prices.
 */
export class OrderNotifications {
  /** Writes the e-mails the placing or deciding of `order` causes, inside the caller's transaction. */
  async enqueue(tx: RequestContext, order: Order): Promise<void> {
    const event = await this.mailsAbout(tx, order);
    if (!event) return;
    await enqueueMails(tx, event.eventType, event.mails);
    await publishEvent(tx, event.eventType, event.order.companyId, (withPrices) => ({
      order: orderData(event.order, withPrices),
    }));
  }

  private async mailsAbout(
    ctx: RequestContext,
    order: Order,
  ): Promise<{ eventType: EventType; mails: OutgoingMail[]; order: Order } | null> {
    const fresh = await ctx.db.getRepository(Order).findOneBy({ id: order.id });
    if (!fresh) return null;
    const users = ctx.db.getRepository(User);
    const author = fresh.createdById === null ? null : await users.findOneBy({ id: fresh.createdById });
    const company = await ctx.loaders.load(Company, fresh.companyId);
    const link = orderLink(ctx, fresh);
    const total = guardedText(
      ` (${formatMoney(Money.of(fresh.total, fresh.currencyCode), { withCurrency: true })})`,
      '',
    );
    const viewerId = ctx.viewer?.userId;
    const approval = await ctx.db
      .getRepository(Approval)
      .findOne({ where: { orderId: order.id }, order: { id: 'DESC' } });
    if (
      approval &&
      fresh.status === OrderStatus.PENDING_APPROVAL &&
      approval.status === 'PENDING' &&
      approval.decidedAt === null &&
      viewerId === approval.requestedById
    ) {
      const approvers = await users.find({
        where: { companyId: fresh.companyId, role: In(APPROVER_ROLES), status: 'ACTIVE' },
      });
      return {
        order: fresh,
        eventType: 'order.approval_needed',
        mails: mailsFor(
          approvers.filter((u) => u.id !== fresh.createdById),
          (reader, approver) => ({
            subject: `Approval needed: order ${fresh.number}${reader.text(total)}`,
            text: [
              `Hello ${approver.name},`,
              '',
              `${author?.name ?? 'A colleague'} submitted order ${fresh.number} for ${company?.name ?? 'your company'}${reader.text(total)}.`,
              `It needs your approval: ${reader.stored(approval.reason, approval.redactedReason)}.`,
              '',
              `Approve or reject it here: ${link}`,
            ].join('\n'),
          }),
        ),
      };
    }
    if (approval && approval.decidedById === viewerId && approval.decidedAt && author) {
      const verdict = approval.status === 'APPROVED' ? 'approved' : 'rejected';
      const next =
        verdict === 'approved'
          ? 'The order is now confirmed.'
          : fresh.status === OrderStatus.QUOTATION
            ? 'The quotation is open again: accept it once more, ask for changes or decline it.'
            : 'The order is a draft again: change it and submit it once more.';
      return {
        order: fresh,
        eventType: 'order.approval_decided',
        mails: mailsFor([author], (reader) => ({
          subject: `Order ${fresh.number} was ${verdict}`,
          text: [
            `Hello ${author.name},`,
            '',
            `${ctx.viewer?.user.name ?? 'An approver'} ${verdict} your order ${fresh.number}${reader.text(total)}.`,
            ...(approval.comment
              ? [`${verdict === 'rejected' ? 'Reason' : 'Comment'}: ${approval.comment}`]
              : []),
            next,
            '',
            link,
          ].join('\n'),
        })),
      };
    }
    // A sales order at once, with no approval asked or decided by this change: the confirmation, to
    // its author in the customer's company (a quote drafted by sales is confirmed to no one).
    if (fresh.status === OrderStatus.SALES_ORDER && author && author.companyId === fresh.companyId) {
      return {
        order: fresh,
        eventType: 'order.confirmed',
        mails: mailsFor([author], (reader) => ({
          subject: `Order ${fresh.number} is confirmed`,
          text: [
            `Hello ${author.name},`,
            '',
            `Thank you: order ${fresh.number} for ${company?.name ?? 'your company'}${reader.text(total)} is confirmed.`,
            ...(fresh.purchaseOrderNumber ? [`Your PO number: ${fresh.purchaseOrderNumber}`] : []),
            'We will e-mail you when it ships.',
            '',
            `See the order: ${link}`,
          ].join('\n'),
        })),
      };
    }
    return null;
  }
}
