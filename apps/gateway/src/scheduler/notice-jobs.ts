import { Brackets, In, IsNull, LessThan, Not } from 'typeorm';
import { Money, addDays, remindersOwed } from '@portal/domain';
import type { RequestContext } from '../context';
import {
  Company,
  CompanySettings,
  Invoice,
  InvoiceInstallment,
  Order,
  OutboxMessage,
  SentNotice,
} from '../entity';
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
 * Reminders of open invoices: before each due date (INVOICE_REMINDER_DAYS_BEFORE_DUE) and after it
 * (INVOICE_OVERDUE_REMINDER_DAYS), by the server's today. An invoice in installments is reminded
 * of each installment still open at its own date (payments settle the oldest first: the domain's
 * remindersOwed). Each step of each due date is e-mailed once (its SentNotice key), to those who
 * may read the invoice; an invoice paid, cancelled or with a transfer on its way gets none.
 */
export function invoiceReminders(services: Services): JobDefinition {
  return {
    name: 'invoice-reminders',
    schedule: '0 7 * * *',
    async run(ctx) {
      const schedule = ctx.config.outbox.notices;
      if (schedule.daysBeforeDue.length === 0 && schedule.overdueDays.length === 0) return;
      const today = ctx.clock.today();
      const horizon = addDays(today, Math.max(0, ...schedule.daysBeforeDue));
      // Open invoices with a due date (their own, or an installment's) within the horizon.
      const candidates = await ctx.db
        .getRepository(Invoice)
        .createQueryBuilder('i')
        .where("i.kind = 'INVOICE' AND i.status = 'OPEN' AND i.dueOn IS NOT NULL")
        .andWhere(
          new Brackets((qb) =>
            qb
              .where('i.dueOn <= :horizon')
              .orWhere(
                'EXISTS (SELECT 1 FROM invoice_installment n WHERE n.invoiceId = i.id AND n.dueOn <= :horizon)',
              ),
          ),
          { horizon },
        )
        .orderBy('i.id', 'ASC')
        .getMany();
      const installments = await installmentsOf(
        ctx,
        candidates.map((i) => i.id),
      );
      const owed: { invoiceId: number; key: string }[] = [];
      for (const invoice of candidates)
        for (const reminder of remindersOwed(
          reminderFigures(invoice, installments.get(invoice.id) ?? []),
          today,
          schedule,
        ))
          owed.push({ invoiceId: invoice.id, key: `invoice-reminder:${invoice.id}:${reminder.key}` });
      const sent = new Set<string>();
      for (let i = 0; i < owed.length; i += PRUNE_BATCH) {
        const keys = owed.slice(i, i + PRUNE_BATCH).map((o) => o.key);
        for (const row of await ctx.db
          .getRepository(SentNotice)
          .find({ where: { key: In(keys) }, select: { key: true } }))
          sent.add(row.key);
      }
      for (const { invoiceId, key } of owed) {
        if (sent.has(key)) continue;
        await sendOnce(ctx, key, async (tx) => {
          // Read again inside the claim: a payment since the scan may have settled the portion.
          const invoice = await tx.db.getRepository(Invoice).findOneBy({ id: invoiceId });
          if (!invoice || invoice.status !== 'OPEN' || invoice.dueOn === null) return false;
          const figures = reminderFigures(
            invoice,
            (await installmentsOf(tx, [invoice.id])).get(invoice.id) ?? [],
          );
          const reminder = remindersOwed(figures, today, schedule).find(
            (r) => `invoice-reminder:${invoice.id}:${r.key}` === key,
          );
          if (!reminder || (await pendingPaymentOn(tx, invoice))) return false;
          const order =
            invoice.orderId === null
              ? null
              : await tx.db.getRepository(Order).findOneBy({ id: invoice.orderId });
          await services.receivableNotifications.invoiceReminder(
            tx,
            invoice,
            order,
            reminder,
            services.invoices.earlyPaymentDiscount(tx, invoice, today),
          );
          return true;
        });
      }
    },
  };
}

/** The installments of these invoices, by invoice. */
async function installmentsOf(
  ctx: RequestContext,
  invoiceIds: readonly number[],
): Promise<Map<number, InvoiceInstallment[]>> {
  const byInvoice = new Map<number, InvoiceInstallment[]>();
  for (let i = 0; i < invoiceIds.length; i += PRUNE_BATCH) {
    const ids = invoiceIds.slice(i, i + PRUNE_BATCH);
    for (const row of await ctx.db.getRepository(InvoiceInstallment).findBy({ invoiceId: In(ids) })) {
      const list = byInvoice.get(row.invoiceId) ?? [];
      list.push(row);
      byInvoice.set(row.invoiceId, list);
    }
  }
  return byInvoice;
}

/** What the domain's remindersOwed needs of an open invoice with a due date. */
function reminderFigures(invoice: Invoice, installments: readonly InvoiceInstallment[]) {
  const currency = invoice.currencyCode;
  return {
    dueOn: invoice.dueOn as string,
    total: Money.of(invoice.total, currency),
    amountPaid: Money.of(invoice.amountPaid, currency),
    installments: installments.map((n) => ({ dueOn: n.dueOn, amount: Money.of(n.amount, currency) })),
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
