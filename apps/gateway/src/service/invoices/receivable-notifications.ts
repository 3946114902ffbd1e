import {
  Money,
  Permission,
  amountDue,
  formatMoney,
  guardedText,
  permissionsOf,
  toDecimalString,
  type EarlyPaymentDiscount,
  type ReminderOwed,
  type Role,
} from '@portal/domain';
import { toGlobalId } from '../../common/node-id';
import type { RequestContext } from '../../context';
import { Company, User, type Invoice, type Order, type Payment, type Refund } from '../../entity';
import { invoiceData, paymentData } from '../../outbox/event-data';
import { enqueueMails } from '../../outbox/outbox';
import { publishEvent } from '../../outbox/webhook-events';
import type { QueuedMail } from '../../outbox/queued-mail';
import { TextReader } from '../support/reader-text';

const roleMay = (role: Role, permission: Permission) => permissionsOf(role).includes(permission);

/** The portal address of an invoice, for e-mails (the SPA's /invoices/:invoiceId). */
export function invoiceLink(ctx: RequestContext, invoice: Invoice): string {
  return `${ctx.config.publicUrl}/invoices/${encodeURIComponent(toGlobalId('Invoice', invoice.id))}`;
}

const amountText = (amount: string, currency: string) =>
  guardedText(formatMoney(Money.of(amount, currency), { withCurrency: true }), '');

/**
 * E-mails about receivables, written to the outbox in the transaction of the change: the
 * issued invoice (its PDF attached) to those of the customer who read the company's invoices
 * and to the order's author when they read their own; the receipt (or the decline) of an online
 * payment to the payer. Amounts reach only readers of contract figures.
 */
export class ReceivableNotifications {
  /**
   * The active users of the invoice's company who may read it: readers of the company's
   * invoices (portal admins, viewers), and the order's author when they read their own.
   */
  private async invoiceReaders(
    tx: RequestContext,
    invoice: Invoice,
    orderAuthorId: number | null,
  ): Promise<User[]> {
    const users = await tx.db
      .getRepository(User)
      .find({ where: { companyId: invoice.companyId, status: 'ACTIVE' }, order: { id: 'ASC' } });
    return users.filter(
      (u) =>
        roleMay(u.role, Permission.INVOICES_READ_COMPANY) ||
        (u.id === orderAuthorId && roleMay(u.role, Permission.INVOICES_READ_OWN)),
    );
  }

  async invoiceIssued(tx: RequestContext, invoice: Invoice, order: Order): Promise<void> {
    const recipients = await this.invoiceReaders(tx, invoice, order.createdById);
    const company = await tx.loaders.load(Company, invoice.companyId);
    const total = amountText(invoice.total, invoice.currencyCode);
    const mails: QueuedMail[] = recipients.map((user) => {
      const reader = TextReader.forRole(user.role);
      const figures = roleMay(user.role, Permission.PRICES_CONTRACT);
      const amount = reader.text(total);
      return {
        to: user.email,
        subject: `Invoice ${invoice.number} for order ${order.number}`,
        text: [
          `Hello ${user.name},`,
          '',
          `We issued invoice ${invoice.number} to ${company?.name ?? 'your company'} for order ${order.number}` +
            `${amount ? `: ${amount}` : ''}, due on ${invoice.dueOn ?? invoice.issuedOn}.`,
          ...(figures ? ['The invoice is attached as a PDF.'] : []),
          '',
          `See and pay it here: ${invoiceLink(tx, invoice)}`,
        ].join('\n'),
        attach: figures ? [{ kind: 'INVOICE_PDF', id: invoice.id }] : [],
      };
    });
    await enqueueMails(tx, 'invoice.issued', mails);
    await publishEvent(tx, 'invoice.issued', invoice.companyId, (withPrices) => ({
      invoice: invoiceData(invoice, withPrices),
      order: { id: toGlobalId('Order', order.id), number: order.number },
    }));
  }

