import { In, IsNull, LessThan, LessThanOrEqual, Not } from 'typeorm';
import {
  Money,
  addDays,
  amountDue,
  reminderStepKey,
  reminderStepOn,
  type InvoiceReminderStep,
} from '@portal/domain';
import type { RequestContext } from '../context';
import { Company, CompanySettings, Invoice, Order, OutboxMessage, SentNotice } from '../entity';
import { pendingPaymentOn } from '../service/invoices/invoice-query.service';
import type { Services } from '../service/services';
import { isUniqueViolation } from '../service/support/number-sequence.service';
import type { JobDefinition } from './scheduler';

const DAY_MS = 24 * 3_600_000;
/** Rows the outbox pruning deletes per statement (short statements, short locks). */
const PRUNE_BATCH = 500;

/**
 * Runs `work` in one transaction with the notice's key claimed (a SentNotice row, unique): the
 * key commits with the notice's e-mails or rolls back with them, and a process running the same
 * job at the same time fails on the key (after the first commits) and sends nothing. Answers
 * false when the notice was sent already; `work` answers false to send nothing now (no key kept).
 */
async function sendOnce(
  ctx: RequestContext,
  key: string,
  work: (tx: RequestContext) => Promise<boolean>,
): Promise<boolean> {
  if (await ctx.db.getRepository(SentNotice).existsBy({ key })) return false;
  class NothingToSend extends Error {}
  try {
    await ctx.transaction(async (tx) => {
      await tx.db.getRepository(SentNotice).insert({ key, createdAt: tx.now() });
      if (!(await work(tx))) throw new NothingToSend();
    });
    return true;
  } catch (e) {
    if (e instanceof NothingToSend || isUniqueViolation(e)) return false;
    throw e;
  }
}

/**
 * Reminders of open invoices: before the due date (INVOICE_REMINDER_DAYS_BEFORE_DUE) and after it
 * (INVOICE_OVERDUE_REMINDER_DAYS), by the server's today. Each step of each invoice is e-mailed
 * once (its SentNotice key), to those who may read the invoice; an invoice paid, cancelled or
 * with a transfer on its way gets none.
 */
export function invoiceReminders(services: Services): JobDefinition {
  return {
    name: 'invoice-reminders',
    schedule: '0 7 * * *',
    async run(ctx) {
      const schedule = ctx.config.outbox.notices;
      const earliest = Math.max(0, ...schedule.daysBeforeDue);
      if (schedule.daysBeforeDue.length === 0 && schedule.overdueDays.length === 0) return;
      const today = ctx.clock.today();
      const candidates = await ctx.db.getRepository(Invoice).find({
        where: { kind: 'INVOICE', status: 'OPEN', dueOn: LessThanOrEqual(addDays(today, earliest)) },
        order: { id: 'ASC' },
      });
      const owed: { invoiceId: number; step: InvoiceReminderStep; key: string }[] = [];
      for (const invoice of candidates) {
        const step = invoice.dueOn === null ? null : reminderStepOn(invoice.dueOn, today, schedule);
        if (step)
          owed.push({
            invoiceId: invoice.id,
            step,
            key: `invoice-reminder:${invoice.id}:${reminderStepKey(step)}`,
          });
      }
      const sent = new Set<string>();
      for (let i = 0; i < owed.length; i += PRUNE_BATCH) {
        const keys = owed.slice(i, i + PRUNE_BATCH).map((o) => o.key);
        for (const row of await ctx.db
          .getRepository(SentNotice)
          .find({ where: { key: In(keys) }, select: { key: true } }))
          sent.add(row.key);
      }
      for (const { invoiceId, step, key } of owed) {
        if (sent.has(key)) continue;
        await sendOnce(ctx, key, async (tx) => {
          const invoice = await tx.db.getRepository(Invoice).findOneBy({ id: invoiceId });
          if (!invoice || invoice.status !== 'OPEN' || invoice.dueOn === null) return false;
          const due = amountDue({
            total: Money.of(invoice.total, invoice.currencyCode),
            amountPaid: Money.of(invoice.amountPaid, invoice.currencyCode),
          });
          if (!due.amount.gt(0) || (await pendingPaymentOn(tx, invoice))) return false;
          const order =
            invoice.orderId === null
              ? null
              : await tx.db.getRepository(Order).findOneBy({ id: invoice.orderId });
          await services.receivableNotifications.invoiceReminder(
            tx,
            invoice,
            order,
            step,
            services.invoices.earlyPaymentDiscount(tx, invoice, today),
          );
          return true;
        });
      }
    },
  };
}

/**
 * The nightly statement of account, for the companies that asked for it (statementEmail): the
 * month up to yesterday, e-mailed to their readers of the statement with the PDF, once per
 * company and day (its SentNotice key).
 */
export function nightlyStatements(services: Services): JobDefinition {
  return {
    name: 'nightly-statements',
    schedule: '30 1 * * *',
    async run(ctx) {
      const today = ctx.clock.today();
      const to = addDays(today, -1);
      const from = `${to.slice(0, 7)}-01`;
      const settings = await ctx.db
        .getRepository(CompanySettings)
        .find({ where: { statementEmail: true }, order: { companyId: 'ASC' } });
      for (const { companyId } of settings) {
        await sendOnce(ctx, `statement:${companyId}:${today}`, async (tx) => {
          const company = await tx.db.getRepository(Company).findOneBy({ id: companyId });
          if (!company) return false;
          const statement = await services.receivables.statementOfCompany(tx, company, from, to);
          await services.receivableNotifications.statement(
            tx,
            company,
            from,
            to,
            statement.figures.closingBalance,
          );
          return true;
        });
      }
    },
  };
}

/**
 * Deletes outbox messages and webhook deliveries finished (SENT, SKIPPED, FAILED) more than
 * OUTBOX_RETENTION_DAYS ago, in batches of 500. Safe on several processes: deleting a row
 * another process deleted already deletes nothing.
 */
export const pruneOutbox: JobDefinition = {
  name: 'prune-outbox',
  schedule: '45 3 * * *',
  async run(ctx) {
    const before = new Date(ctx.now().getTime() - ctx.config.outbox.notices.outboxRetentionDays * DAY_MS);
    const repo = ctx.db.getRepository(OutboxMessage);
    for (;;) {
      const batch = await repo.find({
        where: { status: In(['SENT', 'SKIPPED', 'FAILED']), finishedAt: LessThan(before) },
        select: { id: true },
        order: { id: 'ASC' },
        take: PRUNE_BATCH,
      });
      if (batch.length === 0) return;
      await repo.delete({
        id: In(batch.map((m) => m.id)),
        status: Not('PENDING'),
        finishedAt: Not(IsNull()),
      });
      if (batch.length < PRUNE_BATCH) return;
    }
  },
};
