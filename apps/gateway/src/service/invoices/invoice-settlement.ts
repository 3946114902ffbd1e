import { amountDue, formatMoney, settle, toDecimalString, type Money } from '@portal/domain';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Invoice } from '../../entity';
import { lockById } from '../support/row-lock';
import { figuresOf } from './invoice-query.service';

/**
 * Writing what settles an invoice. `amountPaid` is everything that settled it so far: payments,
 * early-payment discounts taken and credit notes applied; the domain's `settle` says what it
 * becomes and when the invoice is PAID. Writers lock the invoice first (`lockInvoice`), so
 * concurrent payments of one invoice serialise and the second sees what the first paid.
 */
export class InvoiceSettlement {
  /** Reads an invoice for update inside the transaction; NOT_FOUND at `field` when missing. */
  lockInvoice(
    tx: RequestContext,
    invoiceId: number,
    field: string[] = ['input', 'invoiceId'],
  ): Promise<Invoice> {
    return lockById(tx, Invoice, invoiceId, { message: 'No such invoice.', field });
  }

  /**
   * Adds `amount` (a payment, discount taken or credit applied) to a locked invoice's amountPaid;
   * refuses to settle more than is due.
   */
  async apply(
    tx: RequestContext,
    invoice: Invoice,
    amount: Money,
    field: string[] = ['input', 'amount'],
  ): Promise<void> {
    const figures = figuresOf(invoice);
    const settled = settle(figures, amount);
    if (!settled) {
      const due = amountDue(figures);
      failWith(
        UserErrorCode.INVALID,
        `Only ${formatMoney(due, { withCurrency: true })} is due on ${invoice.number}.`,
        field,
      );
    }
    const set = {
      amountPaid: toDecimalString(settled.amountPaid.amount),
      status: settled.status,
      updatedAt: tx.now(),
    };
    await tx.db.getRepository(Invoice).update({ id: invoice.id }, set);
    Object.assign(invoice, set);
  }
}