  /**
   * The receipt of a payment that succeeded, or the notice of one that was declined: to the
   * customer who paid online, or, for a payment staff recorded (a transfer that arrived), to
   * those of the company who read its invoices.
   */
  async paymentOutcome(tx: RequestContext, payment: Payment, invoices: readonly Invoice[]): Promise<void> {
    const users = tx.db.getRepository(User);
    const payer = payment.createdById === null ? null : await users.findOneBy({ id: payment.createdById });
    const recipients =
      payer && payer.companyId === payment.companyId
        ? [payer]
        : (
            await users.find({
              where: { companyId: payment.companyId, status: 'ACTIVE' },
              order: { id: 'ASC' },
            })
          ).filter((u) => roleMay(u.role, Permission.INVOICES_READ_COMPANY));
    const numbers = invoices.map((i) => i.number).join(', ');
    const links = invoices.map((i) => `${i.number}: ${invoiceLink(tx, i)}`);
    const method = payment.method.toLowerCase().replace(/_/g, ' ');
    const mails: QueuedMail[] = recipients.map((user) => {
      const reader = TextReader.forRole(user.role);
      const amount = reader.text(amountText(payment.amount, payment.currencyCode));
      if (payment.status === 'FAILED')
        return {
          to: user.email,
          subject: `Your payment for ${numbers} did not go through`,
          text: [
            `Hello ${user.name},`,
            '',
            `Your ${method} payment${amount ? ` of ${amount}` : ''} for ${numbers} was declined. Nothing was charged; try again or choose another method.`,
            '',
            ...links,
          ].join('\n'),
        };
      return {
        to: user.email,
        subject: `Payment received for ${numbers}`,
        text: [
          `Hello ${user.name},`,
          '',
          `Thank you: we received the ${method} payment${amount ? ` of ${amount}` : ''} for ${numbers}.`,
          ...(payment.reference ? [`Reference: ${payment.reference}`] : []),
          ...(payment.discountTaken
            ? [
                reader.text(
                  guardedText(
                    `Early-payment discount taken: ${formatMoney(Money.of(payment.discountTaken, payment.currencyCode), { withCurrency: true })}`,
                    'An early-payment discount was taken.',
                  ),
                ),
              ]
            : []),
          '',
          ...links,
        ].join('\n'),
      };
    });
    const eventType =
      payment.status === 'SUCCEEDED'
        ? 'payment.succeeded'
        : payment.status === 'FAILED'
          ? 'payment.failed'
          : null;
    if (!eventType) return;
    await enqueueMails(tx, eventType, mails);
    await publishEvent(tx, eventType, payment.companyId, (withPrices) => ({
      payment: paymentData(payment, invoices, withPrices),
    }));
  }

  /**
   * A reminder that an open invoice comes due (`step.kind` DUE) or is overdue, to those who may
   * read it: the amount due and the early-payment discount still available (`discount`, when it
   * applies today) reach only readers of contract figures; the others read that the discount
   * still applies, without amounts.
   */
  async invoiceReminder(
    tx: RequestContext,
    invoice: Invoice,
    order: Order | null,
    reminder: ReminderOwed,
    discount: EarlyPaymentDiscount | null,
  ): Promise<void> {
    const recipients = await this.invoiceReaders(tx, invoice, order?.createdById ?? null);
    const { step, portion } = reminder;
    const due = amountDue({
      total: Money.of(invoice.total, invoice.currencyCode),
      amountPaid: Money.of(invoice.amountPaid, invoice.currencyCode),
    });
    const amount = guardedText(formatMoney(portion.open, { withCurrency: true }), '');
    const dueOn = portion.dueOn;
    const owes = portion.installment
      ? `An installment of invoice ${invoice.number}`
      : `Invoice ${invoice.number}`;
    const subject =
      step.kind === 'DUE'
        ? `Reminder: ${portion.installment ? 'an installment of ' : ''}invoice ${invoice.number} is due on ${dueOn}`
        : `${owes} is overdue (due on ${dueOn})`;
    const discountLine = discount
      ? guardedText(
          `Pay by ${discount.deadline} to take the early-payment discount of ${discount.percent.toString()}%: ${formatMoney(discount.amountToPay, { withCurrency: true })} instead of ${formatMoney(due, { withCurrency: true })}.`,
          `Pay by ${discount.deadline} to take the early-payment discount of ${discount.percent.toString()}%.`,
        )
      : null;
    const mails: QueuedMail[] = recipients.map((user) => {
      const reader = TextReader.forRole(user.role);
      const owed = reader.text(amount);
      const what = `${portion.installment ? 'An installment of invoice' : 'Invoice'} ${invoice.number}${order ? ` for order ${order.number}` : ''}`;
      return {
        to: user.email,
        subject,
        text: [
          `Hello ${user.name},`,
          '',
          step.kind === 'DUE'
            ? `${what} is due on ${dueOn}${owed ? `; ${owed} is still open` : ''}.`
            : `${what} was due on ${dueOn} and is overdue${owed ? `: ${owed} is still open` : ''}. Please pay it as soon as you can.`,
          ...(discountLine ? [reader.text(discountLine)] : []),
          'If you paid it already, thank you: ignore this reminder.',
          '',
          `See and pay it here: ${invoiceLink(tx, invoice)}`,
        ].join('\n'),
      };
    });
    const eventType = step.kind === 'DUE' ? 'invoice.due_reminder' : 'invoice.overdue_reminder';
    await enqueueMails(tx, eventType, mails);
    await publishEvent(tx, eventType, invoice.companyId, (withPrices) => ({
      invoice: invoiceData(invoice, withPrices),
      reminder: {
        kind: step.kind,
        days: step.days,
        dueOn: portion.dueOn,
        installment: portion.installment,
        ...(withPrices
          ? {
              amountOpen: {
                amount: toDecimalString(portion.open.amount),
                currencyCode: invoice.currencyCode,
              },
            }
          : {}),
      },
    }));
  }

