import { Brackets, type SelectQueryBuilder } from 'typeorm';
import {
  Money,
  OVERDUE_RULE,
  amountDue,
  daysBetween,
  earlyPaymentDiscountFor,
  invoiceStatusOn,
  payRefusal,
  sumMoney,
  toDecimalString,
  type EarlyPaymentDiscount,
  type InvoiceStatus,
  type PaymentTerm as DomainPaymentTerm,
  type StoredInvoiceStatus,
} from '@portal/domain';
import { pageRequest, toConnection } from '../../common/connection';
import { idOfType } from '../../common/node-id';
import type { RequestContext } from '../../context';
import {
  CreditApplication,
  Refund,
  Invoice,
  InvoiceInstallment,
  InvoiceLine,
  Payment,
  PaymentAllocation,
  type Order,
} from '../../entity';
import { prefixPattern } from '../support/like';
import { withinCompaniesInReach } from '../support/companies-in-reach';
import { keysetPageOf, type CappedConnection, type KeysetSort } from '../support/keyset-paging';
import { invoiceAccess } from './invoice-access.policy';

/** The contract's InvoiceStatus: the stored ones plus OVERDUE (derived, never stored). */
export type InvoiceStatusValue = InvoiceStatus;

export interface InvoiceListArgs {
  first?: number | null;
  after?: string | null;
  /** Whether the client asked for totalCount: if not, nothing is counted. */
  countWanted?: boolean;
  filter?: {
    companyId?: string | null;
    statuses?: InvoiceStatusValue[] | null;
    kind?: 'INVOICE' | 'CREDIT_NOTE' | null;
    number?: string | null;
    from?: string | null;
    to?: string | null;
    orderId?: string | null;
  } | null;
}

/** The `invoices` list's order: newest issue date first (drafts, undated, last), then newest id. */
const NEWEST_ISSUED_FIRST: KeysetSort<Invoice> = {
  name: 'invoices:ISSUED_ON:DESC',
  keys: [
    { column: 'i.issuedOn', property: 'issuedOn', kind: 'date', nullable: true, descending: true },
    { column: 'i.id', property: 'id', kind: 'id', descending: true },
  ],
};

/**
 * Reading invoices and credit notes within the viewer's scope (invoiceAccess), and the figures
 * the domain derives from them (amount due, OVERDUE, the early-payment discount on offer).
 */
export class InvoiceQueryService {
  /** An invoice the viewer may read, or null (a foreign id behaves exactly like a missing one). */
  async findVisible(ctx: RequestContext, id: number | null): Promise<Invoice | null> {
    return id === null ? null : invoiceAccess.visible(ctx, await ctx.loaders.load(Invoice, id));
  }

  async findVisibleByNumber(ctx: RequestContext, number: string): Promise<Invoice | null> {
    const query = ctx.db.getRepository(Invoice).createQueryBuilder('i').where('i.number = :number', {
      number: number.trim(),
    });
    invoiceAccess.scope(ctx, query, 'i');
    const invoice = await query.getOne();
    if (invoice) ctx.loaders.prime(Invoice, invoice);
    return invoice;
  }

  /** The `invoices` connection: filtered, newest first, paginated, within the viewer's scope. */
  async list(ctx: RequestContext, args: InvoiceListArgs): Promise<CappedConnection<Invoice>> {
    const page = pageRequest(args.first, null);
    const query = ctx.db.getRepository(Invoice).createQueryBuilder('i');
    invoiceAccess.scope(ctx, query, 'i');
    await withinCompaniesInReach(ctx, query, 'i');
    const f = args.filter ?? {};
    const nothing = () => ({ ...toConnection<Invoice>([], 0, page), totalCountIsCapped: false });
    if (f.companyId !== undefined && f.companyId !== null) {
      const companyId = idOfType(f.companyId, 'Company');
      // The access rule above keeps the rows in scope: a parent's readers may pick a subsidiary.
      if (companyId === null) return nothing();
      query.andWhere('i.companyId = :fCompany', { fCompany: companyId });
    }
    if (f.orderId !== undefined && f.orderId !== null) {
      const orderId = idOfType(f.orderId, 'Order');
      if (orderId === null) return nothing();
      query.andWhere('i.orderId = :fOrder', { fOrder: orderId });
    }
    if (f.statuses?.length) this.filterStatuses(ctx, query, f.statuses);
    if (f.kind) query.andWhere('i.kind = :fKind', { fKind: f.kind });
    if (f.number?.trim())
      query.andWhere("i.number LIKE :fNumber ESCAPE '!'", { fNumber: prefixPattern(f.number.trim()) });
    if (f.from) query.andWhere('i.issuedOn >= :fFrom', { fFrom: f.from });
    if (f.to) query.andWhere('i.issuedOn <= :fTo', { fTo: f.to });
    return keysetPageOf(ctx, query, NEWEST_ISSUED_FIRST, {
      first: args.first,
      after: args.after,
      countWanted: args.countWanted ?? true,
    });
  }

