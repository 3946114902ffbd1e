import { In, type EntityManager } from 'typeorm';
import {
  Money,
  Permission,
  currencyExponent,
  formatMoney,
  parseDecimal,
  sumMoney,
  isCalendarDate,
  toDecimalString,
  type EarlyPaymentDiscount,
} from '@portal/domain';
import { idOfType } from '../common/node-id';
import {
  UserErrorCode,
  UserErrorsException,
  failWith,
  userError,
  type UserError,
} from '../common/user-error';
import type { RequestContext } from '../context';
import { Company, IdempotencyKey, Invoice, Payment, PaymentAllocation, type PaymentMethod } from '../entity';
import type { AuditService } from './audit.service';
import type { InvoiceService } from './invoice.service';
import { isUniqueViolation } from './number-sequence.service';
import type { ChargeResult, PaymentProviderRegistry } from './payments/payment-provider';

export interface PaymentsResult {
  payments: Payment[];
  invoices: Invoice[];
  userErrors: UserError[];
}

export interface PayInvoicesArgs {
  invoiceIds: string[];
  method: PaymentMethod;
  paymentToken?: string | null;
  takeEarlyPaymentDiscount?: boolean | null;
  idempotencyKey: string;
}

export interface RecordPaymentArgs {
  invoiceId: string;
  amount: string;
  method: PaymentMethod;
  paidOn: string;
  reference?: string | null;
}

/** The idempotency scope of payInvoices (IdempotencyKey.scope). */
export const PAY_SCOPE = 'payInvoices';
const MAX_INVOICES = 100;

/** What one invoice gets of a payment: money and early-payment discount. */
interface Share {
  invoice: Invoice;
  amount: Money;
  discount: Money;
}

/**
 * Online payment of invoices (payInvoices) and payments received outside the portal
 * (recordPayment). Money moves through a PaymentProvider (service/payments); the bookkeeping
 * (Payment, PaymentAllocation, Invoice.amountPaid/status, AuditLog, the idempotency key) is one
 * transaction. Invoices are locked in id order and re-read under the lock, so concurrent payments
 * of the same invoice serialise and the second sees what the first paid.
 *
 * Decisions (docs/payments.md):
 * - The provider is called inside that transaction, after the idempotency key row is inserted: a
 *   concurrent duplicate waits on the key's unique index and then answers the first result; a
 *   retry after a crash between charge and commit reaches the provider with the same key, which
 *   the provider honours (the test provider does, Stripe does).
 * - A declined charge is recorded: a FAILED Payment without allocations, an audit row and the
 *   key, so a retry with the same key answers the same decline without charging; the invoices are
 *   untouched. A new attempt takes a new key.
 * - ACH/WIRE answer PENDING: the Payment and its allocations (with the discount it intends) are
 *   written, the invoices untouched until staff record the money with recordPayment, which
 *   settles the matching PENDING payment; the discount is kept only if the money arrived on or
 *   before its deadline.
 */
export class PaymentService {
  constructor(
    private readonly audit: AuditService,
    private readonly invoices: InvoiceService,
    private readonly providers: PaymentProviderRegistry,
  ) {}

  // ------------------------------------------------------------ reading, scoped

  /**
   * A payment the viewer may read, or null: staff with INVOICES_READ_COMPANY any; in a customer
   * company, INVOICES_READ_COMPANY all of the company's, INVOICES_READ_OWN those they made or that
   * paid an invoice they may see.
   */
  async findVisible(ctx: RequestContext, id: number | null): Promise<Payment | null> {
    if (id === null) return null;
    const viewer = ctx.requireViewer();
    const payment = await ctx.loaders.load(Payment, id);
    if (!payment) return null;
    if (viewer.isStaff) return viewer.can(Permission.INVOICES_READ_COMPANY) ? payment : null;
    if (payment.companyId !== viewer.companyId) return null;
    if (viewer.can(Permission.INVOICES_READ_COMPANY)) return payment;
    if (!viewer.can(Permission.INVOICES_READ_OWN)) return null;
    if (payment.createdById === viewer.userId) return payment;
    const allocations = await ctx.loaders.children(PaymentAllocation, 'paymentId', payment.id);
    for (const a of allocations) if (await this.invoices.findVisible(ctx, a.invoiceId)) return payment;
    return null;
  }

