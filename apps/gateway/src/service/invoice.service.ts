import { randomBytes } from 'node:crypto';
import { Brackets, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  Money,
  Permission,
  StaffOrderAction,
  allocate,
  computeTax,
  currencyExponent,
  daysBetween,
  earlyPaymentDiscountFor,
  formatMoney,
  invoiceTerms,
  isCalendarDate,
  parseDecimal,
  toDecimalString,
  type EarlyPaymentDiscount,
  type PaymentTerm as DomainPaymentTerm,
} from '@portal/domain';
import { pageRequest, toConnection, type Connection, type PageRequest } from '../common/connection';
import { idOfType } from '../common/node-id';
import {
  UserErrorCode,
  UserErrorsException,
  failWith,
  userError,
  type UserError,
} from '../common/user-error';
import type { RequestContext } from '../context';
import {
  Company,
  Invoice,
  InvoiceInstallment,
  InvoiceLine,
  Order,
  OrderLine,
  PaymentTerm,
  PaymentTermInstallment,
  type StoredInvoiceStatus,
} from '../entity';
import type { AuditService } from './audit.service';
import { escapeLike } from './company.service';
import { NumberSequenceService } from './number-sequence.service';
import type { OrderService } from './order.service';

/** The contract's InvoiceStatus: the stored ones plus OVERDUE (derived, never stored). */
export type InvoiceStatusValue = StoredInvoiceStatus | 'OVERDUE';

export interface InvoiceResult {
  invoice: Invoice | null;
  userErrors: UserError[];
}

export interface InvoiceListArgs {
  first?: number | null;
  after?: string | null;
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

/** Number sequences (names kept from the demo seed): INV-000001…, CN-000001…. */
export const INVOICE_SEQUENCE = { name: 'invoice', prefix: 'INV' };
export const CREDIT_NOTE_SEQUENCE = { name: 'credit_note', prefix: 'CN' };
/** A draft's number until it is issued: DRAFT-<id>. */
export const DRAFT_INVOICE_PREFIX = 'DRAFT-';

const MAX_REASON = 2000;

/**
 * Invoices and credit notes: scoped reading, invoicing an order (draft or issued), issuing and
 * cancelling drafts, credit notes. Every rule comes from @portal/domain (invoiceTerms,
 * earlyPaymentDiscountFor, computeTax, allocate, parseDecimal; the order state machine through
 * OrderService.transition).
 *
 * Money on an invoice: `amountPaid` is everything that settled it so far: payments, early-payment
 * discounts taken and credit notes applied; amountDue = total - amountPaid. Writers add to it with
 * `applySettlement` (inside their transaction, on a row locked with `lockForPayment`), which also
 * moves the invoice to PAID when nothing is left due. A credit note's own amountPaid is the part
 * of it applied to the invoice it credits (all of it unless the invoice was already paid); the
 * rest is credit on the customer's account.
 *
 * Scoping: staff with INVOICES_READ_COMPANY or INVOICING_MANAGE read every company's invoices,
 * drafts included. Customers never see drafts (nor cancelled drafts): only issued documents of
 * their company; INVOICES_READ_COMPANY (admins, viewers) and INVOICES_SUMMARY (approvers: the
 * summary fields; lines, payments and document are refused per field) all of them;
 * INVOICES_READ_OWN (buyers) those of the orders they placed; anyone else none.
 */
export class InvoiceService {
  constructor(
    private readonly audit: AuditService,
    private readonly orders: OrderService,
    private readonly sequences: NumberSequenceService,
  ) {}

  // ------------------------------------------------------------ reading, scoped

  /** An invoice the viewer may read, or null (a foreign id behaves exactly like a missing one). */
  async findVisible(ctx: RequestContext, id: number | null): Promise<Invoice | null> {
    if (id === null) return null;
    const invoice = await ctx.loaders.load(Invoice, id);
    return invoice && (await this.mayRead(ctx, invoice)) ? invoice : null;
  }