  /**
   * The nightly statement of a company that asked for it, to its active users who read its
   * statement and contract figures (the PDF attached, rendered when the e-mail is delivered).
   * Answers how many e-mails were written.
   */
  async statement(
    tx: RequestContext,
    company: Company,
    from: string,
    to: string,
    closingBalance: Money,
  ): Promise<number> {
    const users = await tx.db
      .getRepository(User)
      .find({ where: { companyId: company.id, status: 'ACTIVE' }, order: { id: 'ASC' } });
    const recipients = users.filter(
      (u) => roleMay(u.role, Permission.STATEMENT_READ) && roleMay(u.role, Permission.PRICES_CONTRACT),
    );
    const mails: QueuedMail[] = recipients.map((user) => ({
      to: user.email,
      subject: `Your statement of account, ${from} to ${to}`,
      text: [
        `Hello ${user.name},`,
        '',
        `Here is the statement of account of ${company.name} from ${from} to ${to}: the balance is ${formatMoney(closingBalance, { withCurrency: true })}.`,
        'The statement is attached as a PDF.',
        '',
        `See it any time here: ${tx.config.publicUrl}/account/statement`,
        '',
        "You get this e-mail every night because your company asked for it; a portal admin can turn it off in the company's settings.",
      ].join('\n'),
      attach: [{ kind: 'STATEMENT_PDF', id: company.id, from, to }],
    }));
    await enqueueMails(tx, 'statement.nightly', mails);
    return mails.length;
  }

  /**
   * A refund of a credit note's open credit to the card it was paid with: to those of the
   * company who read its invoices (the amount only to readers of contract figures), with a
   * `payment.refunded` webhook event.
   */
  async refundIssued(
    tx: RequestContext,
    refund: Refund,
    payment: Payment,
    creditNote: Invoice,
  ): Promise<void> {
    const users = (
      await tx.db
        .getRepository(User)
        .find({ where: { companyId: refund.companyId, status: 'ACTIVE' }, order: { id: 'ASC' } })
    ).filter((u) => roleMay(u.role, Permission.INVOICES_READ_COMPANY));
    const mails: QueuedMail[] = users.map((user) => {
      const amount = TextReader.forRole(user.role).text(amountText(refund.amount, refund.currencyCode));
      return {
        to: user.email,
        subject: `Refund of credit note ${creditNote.number}`,
        text: [
          `Hello ${user.name},`,
          '',
          `We refunded${amount ? ` ${amount} of` : ''} the credit of ${creditNote.number} to the card you paid with.` +
            ' Depending on your bank, it shows on your card statement within a few days.',
          '',
          `${creditNote.number}: ${invoiceLink(tx, creditNote)}`,
        ].join('\n'),
      };
    });
    await enqueueMails(tx, 'payment.refunded', mails);
    await publishEvent(tx, 'payment.refunded', refund.companyId, (withPrices) => ({
      payment: paymentData(payment, [], withPrices),
      creditNote: invoiceData(creditNote, withPrices),
      refund: {
        id: toGlobalId('Refund', refund.id),
        status: refund.status,
        refundedOn: refund.refundedOn,
        ...(withPrices ? { amount: { amount: refund.amount, currencyCode: refund.currencyCode } } : {}),
      },
    }));
  }
}