  /** The payments applied (or, PENDING, to be applied) to an invoice the viewer may see; batched. */
  async ofInvoice(ctx: RequestContext, invoice: Invoice): Promise<Payment[]> {
    const allocations = await ctx.loaders.children(PaymentAllocation, 'invoiceId', invoice.id);
    const payments = await ctx.loaders.loadMany(Payment, [...new Set(allocations.map((a) => a.paymentId))]);
    return payments.filter((p): p is Payment => p !== null);
  }

  // ------------------------------------------------------------ payInvoices

  /** Pays invoices of the viewer's company online; idempotent per (viewer, key). */
  async pay(ctx: RequestContext, input: PayInvoicesArgs): Promise<PaymentsResult> {
    const viewer = ctx.requireViewer();
    if (viewer.isStaff || viewer.companyId === null) {
      return fail(
        UserErrorCode.FORBIDDEN,
        'Customers pay their invoices; staff record payments with recordPayment.',
        ['input'],
      );
    }
    const key = input.idempotencyKey.trim();
    if (key.length === 0 || key.length > 128)
      return fail(UserErrorCode.INVALID, 'The idempotency key must be 1 to 128 characters.', [
        'input',
        'idempotencyKey',
      ]);

    const ids = input.invoiceIds.map((id) => idOfType(id, 'Invoice'));
    if (ids.length === 0)
      return fail(UserErrorCode.INVALID, 'Choose at least one invoice to pay.', ['input', 'invoiceIds']);
    if (ids.length > MAX_INVOICES)
      return fail(UserErrorCode.INVALID, `Pay at most ${MAX_INVOICES} invoices at once.`, [
        'input',
        'invoiceIds',
      ]);

    const replay = await this.replay(ctx, key, ids, false);
    if (replay) return replay;

    const provider = this.providers.providerFor(input.method);
    if (!provider) {
      return fail(
        UserErrorCode.INVALID,
        `${input.method} payments are not taken online; send them to us and we record them when they arrive.`,
        ['input', 'method'],
      );
    }
    const token = input.paymentToken?.trim() || null;
    if (provider.requiresToken && token === null)
      return fail(UserErrorCode.INVALID, 'A card payment needs the payment token made by the card form.', [
        'input',
        'paymentToken',
      ]);
    if (token !== null && token.length > 255)
      return fail(UserErrorCode.INVALID, 'The payment token is too long.', ['input', 'paymentToken']);

    // Before anything is written: every invoice visible and payable (checked again under the lock).
    const errors: UserError[] = [];
    const seen = new Set<number>();
    for (const [i, id] of ids.entries()) {
      const field = ['input', 'invoiceIds', String(i)];
      const invoice = id === null ? null : await this.invoices.findVisible(ctx, id);
      if (!invoice || invoice.companyId !== viewer.companyId) {
        errors.push(userError(UserErrorCode.NOT_FOUND, 'No such invoice.', field));
      } else if (seen.has(invoice.id)) {
        errors.push(userError(UserErrorCode.INVALID, `${invoice.number} is listed twice.`, field));
      } else {
        seen.add(invoice.id);
        const problem = this.whyNotPayable(invoice);
        if (problem) errors.push(userError(UserErrorCode.INVALID_STATE, problem, field));
      }
    }
    if (errors.length) return { payments: [], invoices: [], userErrors: errors };

    const invoiceIds = [...seen].sort((a, b) => a - b);
    const takeDiscount = input.takeEarlyPaymentDiscount ?? true;
    let outcome: { payment: Payment; charge: ChargeResult };
    try {
      outcome = await ctx.transaction(async (em) => {
        // Claim the key first: a concurrent duplicate blocks here and then answers our result.
        await em.getRepository(IdempotencyKey).insert({
          userId: viewer.userId,
          scope: PAY_SCOPE,
          key,
          resultType: 'Payment',
          resultId: null,
          createdAt: ctx.now(),
        });
        const shares: Share[] = [];
        for (const id of invoiceIds) {
          const invoice = await this.invoices.lockForPayment(ctx, em, id);
          const field = ['input', 'invoiceIds', String(ids.indexOf(id))];
          const problem =
            invoice.companyId === viewer.companyId ? this.whyNotPayable(invoice) : 'No such invoice.';
          if (problem)
            failWith(
              invoice.companyId === viewer.companyId ? UserErrorCode.INVALID_STATE : UserErrorCode.NOT_FOUND,
              problem,
              field,
            );
          shares.push(
            this.shareOf(
              invoice,
              takeDiscount ? this.invoices.earlyPaymentDiscount(ctx, invoice, ctx.clock.today()) : null,
            ),
          );
        }
        const currency = shares[0].invoice.currencyCode;
        const amount = sumMoney(
          shares.map((s) => s.amount),
          currency,
        );
        const discount = sumMoney(
          shares.map((s) => s.discount),
          currency,
        );
        const numbers = shares.map((s) => s.invoice.number);
        const company = await em.getRepository(Company).findOneByOrFail({ id: viewer.companyId! });
        const charge = await provider.charge({
          amount: toDecimalString(amount.amount, currencyExponent(currency)),
          currencyCode: currency,
          token,
          idempotencyKey: `${viewer.userId}:${key}`,
          description: `${company.name}: ${numbers.join(', ')}`,
          invoiceNumbers: numbers,
        });
        const payment = await em.getRepository(Payment).save(
          em.getRepository(Payment).create({
            companyId: viewer.companyId!,
            amount: toDecimalString(amount.amount),
            currencyCode: currency,
            method: input.method,
            status: charge.status,
            reference: charge.reference ?? charge.providerReference ?? null,
            provider: provider.name,
            providerReference: charge.providerReference,
            idempotencyKey: key,
            paidAt: charge.status === 'SUCCEEDED' ? ctx.now() : null,
            discountTaken:
              charge.status === 'FAILED' || discount.isZero() ? null : toDecimalString(discount.amount),
            remittanceInstructions: charge.remittanceInstructions ?? null,
            createdById: viewer.userId,
            createdAt: ctx.now(),
          }),
        );
        if (charge.status !== 'FAILED') {
          await em.getRepository(PaymentAllocation).insert(
            shares.map((s) => ({
              paymentId: payment.id,
              invoiceId: s.invoice.id,
              amount: toDecimalString(s.amount.amount),
              discountTaken: toDecimalString(s.discount.amount),
            })),
          );
        }
        if (charge.status === 'SUCCEEDED') {
          for (const s of shares) await this.apply(ctx, em, s, payment);
        }
        await this.audit.record(ctx, em, {
          entityType: 'Payment',
          entityId: payment.id,
          companyId: payment.companyId,
          action: `PAYMENT_${charge.status}`,
          changes: {
            method: input.method,
            amount: payment.amount,
            discountTaken: payment.discountTaken,
            invoices: numbers,
            ...(charge.failureMessage ? { failure: charge.failureMessage } : {}),
          },
        });
        await em
          .getRepository(IdempotencyKey)
          .update({ userId: viewer.userId, scope: PAY_SCOPE, key }, { resultId: String(payment.id) });
        return { payment, charge };
      });
    } catch (e) {
      if (e instanceof UserErrorsException) return { payments: [], invoices: [], userErrors: e.userErrors };
      if (!isUniqueViolation(e)) throw e;
      // A concurrent request with the same key committed first: answer with its result.
      return (
        (await this.replay(ctx, key, ids, true)) ??
        fail(UserErrorCode.INVALID_STATE, 'Try again.', ['input', 'idempotencyKey'])
      );
    }
    const result = await this.resultOf(ctx, outcome.payment.id, invoiceIds);
    if (outcome.charge.status === 'FAILED') {
      result.userErrors = [
        userError(UserErrorCode.PAYMENT_FAILED, outcome.charge.failureMessage ?? 'The payment failed.', [
          'input',
          'paymentToken',
        ]),
      ];
    }
    return result;
  }

