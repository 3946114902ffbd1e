import { randomBytes } from 'node:crypto';
import {
  Money,
  StaffOrderAction,
  computeTaxWithAdjustments,
  invoiceTerms,
  toDecimalString,
  type PaymentTerm as DomainPaymentTerm,
} from '@portal/domain';
import { at } from '../../common/at';
import { effectivePaymentTermId } from '../accounts/account-hierarchy';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import {
  Company,
  Invoice,
  InvoiceAdjustment,
  InvoiceInstallment,
  InvoiceLine,
  OrderAdjustment,
  OrderLine,
  PaymentTerm,
  PaymentTermInstallment,
  type Order,
} from '../../entity';
import type { OrderQueryService } from '../orders/order-query.service';
import type { OrderStateWriter } from '../orders/order-state-writer';
import type { AuditService } from '../support/audit.service';
import type { TaxRulesService } from '../taxes/tax-rules.service';
import type { ReceivableNotifications } from './receivable-notifications';
import type { NumberSequenceService } from '../support/number-sequence.service';
import { invoicePayload, issueDate, type InvoiceResult } from './invoice-payload';
import type { InvoiceQueryService } from './invoice-query.service';
import type { InvoiceSettlement } from './invoice-settlement';

/** Invoice numbers: INV-000001…; a draft is DRAFT-<id> until it is issued. */
export const INVOICE_SEQUENCE = { name: 'invoice', prefix: 'INV' };
export const DRAFT_INVOICE_PREFIX = 'DRAFT-';

const MAX_REASON = 2000;

/**
 * Invoicing orders (staff): an invoice issued at once, or a draft issued or cancelled later.
 * Terms come from the domain (invoiceTerms: due date, early-payment discount, installments), tax
 * from computeTax at the rates the order's lines were taxed at, and the order moves to INVOICED
 * through the state machine.
 */
export class InvoicingService {
  constructor(
    private readonly audit: AuditService,
    private readonly invoices: InvoiceQueryService,
    private readonly settlement: InvoiceSettlement,
    private readonly orders: OrderQueryService,
    private readonly states: OrderStateWriter,
    private readonly sequences: NumberSequenceService,
    private readonly taxRules: TaxRulesService,
    private readonly notifications: ReceivableNotifications,
  ) {}

  /**
   * Invoices a shipped or delivered order. Issued at once (numbered INV-…, the order becomes
   * INVOICED), or with `draft` a DRAFT without a number that `issue` numbers later and `cancel`
   * drops; a draft leaves the order as it is, so cancelling it needs no way back.
   */
  invoiceOrder(
    ctx: RequestContext,
    input: { orderId: string; issuedOn?: string | null; draft?: boolean | null },
  ): Promise<InvoiceResult> {
    return invoicePayload(ctx, async () => {
      const order = await this.orders.findVisible(ctx, idOfType(input.orderId, 'Order'));
      if (!order) failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
      const issuedOn = issueDate(ctx, input.issuedOn, ['input', 'issuedOn']);
      return ctx.transaction(async (tx) => {
        const locked = await this.states.lock(tx, order.id);
        const pending = await tx.db
          .getRepository(Invoice)
          .findOne({ where: { orderId: locked.id, kind: 'INVOICE', status: 'DRAFT' } });
        if (pending)
          failWith(
            UserErrorCode.INVALID_STATE,
            `Order ${locked.number} already has a draft invoice; issue or cancel it.`,
            ['input', 'orderId'],
          );
        if (!input.draft) {
          const invoice = await this.createFromOrder(tx, locked);
          await this.issueDraft(tx, invoice, locked, issuedOn);
          return invoice;
        }
        // Whether the order may be invoiced at all (state, permission): the domain's state machine.
        await this.states.check(tx, locked, StaffOrderAction.INVOICE);
        const invoice = await this.createFromOrder(tx, locked);
        await this.audit.recordOn(tx, 'Invoice', invoice, 'DRAFTED', {
          order: locked.number,
          total: invoice.total,
        });
        return invoice;
      });
    });
  }

  /** Issues a draft invoice: numbers it, copies the terms, and moves the order to INVOICED. */
  issue(ctx: RequestContext, input: { invoiceId: string; issuedOn?: string | null }): Promise<InvoiceResult> {
    return invoicePayload(ctx, async () => {
      const found = await this.visibleInvoice(ctx, input.invoiceId);
      const issuedOn = issueDate(ctx, input.issuedOn, ['input', 'issuedOn']);
      return ctx.transaction(async (tx) => {
        const invoice = await this.settlement.lockInvoice(tx, found.id);
        if (invoice.status !== 'DRAFT')
          failWith(UserErrorCode.INVALID_STATE, `${invoice.number} is not a draft.`, ['input', 'invoiceId']);
        if (invoice.orderId === null) throw new Error(`Draft invoice ${invoice.id} without an order`);
        const order = await this.states.lock(tx, invoice.orderId);
        await this.issueDraft(tx, invoice, order, issuedOn);
        return invoice;
      });
    });
  }