  async findVisibleByNumber(ctx: RequestContext, number: string): Promise<Invoice | null> {
    const query = ctx.db
      .getRepository(Invoice)
      .createQueryBuilder('i')
      .where('i.number = :number', { number: number.trim() });
    this.scope(ctx, query);
    const invoice = await query.getOne();
    if (invoice) ctx.loaders.prime(Invoice, invoice);
    return invoice;
  }

  async mayRead(ctx: RequestContext, invoice: Invoice): Promise<boolean> {
    const viewer = ctx.requireViewer();
    if (viewer.isStaff) return viewer.canAny(Permission.INVOICES_READ_COMPANY, Permission.INVOICING_MANAGE);
    if (invoice.companyId !== viewer.companyId || invoice.issuedOn === null || invoice.status === 'DRAFT')
      return false;
    if (viewer.canAny(Permission.INVOICES_READ_COMPANY, Permission.INVOICES_SUMMARY)) return true;
    if (viewer.can(Permission.INVOICES_READ_OWN) && invoice.orderId !== null) {
      const order = await ctx.loaders.load(Order, invoice.orderId);
      return order?.createdById === viewer.userId;
    }
    return false;
  }

  /** The same scope as `mayRead`, as SQL on alias `i`. */
  private scope(ctx: RequestContext, query: SelectQueryBuilder<Invoice>): void {
    const viewer = ctx.requireViewer();
    if (viewer.isStaff) {
      if (!viewer.canAny(Permission.INVOICES_READ_COMPANY, Permission.INVOICING_MANAGE))
        query.andWhere('1 = 0');
      return;
    }
    query
      .andWhere('i.companyId = :scopeCompany', { scopeCompany: viewer.companyId ?? -1 })
      .andWhere('i.issuedOn IS NOT NULL')
      .andWhere('i.status <> :scopeDraft', { scopeDraft: 'DRAFT' });
    if (viewer.canAny(Permission.INVOICES_READ_COMPANY, Permission.INVOICES_SUMMARY)) return;
    if (viewer.can(Permission.INVOICES_READ_OWN)) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM sales_order so WHERE so.id = i.orderId AND so.createdById = :scopeMe)',
        { scopeMe: viewer.userId },
      );
      return;
    }
    query.andWhere('1 = 0');
  }

  /** The `invoices` connection: filtered, newest first, paginated, within the viewer's scope. */
  async list(ctx: RequestContext, args: InvoiceListArgs): Promise<Connection<Invoice>> {
    const page = pageRequest(args.first, args.after);
    const viewer = ctx.requireViewer();
    const query = ctx.db.getRepository(Invoice).createQueryBuilder('i');
    this.scope(ctx, query);
    const f = args.filter ?? {};
    const nothing = () => toConnection<Invoice>([], 0, page);
    if (f.companyId !== undefined && f.companyId !== null) {
      const companyId = idOfType(f.companyId, 'Company');
      if (companyId === null || (!viewer.isStaff && companyId !== viewer.companyId)) return nothing();
      query.andWhere('i.companyId = :fCompany', { fCompany: companyId });
    }
    if (f.orderId !== undefined && f.orderId !== null) {
      const orderId = idOfType(f.orderId, 'Order');
      if (orderId === null) return nothing();
      query.andWhere('i.orderId = :fOrder', { fOrder: orderId });
    }
    if (f.statuses?.length) {
      const today = ctx.clock.today();
      const stored = f.statuses.filter((s) => s !== 'OPEN' && s !== 'OVERDUE');
      query.andWhere(
        new Brackets((qb) => {
          qb.where('1 = 0');
          // OVERDUE is OPEN past its due date: derived here in SQL, never stored.
          if (f.statuses!.includes('OVERDUE')) qb.orWhere("(i.status = 'OPEN' AND i.dueOn < :fToday)");
          if (f.statuses!.includes('OPEN'))
            qb.orWhere("(i.status = 'OPEN' AND (i.dueOn IS NULL OR i.dueOn >= :fToday))");
          if (stored.length) qb.orWhere('i.status IN (:...fStatuses)', { fStatuses: stored });
        }),
        { fToday: today },
      );
    }
    if (f.kind) query.andWhere('i.kind = :fKind', { fKind: f.kind });
    if (f.number?.trim())
      query.andWhere("i.number LIKE :fNumber ESCAPE '!'", { fNumber: `${escapeLike(f.number.trim())}%` });
    if (f.from) query.andWhere('i.issuedOn >= :fFrom', { fFrom: f.from });
    if (f.to) query.andWhere('i.issuedOn <= :fTo', { fTo: f.to });
    query.orderBy('i.issuedOn', 'DESC').addOrderBy('i.id', 'DESC');
    return this.page(ctx, query, page);
  }

  /** One page and the total in one statement (COUNT(*) OVER ()), as OrderService does. */
  private async page(
    ctx: RequestContext,
    query: SelectQueryBuilder<Invoice>,
    page: PageRequest,
  ): Promise<Connection<Invoice>> {
    const counted = query
      .clone()
      .addSelect('COUNT(*) OVER ()', 'total_count')
      .offset(page.offset)
      .limit(page.limit);
    const { entities, raw } = await counted.getRawAndEntities<{ total_count: number | string }>();
    const total =
      raw.length > 0 ? Number(raw[0].total_count) : page.offset === 0 ? 0 : await query.getCount();
    for (const invoice of entities) ctx.loaders.prime(Invoice, invoice);
    return toConnection(entities, total, page);
  }

  /** The invoices and credit notes of an order that the viewer may read (Order.invoices). */
  async ofOrder(ctx: RequestContext, order: Order): Promise<Invoice[]> {
    const all = await ctx.loaders.children(Invoice, 'orderId', order.id);
    const visible = await Promise.all(all.map((i) => this.mayRead(ctx, i)));
    return all.filter((_, k) => visible[k]);
  }

  /** What is still to pay (or, for a credit note, still to use): total - amountPaid, never below 0. */
  amountDue(invoice: Invoice): string {
    const due = Money.of(invoice.total, invoice.currencyCode).subtract(
      Money.of(invoice.amountPaid, invoice.currencyCode),
    );
    return due.isNegative() ? '0' : toDecimalString(due.amount);
  }

  /** The contract's status: OVERDUE when OPEN and past its due date on the clock's today. */
  statusOf(ctx: RequestContext, invoice: Invoice): InvoiceStatusValue {
    if (invoice.status === 'OPEN' && invoice.dueOn !== null && invoice.dueOn < ctx.clock.today())
      return 'OVERDUE';
    return invoice.status;
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

  // ------------------------------------------------------------ for payments (other services)

  /**
   * Reads an invoice for update inside the caller's transaction: a row lock on MySQL/MariaDB
   * (SQLite transactions are serialised). NOT_FOUND (at ["input","invoiceId"]) when missing.
   */
  async lockForPayment(
    ctx: RequestContext,
    em: EntityManager,
    invoiceId: number,
    field: string[] = ['input', 'invoiceId'],
  ): Promise<Invoice> {
    void ctx;
    const query = em.getRepository(Invoice).createQueryBuilder('i').where('i.id = :id', { id: invoiceId });
    if (em.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    const invoice = await query.getOne();
    if (!invoice) failWith(UserErrorCode.NOT_FOUND, 'No such invoice.', field);
    return invoice;
  }

  /**
   * Adds `amount` (a payment, discount taken or credit applied) to a locked invoice's amountPaid;
   * the invoice becomes PAID when nothing is left due. Refuses to settle more than is due.
   */
  async applySettlement(
    ctx: RequestContext,
    em: EntityManager,
    invoice: Invoice,
    amount: Money,
    field: string[] = ['input', 'amount'],
  ): Promise<void> {
    const due = Money.of(this.amountDue(invoice), invoice.currencyCode);
    if (amount.compare(due) > 0)
      failWith(
        UserErrorCode.INVALID,
        `Only ${formatMoney(due, { withCurrency: true })} is due on ${invoice.number}.`,
        field,
      );
    const paid = Money.of(invoice.amountPaid, invoice.currencyCode).add(amount);
    const status: StoredInvoiceStatus =
      paid.compare(Money.of(invoice.total, invoice.currencyCode)) >= 0 ? 'PAID' : invoice.status;
    await em
      .getRepository(Invoice)
      .update({ id: invoice.id }, { amountPaid: toDecimalString(paid.amount), status, updatedAt: ctx.now() });
    Object.assign(invoice, { amountPaid: toDecimalString(paid.amount), status, updatedAt: ctx.now() });
  }

  // ------------------------------------------------------------ invoicing (staff)

  /**
   * Invoices a shipped or delivered order. Issued at once (numbered INV-…, the order becomes
   * INVOICED), or with `draft` a DRAFT without a number that `issue` numbers later and `cancel`
   * drops; a draft leaves the order as it is, so cancelling it needs no way back.
   */
  async invoiceOrder(
    ctx: RequestContext,
    input: { orderId: string; issuedOn?: string | null; draft?: boolean | null },
  ): Promise<InvoiceResult> {
    const order = await this.orders.findVisible(ctx, idOfType(input.orderId, 'Order'));
    if (!order) return fail(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
    const issuedOn = this.checkIssueDate(ctx, input.issuedOn, ['input', 'issuedOn']);
    if (typeof issuedOn !== 'string') return { invoice: null, userErrors: [issuedOn] };
    return this.run(ctx, async (em) => {
      const locked = await this.orders.lock(em, order.id);
      const pending = await em
        .getRepository(Invoice)
        .findOne({ where: { orderId: locked.id, kind: 'INVOICE', status: 'DRAFT' } });
      if (pending)
        failWith(
          UserErrorCode.INVALID_STATE,
          `Order ${locked.number} already has a draft invoice; issue or cancel it.`,
          ['input', 'orderId'],
        );
      if (input.draft) {
        // Whether the order may be invoiced at all (state, permission): the domain's state machine.
        this.orders.check(ctx, locked, StaffOrderAction.INVOICE);
        const invoice = await this.createFromOrder(ctx, em, locked);
        await this.audit.record(ctx, em, {
          entityType: 'Invoice',
          entityId: invoice.id,
          companyId: invoice.companyId,
          action: 'DRAFTED',
          changes: { order: locked.number, total: invoice.total },
        });
        return invoice;
      }
      const invoice = await this.createFromOrder(ctx, em, locked);
      await this.issueInTx(ctx, em, invoice, locked, issuedOn);
      return invoice;
    });
  }

  /** Issues a draft invoice: numbers it, copies the terms, and moves the order to INVOICED. */
  async issue(
    ctx: RequestContext,
    input: { invoiceId: string; issuedOn?: string | null },
  ): Promise<InvoiceResult> {
    const found = await this.findVisible(ctx, idOfType(input.invoiceId, 'Invoice'));
    if (!found) return fail(UserErrorCode.NOT_FOUND, 'No such invoice.', ['input', 'invoiceId']);
    const issuedOn = this.checkIssueDate(ctx, input.issuedOn, ['input', 'issuedOn']);
    if (typeof issuedOn !== 'string') return { invoice: null, userErrors: [issuedOn] };
    return this.run(ctx, async (em) => {
      const invoice = await this.lockForPayment(ctx, em, found.id);
      if (invoice.status !== 'DRAFT')
        failWith(UserErrorCode.INVALID_STATE, `${invoice.number} is not a draft.`, ['input', 'invoiceId']);
      if (invoice.orderId === null) throw new Error(`Draft invoice ${invoice.id} without an order`);
      const order = await this.orders.lock(em, invoice.orderId);
      await this.issueInTx(ctx, em, invoice, order, issuedOn);
      return invoice;
    });
  }

  /** Cancels a draft invoice (issued invoices are corrected with credit notes). */
  async cancel(
    ctx: RequestContext,
    input: { invoiceId: string; reason?: string | null },
  ): Promise<InvoiceResult> {
    const found = await this.findVisible(ctx, idOfType(input.invoiceId, 'Invoice'));
    if (!found) return fail(UserErrorCode.NOT_FOUND, 'No such invoice.', ['input', 'invoiceId']);
    const reason = input.reason?.trim() || null;
    if (reason && reason.length > MAX_REASON)
      return fail(UserErrorCode.INVALID, `A reason has at most ${MAX_REASON} characters.`, [
        'input',
        'reason',
      ]);
    return this.run(ctx, async (em) => {
      const invoice = await this.lockForPayment(ctx, em, found.id);
      if (invoice.status !== 'DRAFT') {
        failWith(
          UserErrorCode.INVALID_STATE,
          `Only a draft can be cancelled; ${invoice.number} is ${invoice.status.toLowerCase()}: issue a credit note instead.`,
          ['input', 'invoiceId'],
        );
      }
      await em
        .getRepository(Invoice)
        .update({ id: invoice.id }, { status: 'CANCELLED', reason, updatedAt: ctx.now() });
      Object.assign(invoice, { status: 'CANCELLED', reason });
      await this.audit.record(ctx, em, {
        entityType: 'Invoice',
        entityId: invoice.id,
        companyId: invoice.companyId,
        action: 'CANCELLED',
        changes: { number: invoice.number, reason },
      });
      return invoice;
    });
  }

  /**
   * A credit note against an issued invoice, partial or full: at most what is left creditable
   * (the total less earlier credit notes). Its lines credit the invoice lines in proportion, tax
   * included; it is applied to the invoice's amount due at once (any excess stays on account).
   */
  async issueCreditNote(
    ctx: RequestContext,
    input: { invoiceId: string; amount: string; reason: string; issuedOn?: string | null },
  ): Promise<InvoiceResult> {
    const found = await this.findVisible(ctx, idOfType(input.invoiceId, 'Invoice'));
    if (!found) return fail(UserErrorCode.NOT_FOUND, 'No such invoice.', ['input', 'invoiceId']);
    const errors: UserError[] = [];
    const parsed = parseDecimal(input.amount, { maxScale: currencyExponent(found.currencyCode) });
    if (!parsed.ok) errors.push(userError(UserErrorCode.INVALID, parsed.message, ['input', 'amount']));
    else if (parsed.value.isZero())
      errors.push(
        userError(UserErrorCode.INVALID, 'A credit note needs an amount above zero.', ['input', 'amount']),
      );
    const reason = input.reason.trim();
    if (reason.length === 0)
      errors.push(
        userError(UserErrorCode.INVALID, 'Give the reason for the credit note.', ['input', 'reason']),
      );
    else if (reason.length > MAX_REASON)
      errors.push(
        userError(UserErrorCode.INVALID, `A reason has at most ${MAX_REASON} characters.`, [
          'input',
          'reason',
        ]),
      );
    const issuedOn = this.checkIssueDate(ctx, input.issuedOn, ['input', 'issuedOn']);
    if (typeof issuedOn !== 'string') errors.push(issuedOn);
    if (errors.length || !parsed.ok || typeof issuedOn !== 'string')
      return { invoice: null, userErrors: errors };
    return this.run(ctx, async (em) => {
      const invoice = await this.lockForPayment(ctx, em, found.id);
      if (invoice.kind !== 'INVOICE')
        failWith(
          UserErrorCode.INVALID,
          'Credit notes are issued against invoices, not against credit notes.',
          ['input', 'invoiceId'],
        );
      if (invoice.status !== 'OPEN' && invoice.status !== 'PAID') {
        failWith(
          UserErrorCode.INVALID_STATE,
          `Only an issued invoice can be credited; ${invoice.number} is ${invoice.status.toLowerCase()}.`,
          ['input', 'invoiceId'],
        );
      }
      if (invoice.issuedOn !== null && issuedOn < invoice.issuedOn)
        failWith(UserErrorCode.INVALID, `A credit note cannot predate the invoice (${invoice.issuedOn}).`, [
          'input',
          'issuedOn',
        ]);
      const currency = invoice.currencyCode;
      const amount = Money.of(parsed.value, currency);
      const earlier = await em.getRepository(Invoice).find({
        where: { creditedInvoiceId: invoice.id, kind: 'CREDIT_NOTE', status: In(['OPEN', 'PAID']) },
      });
      const credited = earlier.reduce(
        (sum, cn) => sum.add(Money.of(cn.total, currency)),
        Money.zero(currency),
      );
      const creditable = Money.of(invoice.total, currency).subtract(credited);
      if (amount.compare(creditable) > 0) {
        failWith(
          UserErrorCode.INVALID,
          `At most ${formatMoney(creditable, { withCurrency: true })} is left to credit on ${invoice.number} (total ${formatMoney(Money.of(invoice.total, currency), { withCurrency: true })}, credited so far ${formatMoney(credited, { withCurrency: true })}).`,
          ['input', 'amount'],
        );
      }
      const invoiceLines = await em
        .getRepository(InvoiceLine)
        .find({ where: { invoiceId: invoice.id }, order: { position: 'ASC', id: 'ASC' } });
      const rows = this.creditLines(invoice, invoiceLines, amount, reason);
      const subtotal = rows.reduce((s, r) => s.add(Money.of(r.lineTotal!, currency)), Money.zero(currency));
      const taxTotal = rows.reduce((s, r) => s.add(Money.of(r.taxAmount!, currency)), Money.zero(currency));
      const number = NumberSequenceService.format(
        CREDIT_NOTE_SEQUENCE.prefix,
        await this.sequences.next(em, CREDIT_NOTE_SEQUENCE.name),
      );
      const applied = (() => {
        const due = Money.of(this.amountDue(invoice), currency);
        return amount.compare(due) > 0 ? due : amount;
      })();
      const now = ctx.now();
      const note = await em.getRepository(Invoice).save(
        em.getRepository(Invoice).create({
          number,
          kind: 'CREDIT_NOTE',
          status: applied.equals(amount) ? 'PAID' : 'OPEN',
          companyId: invoice.companyId,
          orderId: invoice.orderId,
          creditedInvoiceId: invoice.id,
          reason,
          issuedOn,
          dueOn: null,
          currencyCode: currency,
          subtotal: toDecimalString(subtotal.amount),
          taxTotal: toDecimalString(taxTotal.amount),
          total: toDecimalString(amount.amount),
          amountPaid: toDecimalString(applied.amount),
          paymentTermId: null,
          earlyPaymentDiscountPercent: null,
          earlyPaymentDiscountDeadline: null,
          taxExemptionText: invoice.taxExemptionText,
          createdById: ctx.viewer?.userId ?? null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await em.getRepository(InvoiceLine).insert(rows.map((r) => ({ ...r, invoiceId: note.id })));
      if (!applied.isZero()) await this.applySettlement(ctx, em, invoice, applied);
      await this.audit.record(ctx, em, {
        entityType: 'Invoice',
        entityId: note.id,
        companyId: note.companyId,
        action: 'CREDIT_NOTE_ISSUED',
        changes: {
          number,
          invoice: invoice.number,
          amount: note.total,
          applied: toDecimalString(applied.amount),
          reason,
        },
      });
      return note;
    });
  }

  /**
   * Lines of a credit note of `amount` (tax included): the amount is allocated over the invoice
   * lines in proportion to their gross amounts, and each line's share split into net and tax in
   * proportion to the line's own net and tax (the domain's allocate: parts add up exactly).
   */
  private creditLines(
    invoice: Invoice,
    lines: InvoiceLine[],
    amount: Money,
    reason: string,
  ): Partial<InvoiceLine>[] {
    const currency = invoice.currencyCode;
    const gross = lines.map((l) => Money.of(l.lineTotal, currency).add(Money.of(l.taxAmount, currency)));
    if (lines.length === 0 || gross.every((g) => g.isZero())) {
      return [
        {
          position: 1,
          orderLineId: null,
          productId: null,
          description: `Credit on ${invoice.number}: ${reason}`.slice(0, 512),
          quantity: '1',
          unitId: null,
          unitPrice: toDecimalString(amount.amount),
          lineTotal: toDecimalString(amount.amount),
          taxRate: '0',
          taxAmount: '0',
        },
      ];
    }
    const shares = allocate(
      amount,
      gross.map((g) => g.amount),
    );
    const rows: Partial<InvoiceLine>[] = [];
    lines.forEach((line, i) => {
      const share = shares[i];
      if (share.isZero()) return;
      const net = Money.of(line.lineTotal, currency);
      const tax = Money.of(line.taxAmount, currency);
      const [netPart, taxPart] = tax.isZero()
        ? [share, Money.zero(currency)]
        : allocate(share, [net.amount, tax.amount]);
      const whole = share.equals(gross[i]);
      rows.push({
        position: rows.length + 1,
        orderLineId: line.orderLineId,
        productId: line.productId,
        description: `Credit: ${line.description}`.slice(0, 512),
        quantity: whole ? line.quantity : '1',
        unitId: whole ? line.unitId : null,
        unitPrice: whole ? line.unitPrice : toDecimalString(netPart.amount),
        lineTotal: toDecimalString(netPart.amount),
        taxRate: line.taxRate,
        taxAmount: toDecimalString(taxPart.amount),
      });
    });
    return rows;
  }

  /** Writes the invoice (status DRAFT, numbered DRAFT-<id>) with the order's lines and tax. */
  private async createFromOrder(ctx: RequestContext, em: EntityManager, order: Order): Promise<Invoice> {
    const company = await em.getRepository(Company).findOneByOrFail({ id: order.companyId });
    const lines = await em
      .getRepository(OrderLine)
      .find({ where: { orderId: order.id }, order: { position: 'ASC', id: 'ASC' } });
    const currency = order.currencyCode;
    // Tax from the domain, at the rates the order's lines were taxed at when placed (so the invoice
    // reconciles with the order to the cent), and the company's exemption.
    const rates = [...new Set(lines.map((l) => l.taxRate))].map((rate) => ({
      taxClass: `rate:${rate}`,
      percent: rate,
    }));
    const tax = computeTax({
      currencyCode: currency,
      rates,
      exemption: company.taxExempt
        ? { resaleCertificateNumber: company.taxExemptionCertificate ?? '' }
        : null,
      lines: lines.map((l, i) => ({
        ref: String(i),
        taxClass: `rate:${l.taxRate}`,
        amount: Money.of(l.lineTotal, currency),
      })),
    });
    const now = ctx.now();
    const invoice = await em.getRepository(Invoice).save(
      em.getRepository(Invoice).create({
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
        createdById: ctx.viewer?.userId ?? null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    invoice.number = `${DRAFT_INVOICE_PREFIX}${invoice.id}`;
    await em.getRepository(Invoice).update({ id: invoice.id }, { number: invoice.number });
    const rows = lines.map((l, i) => ({
      invoiceId: invoice.id,
      position: i + 1,
      orderLineId: l.id,
      productId: l.productId,
      description: `${l.sku} ${l.description}`.slice(0, 512),
      quantity: l.quantity,
      unitId: l.unitId,
      unitPrice: l.unitPrice,
      lineTotal: l.lineTotal,
      taxRate: toDecimalString(tax.lines[i].ratePercent),
      taxAmount: toDecimalString(tax.lines[i].tax.amount),
    }));
    for (let i = 0; i < rows.length; i += 100)
      await em.getRepository(InvoiceLine).insert(rows.slice(i, i + 100));
    return invoice;
  }

  /**
   * Issues an invoice inside the caller's transaction. The number is taken first: if anything
   * after it fails (the order's state refused by the domain, a concurrent change), the rollback
   * gives the number back and the sequence stays gap-free.
   */
  private async issueInTx(
    ctx: RequestContext,
    em: EntityManager,
    invoice: Invoice,
    order: Order,
    issuedOn: string,
  ): Promise<void> {
    const number = NumberSequenceService.format(
      INVOICE_SEQUENCE.prefix,
      await this.sequences.next(em, INVOICE_SEQUENCE.name),
    );
    await this.orders.transition(ctx, em, order, StaffOrderAction.INVOICE, {
      message: `Invoiced: ${number}`,
    });
    const company = await em.getRepository(Company).findOneByOrFail({ id: invoice.companyId });
    const termRow =
      company.paymentTermId === null
        ? null
        : await em.getRepository(PaymentTerm).findOneBy({ id: company.paymentTermId });
    const termInstallments = termRow
      ? await em
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
      updatedAt: ctx.now(),
    };
    await em.getRepository(Invoice).update({ id: invoice.id }, set);
    Object.assign(invoice, set);
    if (terms.installments.length) {
      await em.getRepository(InvoiceInstallment).insert(
        terms.installments.map((i) => ({
          invoiceId: invoice.id,
          dueOn: i.dueOn,
          amount: toDecimalString(i.amount.amount),
        })),
      );
    }
    await this.audit.record(ctx, em, {
      entityType: 'Invoice',
      entityId: invoice.id,
      companyId: invoice.companyId,
      action: 'ISSUED',
      changes: {
        number,
        order: order.number,
        issuedOn,
        dueOn: terms.dueOn,
        total: invoice.total,
        term: termRow?.name ?? null,
      },
    });
  }

  /** A date to issue on: today by default; a real date, not in the future. */
  private checkIssueDate(
    ctx: RequestContext,
    value: string | null | undefined,
    field: string[],
  ): string | UserError {
    const date = value ?? ctx.clock.today();
    if (!isCalendarDate(date)) return userError(UserErrorCode.INVALID, 'Not a calendar date.', field);
    if (date > ctx.clock.today())
      return userError(
        UserErrorCode.INVALID,
        'An invoice or credit note cannot be dated in the future.',
        field,
      );
    return date;
  }

  /** Runs a mutation in one transaction; user errors roll it back and become the payload. */
  private async run(
    ctx: RequestContext,
    work: (em: EntityManager) => Promise<Invoice>,
  ): Promise<InvoiceResult> {
    try {
      const invoice = await ctx.transaction(work);
      this.forget(ctx);
      return { invoice: (await ctx.loaders.load(Invoice, invoice.id)) ?? invoice, userErrors: [] };
    } catch (e) {
      if (e instanceof UserErrorsException) return { invoice: null, userErrors: e.userErrors };
      throw e;
    }
  }

  /** Drops what this request loaded of invoices and orders (after a write). */
  forget(ctx: RequestContext): void {
    ctx.loaders.clear(Invoice);
    ctx.loaders.clear(Order);
    ctx.loaders.clear(InvoiceLine);
    ctx.loaders.clear(InvoiceInstallment);
  }
}

function fail(code: UserErrorCode, message: string, field: string[]): InvoiceResult {
  return { invoice: null, userErrors: [userError(code, message, field)] };
}