  /** The status filter in SQL, OVERDUE and OPEN by the domain's OVERDUE_RULE (never stored). */
  private filterStatuses(
    ctx: RequestContext,
    query: SelectQueryBuilder<Invoice>,
    statuses: InvoiceStatusValue[],
  ): void {
    const stored = statuses.filter(
      (s): s is StoredInvoiceStatus => s !== 'OVERDUE' && s !== OVERDUE_RULE.storedStatus,
    );
    query.andWhere(
      new Brackets((qb) => {
        qb.where('1 = 0');
        if (statuses.includes('OVERDUE')) qb.orWhere('(i.status = :fOverdueStatus AND i.dueOn < :fToday)');
        if (statuses.includes(OVERDUE_RULE.storedStatus))
          qb.orWhere('(i.status = :fOverdueStatus AND (i.dueOn IS NULL OR i.dueOn >= :fToday))');
        if (stored.length) qb.orWhere('i.status IN (:...fStatuses)', { fStatuses: stored });
      }),
      { fToday: ctx.clock.today(), fOverdueStatus: OVERDUE_RULE.storedStatus },
    );
  }

  /** The invoices and credit notes of an order that the viewer may read (Order.invoices). */
  async ofOrder(ctx: RequestContext, order: Order): Promise<Invoice[]> {
    const all = await ctx.loaders.children(Invoice, 'orderId', order.id);
    const visible = await Promise.all(all.map((i) => invoiceAccess.mayRead(ctx, i)));
    return all.filter((_, k) => visible[k]);
  }

  /** What is still to pay (or, for a credit note, still to use), as a decimal string. */
  amountDue(invoice: Invoice): string {
    return toDecimalString(amountDue(figuresOf(invoice)).amount);
  }

  /** The contract's status: OVERDUE when OPEN and past its due date on the clock's today. */
  statusOf(ctx: RequestContext, invoice: Invoice): InvoiceStatusValue {
    return invoiceStatusOn({ status: invoice.status, dueOn: invoice.dueOn }, ctx.clock.today());
  }

  /** The invoice's payment term as the domain sees it (from the percent and deadline copied onto it). */
  termOf(invoice: Invoice): DomainPaymentTerm | null {
    if (invoice.issuedOn === null || invoice.dueOn === null) return null;
    const discountDays =
      invoice.earlyPaymentDiscountPercent !== null && invoice.earlyPaymentDiscountDeadline !== null
        ? daysBetween(invoice.issuedOn, invoice.earlyPaymentDiscountDeadline)
        : null;
    return {
      netDays: daysBetween(invoice.issuedOn, invoice.dueOn),
      earlyPaymentDiscountPercent: discountDays === null ? null : invoice.earlyPaymentDiscountPercent,
      earlyPaymentDiscountDays: discountDays,
    };
  }

  /**
   * The early-payment discount offered on `onDate` (default today): only on an OPEN invoice, on or
   * before its deadline (the domain's earlyPaymentDiscountFor), net of what is already paid.
   */
  earlyPaymentDiscount(
    ctx: RequestContext,
    invoice: Invoice,
    onDate: string = ctx.clock.today(),
  ): EarlyPaymentDiscount | null {
    const term = this.termOf(invoice);
    if (invoice.kind !== 'INVOICE' || invoice.status !== 'OPEN' || term === null || invoice.issuedOn === null)
      return null;
    return earlyPaymentDiscountFor(
      {
        issuedOn: invoice.issuedOn,
        total: Money.of(invoice.total, invoice.currencyCode),
        term,
        amountPaid: Money.of(invoice.amountPaid, invoice.currencyCode),
      },
      onDate,
    );
  }

  installments(ctx: RequestContext, invoice: Invoice): Promise<InvoiceInstallment[]> {
    return ctx.loaders.children(InvoiceInstallment, 'invoiceId', invoice.id, 'dueOn');
  }