  /** Cancels a draft invoice (issued invoices are corrected with credit notes). */
  cancel(ctx: RequestContext, input: { invoiceId: string; reason?: string | null }): Promise<InvoiceResult> {
    return invoicePayload(ctx, async () => {
      const found = await this.visibleInvoice(ctx, input.invoiceId);
      const reason = input.reason?.trim() || null;
      if (reason && reason.length > MAX_REASON)
        failWith(UserErrorCode.INVALID, `A reason has at most ${MAX_REASON} characters.`, [
          'input',
          'reason',
        ]);
      return ctx.transaction(async (tx) => {
        const invoice = await this.settlement.lockInvoice(tx, found.id);
        if (invoice.status !== 'DRAFT') {
          failWith(
            UserErrorCode.INVALID_STATE,
            `Only a draft can be cancelled; ${invoice.number} is ${invoice.status.toLowerCase()}: issue a credit note instead.`,
            ['input', 'invoiceId'],
          );
        }
        await tx.db
          .getRepository(Invoice)
          .update({ id: invoice.id }, { status: 'CANCELLED', reason, updatedAt: tx.now() });
        Object.assign(invoice, { status: 'CANCELLED', reason });
        await this.audit.recordOn(tx, 'Invoice', invoice, 'CANCELLED', { number: invoice.number, reason });
        return invoice;
      });
    });
  }

  private async visibleInvoice(ctx: RequestContext, invoiceId: string): Promise<Invoice> {
    const found = await this.invoices.findVisible(ctx, idOfType(invoiceId, 'Invoice'));
    if (!found) failWith(UserErrorCode.NOT_FOUND, 'No such invoice.', ['input', 'invoiceId']);
    return found;
  }