  /** The first result of an idempotency key, or null when it was not used (or is still being used, unless `settled`). */
  private async replay(
    ctx: RequestContext,
    key: string,
    ids: (number | null)[],
    settled: boolean,
  ): Promise<PaymentsResult | null> {
    const viewer = ctx.requireViewer();
    const used = await ctx.db
      .getRepository(IdempotencyKey)
      .findOneBy({ userId: viewer.userId, scope: PAY_SCOPE, key });
    if (!used) return null;
    if (used.resultId === null) {
      // A concurrent request still runs: the transactional path waits for it on the key's index.
      if (!settled) return null;
      return fail(UserErrorCode.INVALID_STATE, 'A payment with this idempotency key is still in progress.', [
        'input',
        'idempotencyKey',
      ]);
    }
    const paymentId = Number(used.resultId);
    const payment = await ctx.db.getRepository(Payment).findOneByOrFail({ id: paymentId });
    const allocations = await ctx.db
      .getRepository(PaymentAllocation)
      .find({ where: { paymentId }, order: { invoiceId: 'ASC' } });
    const invoiceIds = allocations.map((a) => a.invoiceId);
    const asked = [...new Set(ids)].sort((a, b) => (a ?? 0) - (b ?? 0));
    if (
      allocations.length > 0 &&
      (asked.length !== invoiceIds.length || asked.some((id, i) => id !== invoiceIds[i]))
    ) {
      return fail(
        UserErrorCode.ALREADY_EXISTS,
        'This idempotency key was already used to pay other invoices.',
        ['input', 'idempotencyKey'],
      );
    }
    const result = await this.resultOf(
      ctx,
      paymentId,
      allocations.length ? invoiceIds : (asked.filter((id) => id !== null) as number[]),
    );
    if (payment.status === 'FAILED') {
      result.userErrors = [
        userError(
          UserErrorCode.PAYMENT_FAILED,
          'This payment failed; try again with a new idempotency key.',
          ['input', 'paymentToken'],
        ),
      ];
    }
    return result;
  }