  lines(ctx: RequestContext, invoice: Invoice): Promise<InvoiceLine[]> {
    return ctx.loaders.children(InvoiceLine, 'invoiceId', invoice.id, 'position');
  }

  /** Whether a bank transfer the customer announced for the invoice is still PENDING (batched). */
  hasPendingPayment(ctx: RequestContext, invoice: Invoice): Promise<boolean> {
    return pendingPaymentOn(ctx, invoice);
  }

  /** Why the invoice cannot be paid now (the domain's payRefusal), or null. */
  async payRefusal(ctx: RequestContext, invoice: Invoice): Promise<string | null> {
    return payRefusal({
      ...figuresOf(invoice),
      kind: invoice.kind,
      number: invoice.number,
      pendingPayment: await this.hasPendingPayment(ctx, invoice),
    });
  }

  /**
   * Where a credit note's credit went, or what credit an invoice received: the part applied to
   * the credited invoice when the note was issued, then each application of credit on account.
   */
  async creditApplications(ctx: RequestContext, invoice: Invoice): Promise<CreditApplicationView[]> {
    const currency = invoice.currencyCode;
    const money = (amount: string) => Money.of(amount, currency);
    if (invoice.kind === 'CREDIT_NOTE') {
      const rows = await ctx.loaders.children(CreditApplication, 'creditNoteId', invoice.id, 'id');
      // Credit spent later: applied to invoices, or paid back to the customer (refundPayment).
      const refunds = await ctx.loaders.children(Refund, 'creditNoteId', invoice.id, 'id');
      const later = sumMoney(
        [...rows, ...refunds].map((r) => money(r.amount)),
        currency,
      );
      const atIssue = money(invoice.amountPaid).subtract(later);
      const credited =
        invoice.creditedInvoiceId === null
          ? null
          : await ctx.loaders.load(Invoice, invoice.creditedInvoiceId);
      const views: CreditApplicationView[] =
        credited && atIssue.amount.gt(0)
          ? [{ creditNote: invoice, invoice: credited, amount: atIssue, appliedOn: invoice.issuedOn ?? '' }]
          : [];
      for (const r of rows) {
        const target = await ctx.loaders.load(Invoice, r.invoiceId);
        if (target)
          views.push({
            creditNote: invoice,
            invoice: target,
            amount: money(r.amount),
            appliedOn: r.appliedOn,
          });
      }
      return views;
    }
    const notes = (await ctx.loaders.children(Invoice, 'creditedInvoiceId', invoice.id)).filter(
      (n) => n.kind === 'CREDIT_NOTE' && n.status !== 'DRAFT' && n.status !== 'CANCELLED',
    );
    const views: CreditApplicationView[] = [];
    for (const note of notes) {
      const own = (await this.creditApplications(ctx, note)).filter((v) => v.invoice.id === invoice.id);
      views.push(...own);
    }
    for (const r of await ctx.loaders.children(CreditApplication, 'invoiceId', invoice.id, 'id')) {
      const note = await ctx.loaders.load(Invoice, r.creditNoteId);
      if (note) views.push({ creditNote: note, invoice, amount: money(r.amount), appliedOn: r.appliedOn });
    }
    return views;
  }
}

/** Credit of a credit note applied to an invoice. */
export interface CreditApplicationView {
  creditNote: Invoice;
  invoice: Invoice;
  amount: Money;
  appliedOn: string;
}

/** Whether a bank transfer the customer announced for an open invoice is still PENDING (batched). */
export async function pendingPaymentOn(ctx: RequestContext, invoice: Invoice): Promise<boolean> {
  if (invoice.kind !== 'INVOICE' || invoice.status !== 'OPEN') return false;
  const allocations = await ctx.loaders.children(PaymentAllocation, 'invoiceId', invoice.id);
  const payments = await ctx.loaders.loadMany(
    Payment,
    allocations.map((a) => a.paymentId),
  );
  return payments.some((p) => p?.status === 'PENDING');
}

/** An invoice's figures as the domain's receivables rules take them. */
export function figuresOf(invoice: Invoice) {
  return {
    status: invoice.status,
    dueOn: invoice.dueOn,
    total: Money.of(invoice.total, invoice.currencyCode),
    amountPaid: Money.of(invoice.amountPaid, invoice.currencyCode),
  };
}
