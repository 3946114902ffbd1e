import { In, IsNull, LessThan, Not } from 'typeorm';
import { OrderStatus } from '@portal/domain';
import { toGlobalId } from '../common/node-id';
import type { RequestContext } from '../context';
import { Invitation, LoginAttempt, Order, Rfq, Session, User } from '../entity';
import { enqueueMails } from '../outbox/outbox';
import { publishEvent } from '../outbox/webhook-events';
import type { Services } from '../service/services';
import { invoiceReminders, nightlyStatements, pruneOutbox } from './notice-jobs';
import { refreshPriceIndexes } from './price-index-job';
import type { JobDefinition } from './scheduler';

const DAY_MS = 24 * 3_600_000;
/** How long sign-in records are kept for the throttles and the audit: 30 days. */
const KEEP_AUTH_RECORDS_MS = 30 * DAY_MS;

/**
 * Quotes and RFQs past their date: an RFQ whose quotation's validity has passed (QUOTED or
 * CHANGES_REQUESTED) or that was never quoted by its needed-by date becomes EXPIRED, and its
 * requester is told, in one transaction per RFQ (the status change is the marker: each is
 * expired and e-mailed once).
 */
export const expireQuotesAndRfqs: JobDefinition = {
  name: 'expire-quotes-and-rfqs',
  schedule: '*/15 * * * *',
  async run(ctx) {
    const today = ctx.clock.today();
    const candidates = await ctx.db.getRepository(Rfq).find({
      where: { status: In(['SUBMITTED', 'QUOTED', 'CHANGES_REQUESTED']) },
      order: { id: 'ASC' },
    });
    for (const candidate of candidates) {
      await ctx.transaction(async (tx) => {
        const rfq = await tx.db.getRepository(Rfq).findOneBy({ id: candidate.id });
        if (!rfq) return;
        const quote =
          rfq.quotationOrderId === null
            ? null
            : await tx.db.getRepository(Order).findOneBy({ id: rfq.quotationOrderId });
        const quoteExpired =
          (rfq.status === 'QUOTED' || rfq.status === 'CHANGES_REQUESTED') &&
          quote?.status === OrderStatus.QUOTATION &&
          quote.quoteValidUntil !== null &&
          quote.quoteValidUntil < today;
        const rfqExpired = rfq.status === 'SUBMITTED' && rfq.neededBy !== null && rfq.neededBy < today;
        if (!quoteExpired && !rfqExpired) return;
        const moved = await tx.db
          .getRepository(Rfq)
          .update({ id: rfq.id, status: rfq.status }, { status: 'EXPIRED', updatedAt: tx.now() });
        if (!moved.affected) return;
        const requester = await tx.db.getRepository(User).findOneBy({ id: rfq.requestedById });
        const link = `${tx.config.publicUrl}/rfqs/${encodeURIComponent(toGlobalId('Rfq', rfq.id))}`;
        if (requester?.status === 'ACTIVE')
          await enqueueMails(tx, quoteExpired ? 'quote.expired' : 'rfq.expired', [
            {
              to: requester.email,
              subject: quoteExpired
                ? `Quotation ${quote?.number} for ${rfq.number} has expired`
                : `Your request for quotation ${rfq.number} has expired`,
              text: [
                `Hello ${requester.name},`,
                '',
                quoteExpired
                  ? `Quotation ${quote?.number} for "${rfq.title}" was valid until ${quote?.quoteValidUntil} and can no longer be accepted.`
                  : `"${rfq.title}" was needed by ${rfq.neededBy} and was not quoted in time.`,
                'Ask us again if you still need it.',
                '',
                link,
              ].join('\n'),
            },
          ]);
        await publishEvent(tx, quoteExpired ? 'quote.expired' : 'rfq.expired', rfq.companyId, () => ({
          rfq: { id: toGlobalId('Rfq', rfq.id), number: rfq.number, status: 'EXPIRED' },
          ...(quote && quoteExpired
            ? { order: { id: toGlobalId('Order', quote.id), number: quote.number } }
            : {}),
        }));
      });
    }
  },
};

/** Sign-in attempts older than 30 days, sessions ended 30 days ago, invitations expired 30 days ago. */
export const pruneAuthRecords: JobDefinition = {
  name: 'prune-auth-records',
  schedule: '17 3 * * *',
  async run(ctx: RequestContext) {
    const before = new Date(ctx.now().getTime() - KEEP_AUTH_RECORDS_MS);
    await ctx.db.getRepository(LoginAttempt).delete({ at: LessThan(before) });
    await ctx.db.getRepository(Session).delete({ expiresAt: LessThan(before) });
    await ctx.db.getRepository(Session).delete({ revokedAt: Not(IsNull()), lastSeenAt: LessThan(before) });
    await ctx.db.getRepository(Invitation).delete({ acceptedAt: IsNull(), expiresAt: LessThan(before) });
  },
};

/** The jobs every worker runs. */
export function scheduledJobs(services: Services): readonly JobDefinition[] {
  return [
    expireQuotesAndRfqs,
    pruneAuthRecords,
    invoiceReminders(services),
    nightlyStatements(services),
    pruneOutbox,
    refreshPriceIndexes(services),
  ];
}