  // ------------------------------------------------------------ recordPayment (staff)

  /**
   * Money received outside the portal (wire, check, ACH). Settles the customer's PENDING ACH/WIRE
   * payment of the same method and amount on the invoice when there is one; otherwise records a
   * new payment. Partial payments are fine; more than is due is refused with the figures.
   */
  async record(ctx: RequestContext, input: RecordPaymentArgs): Promise<PaymentsResult> {
    const invoiceId = idOfType(input.invoiceId, 'Invoice');
    const found = invoiceId === null ? null : await this.invoices.findVisible(ctx, invoiceId);
    if (!found) return fail(UserErrorCode.NOT_FOUND, 'No such invoice.', ['input', 'invoiceId']);

    const errors: UserError[] = [];
    const parsed = parseDecimal(input.amount, {
      maxScale: currencyExponent(found.currencyCode),
      allowNegative: true,
    });
    let amount: Money | null = null;
    if (!parsed.ok)
      errors.push(userError(UserErrorCode.INVALID, `Amount: ${parsed.message}`, ['input', 'amount']));
    else if (parsed.value.lte(0))
      errors.push(
        userError(UserErrorCode.INVALID, 'The amount must be more than zero.', ['input', 'amount']),
      );
    else amount = Money.of(parsed.value, found.currencyCode);
    if (!isCalendarDate(input.paidOn))
      errors.push(userError(UserErrorCode.INVALID, 'paidOn is not a date.', ['input', 'paidOn']));
    else if (input.paidOn > ctx.clock.today())
      errors.push(
        userError(UserErrorCode.INVALID, 'A payment cannot be received in the future.', ['input', 'paidOn']),
      );
    const reference = input.reference?.trim() || null;
    if (reference !== null && reference.length > 128)
      errors.push(
        userError(UserErrorCode.INVALID, 'A reference has at most 128 characters.', ['input', 'reference']),
      );
    const problem = this.whyNotPayable(found);
    if (problem) errors.push(userError(UserErrorCode.INVALID_STATE, problem, ['input', 'invoiceId']));
    if (errors.length || amount === null) return { payments: [], invoices: [], userErrors: errors };
    const received = amount;

    try {
      const { payment, invoiceIds } = await ctx.transaction(async (em) => {
        const pending = await this.pendingMatch(em, found, input.method, received);
        if (pending) return this.settleInTx(ctx, em, pending, input.paidOn, reference);
        const invoice = await this.invoices.lockForPayment(ctx, em, found.id);
        const stillProblem = this.whyNotPayable(invoice);
        if (stillProblem) failWith(UserErrorCode.INVALID_STATE, stillProblem, ['input', 'invoiceId']);
        const due = this.dueOf(invoice);
        if (received.compare(due) > 0)
          failWith(UserErrorCode.INVALID, overpaymentMessage(invoice, received, due), ['input', 'amount']);
        const payment = await em.getRepository(Payment).save(
          em.getRepository(Payment).create({
            companyId: invoice.companyId,
            amount: toDecimalString(received.amount),
            currencyCode: invoice.currencyCode,
            method: input.method,
            status: 'SUCCEEDED',
            reference,
            provider: null,
            providerReference: null,
            idempotencyKey: null,
            paidAt: dayStart(input.paidOn),
            discountTaken: null,
            remittanceInstructions: null,
            createdById: ctx.requireViewer().userId,
            createdAt: ctx.now(),
          }),
        );
        const share: Share = { invoice, amount: received, discount: Money.zero(invoice.currencyCode) };
        await em.getRepository(PaymentAllocation).insert({
          paymentId: payment.id,
          invoiceId: invoice.id,
          amount: payment.amount,
          discountTaken: '0',
        });
        await this.apply(ctx, em, share, payment);
        await this.audit.record(ctx, em, {
          entityType: 'Payment',
          entityId: payment.id,
          companyId: payment.companyId,
          action: 'PAYMENT_RECORDED',
          changes: {
            method: input.method,
            amount: payment.amount,
            paidOn: input.paidOn,
            reference,
            invoices: [invoice.number],
          },
        });
        return { payment, invoiceIds: [invoice.id] };
      });
      return this.resultOf(ctx, payment.id, invoiceIds);
    } catch (e) {
      if (e instanceof UserErrorsException) return { payments: [], invoices: [], userErrors: e.userErrors };
      throw e;
    }
  }