  /** Writes the invoice (status DRAFT, numbered DRAFT-<id>) with the order's lines and tax. */
  private async createFromOrder(tx: RequestContext, order: Order): Promise<Invoice> {
    const company = await tx.db.getRepository(Company).findOneByOrFail({ id: order.companyId });
    const lines = await tx.db
      .getRepository(OrderLine)
      .find({ where: { orderId: order.id }, order: { position: 'ASC', id: 'ASC' } });
    const currency = order.currencyCode;
    // Tax from the domain, at the rates the order's lines and adjustments were taxed at when
    // placed (so the invoice reconciles with the order to the cent), and the company's exemption.
    const adjustments = await tx.db
      .getRepository(OrderAdjustment)
      .find({ where: { orderId: order.id }, order: { position: 'ASC', id: 'ASC' } });
    const surchargeRate = adjustments.find((a) => a.kind === 'CHANNEL_SURCHARGE')?.taxRate ?? '0';
    const rates = [...new Set([...lines.map((l) => l.taxRate), surchargeRate])].map((rate) => ({
      taxClass: `rate:${rate}`,
      percent: rate,
    }));
    const tax = computeTaxWithAdjustments({
      currencyCode: currency,
      rates,
      // The exemption as it holds on the invoice's day: an expired certificate exempts nothing.
      exemption: this.taxRules.exemptionOf(tx, company),
      lines: lines.map((l, i) => ({
        ref: String(i),
        taxClass: `rate:${l.taxRate}`,
        amount: Money.of(l.lineTotal, currency),
      })),
      adjustments: adjustments.map((a) => ({
        kind: a.kind,
        description: a.description,
        amount: Money.of(a.amount, currency),
      })),
      surchargeTaxClass: `rate:${surchargeRate}`,
    });
    const now = tx.now();
    const repo = tx.db.getRepository(Invoice);
    const invoice = await repo.save(
      repo.create({
        number: `${DRAFT_INVOICE_PREFIX}${randomBytes(10).toString('hex')}`,
        kind: 'INVOICE',
        status: 'DRAFT',
        companyId: order.companyId,
        orderId: order.id,
        creditedInvoiceId: null,
        reason: null,
        issuedOn: null,
        dueOn: null,
        currencyCode: currency,
        subtotal: toDecimalString(tax.subtotal.amount),
        taxTotal: toDecimalString(tax.taxTotal.amount),
        total: toDecimalString(tax.total.amount),
        amountPaid: '0',
        paymentTermId: null,
        earlyPaymentDiscountPercent: null,
        earlyPaymentDiscountDeadline: null,
        taxExemptionText: tax.exemptionText,
        createdById: tx.viewer?.userId ?? null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    invoice.number = `${DRAFT_INVOICE_PREFIX}${invoice.id}`;
    await repo.update({ id: invoice.id }, { number: invoice.number });
    const rows = lines.map((l, i) => {
      const taxed = tax.lines[i];
      if (!taxed) throw new Error('computeTax returned fewer lines than it was given');
      return {
        invoiceId: invoice.id,
        position: i + 1,
        orderLineId: l.id,
        productId: l.productId,
        description: l.description.slice(0, 512),
        quantity: l.quantity,
        unitId: l.unitId,
        unitPrice: l.unitPrice,
        lineTotal: l.lineTotal,
        taxRate: toDecimalString(taxed.ratePercent),
        taxAmount: toDecimalString(taxed.tax.amount),
      };
    });
    for (let i = 0; i < rows.length; i += 100)
      await tx.db.getRepository(InvoiceLine).insert(rows.slice(i, i + 100));
    if (tax.adjustments.length)
      await tx.db.getRepository(InvoiceAdjustment).insert(
        tax.adjustments.map((a, i) => ({
          invoiceId: invoice.id,
          position: i + 1,
          kind: a.kind,
          description: a.description,
          percent: at(adjustments, i).percent,
          amount: toDecimalString(a.amount.amount),
          taxRate: a.ratePercent === null ? null : toDecimalString(a.ratePercent),
          taxAmount: toDecimalString(a.tax.amount),
        })),
      );
    return invoice;
  }

  /**
   * Issues an invoice inside the caller's transaction. The number is taken first: if anything
   * after it fails (the order's state refused by the domain, a concurrent change), the rollback
   * gives the number back and the sequence stays gap-free.
   */
  private async issueDraft(
    tx: RequestContext,
    invoice: Invoice,
    order: Order,
    issuedOn: string,
  ): Promise<void> {
    const number = await this.sequences.nextNumber(tx, INVOICE_SEQUENCE);
    await this.states.transition(tx, order, StaffOrderAction.INVOICE, { message: `Invoiced: ${number}` });
    const company = await tx.db.getRepository(Company).findOneByOrFail({ id: invoice.companyId });
    // A subsidiary without a payment term of its own is invoiced on its parent's.
    const termId = await effectivePaymentTermId(tx, company);
    const termRow = termId === null ? null : await tx.db.getRepository(PaymentTerm).findOneBy({ id: termId });
    const termInstallments = termRow
      ? await tx.db
          .getRepository(PaymentTermInstallment)
          .find({ where: { paymentTermId: termRow.id }, order: { position: 'ASC', id: 'ASC' } })
      : [];
    // No payment term on the company: due on receipt.
    const term: DomainPaymentTerm = termRow
      ? {
          netDays: termRow.netDays,
          endOfMonth: termRow.endOfMonth,
          earlyPaymentDiscountPercent: termRow.earlyPaymentDiscountPercent,
          earlyPaymentDiscountDays: termRow.earlyPaymentDiscountDays,
          installments: termInstallments.map((i) => ({ percent: i.percent, days: i.days })),
        }
      : { netDays: 0 };
    const terms = invoiceTerms({ issuedOn, total: Money.of(invoice.total, invoice.currencyCode), term });
    const set: Partial<Invoice> = {
      number,
      status: 'OPEN',
      issuedOn,
      dueOn: terms.dueOn,
      paymentTermId: termRow?.id ?? null,
      earlyPaymentDiscountPercent: terms.earlyPaymentDiscount
        ? toDecimalString(terms.earlyPaymentDiscount.percent)
        : null,
      earlyPaymentDiscountDeadline: terms.earlyPaymentDiscount?.deadline ?? null,
      updatedAt: tx.now(),
    };
    await tx.db.getRepository(Invoice).update({ id: invoice.id }, set);
    Object.assign(invoice, set);
    if (terms.installments.length) {
      await tx.db.getRepository(InvoiceInstallment).insert(
        terms.installments.map((i) => ({
          invoiceId: invoice.id,
          dueOn: i.dueOn,
          amount: toDecimalString(i.amount.amount),
        })),
      );
    }
    await this.audit.recordOn(tx, 'Invoice', invoice, 'ISSUED', {
      number,
      order: order.number,
      issuedOn,
      dueOn: terms.dueOn,
      total: invoice.total,
      term: termRow?.name ?? null,
    });
    await this.notifications.invoiceIssued(tx, invoice, order);
  }
}
