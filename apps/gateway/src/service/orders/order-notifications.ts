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
import { mailsFor, orderLink, sendAfterCommit } from './order-workflow';

/** The roles whose users approve orders. */
const APPROVER_ROLES = Object.values(Role).filter((r) =>
  permissionsOf(r).includes(Permission.ORDERS_APPROVE),
);

/**
 * E-mails about approvals, sent after the commit: "approval needed" to the company's approvers
 * when an order goes to PENDING_APPROVAL, "approved"/"rejected" (with the reason) to its author
 * once decided. Each is written for its recipient: the order total and a reason naming it only
 * reach those whose role may see contract prices.
 */
export class OrderNotifications {
  async afterCommit(ctx: RequestContext, order: Order): Promise<void> {
    try {
      await sendAfterCommit(ctx, await this.mailsAbout(ctx, order));
    } catch (e) {
      // The order is placed; a mail server hiccup must not turn that into an error.
      console.error('[orders] notification failed', e);
    }
  }

  private async mailsAbout(ctx: RequestContext, order: Order): Promise<OutgoingMail[]> {
    const fresh = await ctx.db.getRepository(Order).findOneBy({ id: order.id });
    if (!fresh) return [];
    const approval = await ctx.db
      .getRepository(Approval)
      .findOne({ where: { orderId: order.id }, order: { id: 'DESC' } });
    if (!approval) return [];
    const users = ctx.db.getRepository(User);
    const author = fresh.createdById === null ? null : await users.findOneBy({ id: fresh.createdById });
    const company = await ctx.loaders.load(Company, fresh.companyId);
    const link = orderLink(ctx, fresh);
    const total = guardedText(
      ` (${formatMoney(Money.of(fresh.total, fresh.currencyCode), { withCurrency: true })})`,
      '',
    );
    const viewerId = ctx.viewer?.userId;
    if (
      fresh.status === OrderStatus.PENDING_APPROVAL &&
      approval.status === 'PENDING' &&
      approval.decidedAt === null &&
      viewerId === approval.requestedById
    ) {
      const approvers = await users.find({
        where: { companyId: fresh.companyId, role: In(APPROVER_ROLES), status: 'ACTIVE' },
      });
      return mailsFor(
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
      );
    }
    if (approval.decidedById === viewerId && approval.decidedAt && author) {
      const verdict = approval.status === 'APPROVED' ? 'approved' : 'rejected';
      const next =
        verdict === 'approved'
          ? 'The order is now confirmed.'
          : fresh.status === OrderStatus.QUOTATION
            ? 'The quotation is open again: accept it once more, ask for changes or decline it.'
            : 'The order is a draft again: change it and submit it once more.';
      return mailsFor([author], (reader) => ({
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
      }));
    }
    return [];
  }
}