  /** The customer's PENDING bank transfer of this method and amount that includes the invoice, locked; or null. */
  private async pendingMatch(
    em: EntityManager,
    invoice: Invoice,
    method: PaymentMethod,
    received: Money,
  ): Promise<Payment | null> {
    if (method !== 'ACH' && method !== 'WIRE') return null;
    const allocations = await em
      .getRepository(PaymentAllocation)
      .find({ where: { invoiceId: invoice.id }, order: { paymentId: 'ASC' } });
    if (allocations.length === 0) return null;
    const query = em
      .getRepository(Payment)
      .createQueryBuilder('p')
      .where('p.id IN (:...ids)', { ids: allocations.map((a) => a.paymentId) })
      .andWhere('p.status = :status AND p.method = :method', { status: 'PENDING', method })
      .orderBy('p.id', 'ASC');
    if (em.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    const candidates = await query.getMany();
    return candidates.find((p) => Money.of(p.amount, p.currencyCode).equals(received)) ?? null;
  }

  /** Settles a PENDING bank transfer: its allocations are applied to the invoices (locked in id order). */
  private async settleInTx(
    ctx: RequestContext,
    em: EntityManager,
    payment: Payment,
    paidOn: string,
    reference: string | null,
  ): Promise<{ payment: Payment; invoiceIds: number[] }> {
    const allocations = await em
      .getRepository(PaymentAllocation)
      .find({ where: { paymentId: payment.id }, order: { invoiceId: 'ASC' } });
    let discountTotal = Money.zero(payment.currencyCode);
    for (const allocation of allocations) {
      const invoice = await this.invoices.lockForPayment(ctx, em, allocation.invoiceId);
      const problem = this.whyNotPayable(invoice);
      if (problem)
        failWith(
          UserErrorCode.INVALID_STATE,
          `The pending ${payment.method} payment cannot be settled: ${problem}`,
          ['input', 'invoiceId'],
        );
      const intended = Money.of(allocation.discountTaken, payment.currencyCode);
      // The discount stays only if the money arrived on or before its deadline.
      const discount =
        !intended.isZero() && this.invoices.earlyPaymentDiscount(ctx, invoice, paidOn)
          ? intended
          : Money.zero(payment.currencyCode);
      const share: Share = { invoice, amount: Money.of(allocation.amount, payment.currencyCode), discount };
      const due = this.dueOf(invoice);
      const applied = share.amount.add(share.discount);
      if (applied.compare(due) > 0)
        failWith(UserErrorCode.INVALID, overpaymentMessage(invoice, applied, due), ['input', 'amount']);
      if (!discount.equals(intended))
        await em
          .getRepository(PaymentAllocation)
          .update({ id: allocation.id }, { discountTaken: toDecimalString(discount.amount) });
      await this.apply(ctx, em, share, payment);
      discountTotal = discountTotal.add(discount);
    }
    const set = {
      status: 'SUCCEEDED' as const,
      paidAt: dayStart(paidOn),
      reference: reference ?? payment.reference,
      discountTaken: discountTotal.isZero() ? null : toDecimalString(discountTotal.amount),
    };
    await em.getRepository(Payment).update({ id: payment.id }, set);
    await this.audit.record(ctx, em, {
      entityType: 'Payment',
      entityId: payment.id,
      companyId: payment.companyId,
      action: 'PAYMENT_SETTLED',
      changes: {
        status: ['PENDING', 'SUCCEEDED'],
        paidOn,
        reference: set.reference,
        discountTaken: set.discountTaken,
      },
    });
    return { payment: Object.assign(payment, set), invoiceIds: allocations.map((a) => a.invoiceId) };
  }

  // ------------------------------------------------------------ helpers

  /** Why an invoice cannot be paid now, or null when it can. */
  private whyNotPayable(invoice: Invoice): string | null {
    if (invoice.kind !== 'INVOICE') return `${invoice.number} is a credit note; credit notes are not paid.`;
    if (invoice.status === 'PAID') return `${invoice.number} is paid already.`;
    if (invoice.status === 'CANCELLED') return `${invoice.number} is cancelled.`;
    if (invoice.status === 'DRAFT') return 'A draft invoice is not due yet.';
    if (!this.dueOf(invoice).amount.gt(0)) return `Nothing is due on ${invoice.number}.`;
    return null;
  }

  private dueOf(invoice: Invoice): Money {
    return Money.of(this.invoices.amountDue(invoice), invoice.currencyCode);
  }

  /** What a payment gives the invoice: everything due, less the discount when it applies. */
  private shareOf(invoice: Invoice, offer: EarlyPaymentDiscount | null): Share {
    const due = this.dueOf(invoice);
    if (!offer) return { invoice, amount: due, discount: Money.zero(invoice.currencyCode) };
    return { invoice, amount: offer.amountToPay, discount: due.subtract(offer.amountToPay) };
  }

  /** Adds a share to the (locked) invoice through the invoicing service (amountPaid += amount + discount; PAID when nothing is due), with an audit row. */
  private async apply(ctx: RequestContext, em: EntityManager, share: Share, payment: Payment): Promise<void> {
    const { invoice } = share;
    const before = invoice.status;
    await this.invoices.applySettlement(ctx, em, invoice, share.amount.add(share.discount));
    await this.audit.record(ctx, em, {
      entityType: 'Invoice',
      entityId: invoice.id,
      companyId: invoice.companyId,
      action: 'PAYMENT_APPLIED',
      changes: {
        number: invoice.number,
        paymentId: payment.id,
        amount: toDecimalString(share.amount.amount),
        discountTaken: toDecimalString(share.discount.amount),
        amountPaid: invoice.amountPaid,
        ...(before !== invoice.status ? { status: [before, invoice.status] } : {}),
      },
    });
  }

  /** The payload after a commit: the payment and the invoices as they are now. */
  private async resultOf(
    ctx: RequestContext,
    paymentId: number,
    invoiceIds: number[],
  ): Promise<PaymentsResult> {
    ctx.loaders.clear(Payment);
    ctx.loaders.clear(Invoice);
    const payment = await ctx.loaders.load(Payment, paymentId);
    const invoices = await ctx.db
      .getRepository(Invoice)
      .find({ where: { id: In(invoiceIds) }, order: { id: 'ASC' } });
    for (const invoice of invoices) ctx.loaders.prime(Invoice, invoice);
    return { payments: payment ? [payment] : [], invoices, userErrors: [] };
  }
}

function fail(code: UserErrorCode, message: string, field: string[]): PaymentsResult {
  return { payments: [], invoices: [], userErrors: [userError(code, message, field)] };
}

function overpaymentMessage(invoice: Invoice, amount: Money, due: Money): string {
  return `${formatMoney(amount, { withCurrency: true })} is more than the ${formatMoney(due, { withCurrency: true })} due on ${invoice.number}; overpayments are not accepted.`;
}

function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
