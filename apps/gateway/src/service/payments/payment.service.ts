import { In } from 'typeorm';
import {
  Money,
  amountDue,
  currencyExponent,
  formatMoney,
  isCalendarDate,
  parseDecimal,
  payRefusal,
  settleDue,
  sumMoney,
  toDecimalString,
  type EarlyPaymentDiscount,
} from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith, refuseIfAny, userError, type UserError } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Company, Invoice, Payment, PaymentAllocation, type PaymentMethod } from '../../entity';
import { figuresOf, type InvoiceQueryService } from '../invoices/invoice-query.service';
import type { InvoiceSettlement } from '../invoices/invoice-settlement';
import type { AuditService } from '../support/audit.service';
import type { IdempotencyService } from '../support/idempotency.service';
import { mutationPayload, type Payload } from '../support/mutation';
import { forUpdate } from '../support/row-lock';
import { paymentAccess } from './payment-access.policy';
import type { ReceivableNotifications } from '../invoices/receivable-notifications';
import type { PaymentProviderRegistry } from './payment-provider';

export type PaymentsResult = Payload<{ payments: Payment[]; invoices: Invoice[] }>;
type PaymentsFields = { payments: Payment[]; invoices: Invoice[] };

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

/** What a payInvoices or recordPayment answers: the payment, the invoices, and a decline if any. */
interface PaymentOutcome {
  paymentId: number;
  invoiceIds: number[];
  failure?: UserError;
}

const NO_PAYMENTS: PaymentsFields = { payments: [], invoices: [] };

/**
 * Online payment of invoices (payInvoices) and payments received outside the portal
 * (recordPayment). Money moves through a PaymentProvider (service/payments); the bookkeeping
 * (Payment, PaymentAllocation, the invoices' settlement, AuditLog, the idempotency key) is one
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
    private readonly invoices: InvoiceQueryService,
    private readonly settlement: InvoiceSettlement,
    private readonly idempotency: IdempotencyService,
    private readonly providers: PaymentProviderRegistry,
    private readonly notifications: ReceivableNotifications,
  ) {}

  // ------------------------------------------------------------ reading, scoped

  /** A payment the viewer may read, or null (paymentAccess). */
  async findVisible(ctx: RequestContext, id: number | null): Promise<Payment | null> {
    return id === null ? null : paymentAccess.visible(ctx, await ctx.loaders.load(Payment, id));
  }

  /** The payments applied (or, PENDING, to be applied) to an invoice the viewer may see; batched. */
  async ofInvoice(ctx: RequestContext, invoice: Invoice): Promise<Payment[]> {
    const allocations = await ctx.loaders.children(PaymentAllocation, 'invoiceId', invoice.id);
    const payments = await ctx.loaders.loadMany(Payment, [...new Set(allocations.map((a) => a.paymentId))]);
    return payments.filter((p): p is Payment => p !== null);
  }

  // ------------------------------------------------------------ payInvoices

  /** Pays invoices of the viewer's company online; idempotent per (viewer, key). */
  pay(ctx: RequestContext, input: PayInvoicesArgs): Promise<PaymentsResult> {
    return mutationPayload<PaymentsFields>(NO_PAYMENTS, async () => {
      const viewer = ctx.requireViewer();
      if (viewer.isStaff || viewer.companyId === null)
        failWith(
          UserErrorCode.FORBIDDEN,
          'Customers pay their invoices; staff record payments with recordPayment.',
          ['input'],
        );
      const companyId = viewer.companyId;
      const key = this.idempotency.checkKey(input.idempotencyKey);
      const ids = input.invoiceIds.map((id) => idOfType(id, 'Invoice'));
      if (ids.length === 0)
        failWith(UserErrorCode.INVALID, 'Choose at least one invoice to pay.', ['input', 'invoiceIds']);
      if (ids.length > MAX_INVOICES)
        failWith(UserErrorCode.INVALID, `Pay at most ${MAX_INVOICES} invoices at once.`, [
          'input',
          'invoiceIds',
        ]);
      const request = { scope: PAY_SCOPE, key, resultType: 'Payment' };
      const first = await this.idempotency.settledResult(ctx, request);
      if (first !== null) return this.answer(ctx, await this.replayed(ctx, first, ids));

      const provider = this.providers.providerFor(input.method);
      if (!provider)
        failWith(
          UserErrorCode.INVALID,
          `${input.method} payments are not taken online; send them to us and we record them when they arrive.`,
          ['input', 'method'],
        );
      const token = input.paymentToken?.trim() || null;
      if (provider.requiresToken && token === null)
        failWith(UserErrorCode.INVALID, 'A card payment needs the payment token made by the card form.', [
          'input',
          'paymentToken',
        ]);
      if (token !== null && token.length > 255)
        failWith(UserErrorCode.INVALID, 'The payment token is too long.', ['input', 'paymentToken']);

      // Before anything is written: every invoice visible and payable (checked again under the lock).
      const errors: UserError[] = [];
      const seen = new Set<number>();
      for (const [i, id] of ids.entries()) {
        const field = ['input', 'invoiceIds', String(i)];
        const invoice = id === null ? null : await this.invoices.findVisible(ctx, id);
        if (!invoice || invoice.companyId !== companyId) {
          errors.push(userError(UserErrorCode.NOT_FOUND, 'No such invoice.', field));
        } else if (seen.has(invoice.id)) {
          errors.push(userError(UserErrorCode.INVALID, `${invoice.number} is listed twice.`, field));
        } else {
          seen.add(invoice.id);
          const problem = await this.invoices.payRefusal(ctx, invoice);
          if (problem) errors.push(userError(UserErrorCode.INVALID_STATE, problem, field));
        }
      }
      refuseIfAny(errors);

      const invoiceIds = [...seen].sort((a, b) => a - b);
      const takeDiscount = input.takeEarlyPaymentDiscount ?? true;
      let declined: string | null = null;
      const outcome = await this.idempotency.once(
        ctx,
        request,
        async (tx) => {
          const shares: Share[] = [];
          for (const id of invoiceIds) {
            const invoice = await this.settlement.lockInvoice(tx, id);
            const field = ['input', 'invoiceIds', String(ids.indexOf(id))];
            if (invoice.companyId !== companyId) failWith(UserErrorCode.NOT_FOUND, 'No such invoice.', field);
            // Under the lock: a transfer announced meanwhile blocks this payment too.
            const problem = whyNotPayable(invoice, await this.hasPending(tx, invoice.id));
            if (problem) failWith(UserErrorCode.INVALID_STATE, problem, field);
            shares.push(
              shareOf(invoice, takeDiscount ? this.invoices.earlyPaymentDiscount(tx, invoice) : null),
            );
          }
          const currency = shares[0]!.invoice.currencyCode;
          const amount = sumMoney(
            shares.map((s) => s.amount),
            currency,
          );
          const discount = sumMoney(
            shares.map((s) => s.discount),
            currency,
          );
          const numbers = shares.map((s) => s.invoice.number);
          const company = await tx.db.getRepository(Company).findOneByOrFail({ id: companyId });
          const charge = await provider.charge({
            amount: toDecimalString(amount.amount, currencyExponent(currency)),
            currencyCode: currency,
            token,
            idempotencyKey: `${viewer.userId}:${key}`,
            description: `${company.name}: ${numbers.join(', ')}`,
            invoiceNumbers: numbers,
          });
          declined = charge.status === 'FAILED' ? (charge.failureMessage ?? 'The payment failed.') : null;
          const repo = tx.db.getRepository(Payment);
          const payment = await repo.save(
            repo.create({
              companyId,
              amount: toDecimalString(amount.amount),
              currencyCode: currency,
              method: input.method,
              status: charge.status,
              reference: charge.reference ?? charge.providerReference ?? null,
              provider: provider.name,
              providerReference: charge.providerReference,
              idempotencyKey: key,
              paidAt: charge.status === 'SUCCEEDED' ? tx.now() : null,
              discountTaken:
                charge.status === 'FAILED' || discount.isZero() ? null : toDecimalString(discount.amount),
              remittanceInstructions: charge.remittanceInstructions ?? null,
              createdById: viewer.userId,
              createdAt: tx.now(),
            }),
          );
          if (charge.status !== 'FAILED') {
            await tx.db.getRepository(PaymentAllocation).insert(
              shares.map((s) => ({
                paymentId: payment.id,
                invoiceId: s.invoice.id,
                amount: toDecimalString(s.amount.amount),
                discountTaken: toDecimalString(s.discount.amount),
              })),
            );
          }
          if (charge.status === 'SUCCEEDED') for (const s of shares) await this.apply(tx, s, payment);
          await this.notifications.paymentOutcome(
            tx,
            payment,
            shares.map((s) => s.invoice),
          );
          await this.audit.recordOn(tx, 'Payment', payment, `PAYMENT_${charge.status}`, {
            method: input.method,
            amount: payment.amount,
            discountTaken: payment.discountTaken,
            invoices: numbers,
            ...(charge.failureMessage ? { failure: charge.failureMessage } : {}),
          });
          return payment.id;
        },
        async (paymentId, replayed): Promise<PaymentOutcome> =>
          replayed
            ? this.replayed(ctx, paymentId, ids)
            : {
                paymentId,
                invoiceIds,
                failure: declined
                  ? userError(UserErrorCode.PAYMENT_FAILED, declined, ['input', 'paymentToken'])
                  : undefined,
              },
      );
      return this.answer(ctx, outcome);
    });
  }

  /** The first result of a used key: refused when the key paid other invoices; a decline stays one. */
  private async replayed(
    ctx: RequestContext,
    paymentId: number,
    ids: (number | null)[],
  ): Promise<PaymentOutcome> {
    const allocations = await ctx.db
      .getRepository(PaymentAllocation)
      .find({ where: { paymentId }, order: { invoiceId: 'ASC' } });
    const paid = allocations.map((a) => a.invoiceId);
    const asked = [...new Set(ids)].sort((a, b) => (a ?? 0) - (b ?? 0));
    if (allocations.length > 0 && (asked.length !== paid.length || asked.some((id, i) => id !== paid[i])))
      failWith(UserErrorCode.ALREADY_EXISTS, 'This idempotency key was already used to pay other invoices.', [
        'input',
        'idempotencyKey',
      ]);
    const payment = await ctx.db.getRepository(Payment).findOneByOrFail({ id: paymentId });
    return {
      paymentId,
      invoiceIds: allocations.length ? paid : asked.filter((id): id is number => id !== null),
      failure:
        payment.status === 'FAILED'
          ? userError(
              UserErrorCode.PAYMENT_FAILED,
              'This payment failed; try again with a new idempotency key.',
              ['input', 'paymentToken'],
            )
          : undefined,
    };
  }

  // ------------------------------------------------------------ recordPayment (staff)

  /**
   * Money received outside the portal (wire, check, ACH). Settles the customer's PENDING ACH/WIRE
   * payment of the same method and amount on the invoice when there is one; otherwise records a
   * new payment. Partial payments are fine; more than is due is refused with the figures.
   */
  record(ctx: RequestContext, input: RecordPaymentArgs): Promise<PaymentsResult> {
    return mutationPayload<PaymentsFields>(NO_PAYMENTS, async () => {
      const invoiceId = idOfType(input.invoiceId, 'Invoice');
      const found = invoiceId === null ? null : await this.invoices.findVisible(ctx, invoiceId);
      if (!found) failWith(UserErrorCode.NOT_FOUND, 'No such invoice.', ['input', 'invoiceId']);

      const errors: UserError[] = [];
      const parsed = parseDecimal(input.amount, {
        maxScale: currencyExponent(found.currencyCode),
        allowNegative: true,
      });
      let received: Money | null = null;
      if (!parsed.ok)
        errors.push(userError(UserErrorCode.INVALID, `Amount: ${parsed.message}`, ['input', 'amount']));
      else if (parsed.value.lte(0))
        errors.push(
          userError(UserErrorCode.INVALID, 'The amount must be more than zero.', ['input', 'amount']),
        );
      else received = Money.of(parsed.value, found.currencyCode);
      if (!isCalendarDate(input.paidOn))
        errors.push(userError(UserErrorCode.INVALID, 'paidOn is not a date.', ['input', 'paidOn']));
      else if (input.paidOn > ctx.clock.today())
        errors.push(
          userError(UserErrorCode.INVALID, 'A payment cannot be received in the future.', [
            'input',
            'paidOn',
          ]),
        );
      const reference = input.reference?.trim() || null;
      if (reference !== null && reference.length > 128)
        errors.push(
          userError(UserErrorCode.INVALID, 'A reference has at most 128 characters.', ['input', 'reference']),
        );
      const problem = whyNotPayable(found);
      if (problem) errors.push(userError(UserErrorCode.INVALID_STATE, problem, ['input', 'invoiceId']));
      refuseIfAny(errors);
      if (received === null) throw new Error('unreachable: a refused amount was not reported');
      const amount = received;

      const outcome = await ctx.transaction(async (tx): Promise<PaymentOutcome> => {
        const pending = await this.pendingMatch(tx, found, input.method, amount);
        if (pending) return this.settlePending(tx, pending, input.paidOn, reference);
        const invoice = await this.settlement.lockInvoice(tx, found.id);
        const stillProblem = whyNotPayable(invoice);
        if (stillProblem) failWith(UserErrorCode.INVALID_STATE, stillProblem, ['input', 'invoiceId']);
        const due = amountDue(figuresOf(invoice));
        if (amount.compare(due) > 0)
          failWith(UserErrorCode.INVALID, overpaymentMessage(invoice, amount, due), ['input', 'amount']);
        const repo = tx.db.getRepository(Payment);
        const payment = await repo.save(
          repo.create({
            companyId: invoice.companyId,
            amount: toDecimalString(amount.amount),
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
            createdById: tx.requireViewer().userId,
            createdAt: tx.now(),
          }),
        );
        await tx.db.getRepository(PaymentAllocation).insert({
          paymentId: payment.id,
          invoiceId: invoice.id,
          amount: payment.amount,
          discountTaken: '0',
        });
        await this.apply(tx, { invoice, amount, discount: Money.zero(invoice.currencyCode) }, payment);
        await this.audit.recordOn(tx, 'Payment', payment, 'PAYMENT_RECORDED', {
          method: input.method,
          amount: payment.amount,
          paidOn: input.paidOn,
          reference,
          invoices: [invoice.number],
        });
        await this.notifications.paymentOutcome(tx, payment, [invoice]);
        return { paymentId: payment.id, invoiceIds: [invoice.id] };
      });
      return this.answer(ctx, outcome);
    });
  }

  /**
   * Cancels a PENDING bank transfer that never arrived: the payment becomes CANCELLED and its
   * invoices can be paid again. Accounting only (INVOICING_MANAGE, checked by the resolver).
   */
  cancelPending(ctx: RequestContext, input: { paymentId: string; reason: string }): Promise<PaymentsResult> {
    return mutationPayload<PaymentsFields>(NO_PAYMENTS, async () => {
      const id = idOfType(input.paymentId, 'Payment');
      const found = await this.findVisible(ctx, id);
      if (!found) failWith(UserErrorCode.NOT_FOUND, 'No such payment.', ['input', 'paymentId']);
      const reason = input.reason.trim();
      if (!reason || reason.length > 2000)
        failWith(UserErrorCode.INVALID, 'Give the reason (at most 2000 characters).', ['input', 'reason']);
      const outcome = await ctx.transaction(async (tx): Promise<PaymentOutcome> => {
        const query = tx.db
          .getRepository(Payment)
          .createQueryBuilder('p')
          .where('p.id = :id', { id: found.id });
        const payment = await forUpdate(tx, query).getOneOrFail();
        if (payment.status !== 'PENDING')
          failWith(
            UserErrorCode.INVALID_STATE,
            `Only a pending transfer can be cancelled; this payment is ${payment.status.toLowerCase()}.`,
            ['input', 'paymentId'],
          );
        await tx.db.getRepository(Payment).update({ id: payment.id }, { status: 'CANCELLED' });
        await this.audit.recordOn(tx, 'Payment', payment, 'PAYMENT_CANCELLED', {
          status: ['PENDING', 'CANCELLED'],
          reason,
        });
        const allocations = await tx.db
          .getRepository(PaymentAllocation)
          .find({ where: { paymentId: payment.id } });
        return { paymentId: payment.id, invoiceIds: allocations.map((a) => a.invoiceId) };
      });
      return this.answer(ctx, outcome);
    });
  }

  /** Whether a PENDING payment is allocated to the invoice (read inside the caller's transaction). */
  private async hasPending(tx: RequestContext, invoiceId: number): Promise<boolean> {
    const count = await tx.db
      .getRepository(PaymentAllocation)
      .createQueryBuilder('a')
      .innerJoin(Payment, 'p', 'p.id = a.paymentId')
      .where('a.invoiceId = :invoiceId AND p.status = :status', { invoiceId, status: 'PENDING' })
      .getCount();
    return count > 0;
  }

  /** The customer's PENDING bank transfer of this method and amount that includes the invoice, locked; or null. */
  private async pendingMatch(
    tx: RequestContext,
    invoice: Invoice,
    method: PaymentMethod,
    received: Money,
  ): Promise<Payment | null> {
    if (method !== 'ACH' && method !== 'WIRE') return null;
    const allocations = await tx.db
      .getRepository(PaymentAllocation)
      .find({ where: { invoiceId: invoice.id }, order: { paymentId: 'ASC' } });
    if (allocations.length === 0) return null;
    const query = tx.db
      .getRepository(Payment)
      .createQueryBuilder('p')
      .where('p.id IN (:...ids)', { ids: allocations.map((a) => a.paymentId) })
      .andWhere('p.status = :status AND p.method = :method', { status: 'PENDING', method })
      .orderBy('p.id', 'ASC');
    const candidates = await forUpdate(tx, query).getMany();
    return candidates.find((p) => Money.of(p.amount, p.currencyCode).equals(received)) ?? null;
  }

  /** Settles a PENDING bank transfer: its allocations are applied to the invoices (locked in id order). */
  private async settlePending(
    tx: RequestContext,
    payment: Payment,
    paidOn: string,
    reference: string | null,
  ): Promise<PaymentOutcome> {
    const allocations = await tx.db
      .getRepository(PaymentAllocation)
      .find({ where: { paymentId: payment.id }, order: { invoiceId: 'ASC' } });
    let discountTotal = Money.zero(payment.currencyCode);
    const settled: Invoice[] = [];
    for (const allocation of allocations) {
      const invoice = await this.settlement.lockInvoice(tx, allocation.invoiceId);
      settled.push(invoice);
      const problem = whyNotPayable(invoice);
      if (problem)
        failWith(
          UserErrorCode.INVALID_STATE,
          `The pending ${payment.method} payment cannot be settled: ${problem}`,
          ['input', 'invoiceId'],
        );
      const intended = Money.of(allocation.discountTaken, payment.currencyCode);
      // The discount stays only if the money arrived on or before its deadline.
      const discount =
        !intended.isZero() && this.invoices.earlyPaymentDiscount(tx, invoice, paidOn)
          ? intended
          : Money.zero(payment.currencyCode);
      const share: Share = { invoice, amount: Money.of(allocation.amount, payment.currencyCode), discount };
      const due = amountDue(figuresOf(invoice));
      const applied = share.amount.add(share.discount);
      if (applied.compare(due) > 0)
        failWith(UserErrorCode.INVALID, overpaymentMessage(invoice, applied, due), ['input', 'amount']);
      if (!discount.equals(intended))
        await tx.db
          .getRepository(PaymentAllocation)
          .update({ id: allocation.id }, { discountTaken: toDecimalString(discount.amount) });
      await this.apply(tx, share, payment);
      discountTotal = discountTotal.add(discount);
    }
    const set = {
      status: 'SUCCEEDED' as const,
      paidAt: dayStart(paidOn),
      reference: reference ?? payment.reference,
      discountTaken: discountTotal.isZero() ? null : toDecimalString(discountTotal.amount),
    };
    await tx.db.getRepository(Payment).update({ id: payment.id }, set);
    await this.audit.recordOn(tx, 'Payment', payment, 'PAYMENT_SETTLED', {
      status: ['PENDING', 'SUCCEEDED'],
      paidOn,
      reference: set.reference,
      discountTaken: set.discountTaken,
    });
    await this.notifications.paymentOutcome(tx, Object.assign(payment, set), settled);
    return { paymentId: payment.id, invoiceIds: allocations.map((a) => a.invoiceId) };
  }

  /** Adds a share to the (locked) invoice (amountPaid += amount + discount), with an audit row. */
  private async apply(tx: RequestContext, share: Share, payment: Payment): Promise<void> {
    const { invoice } = share;
    const before = invoice.status;
    await this.settlement.apply(tx, invoice, share.amount.add(share.discount));
    await this.audit.recordOn(tx, 'Invoice', invoice, 'PAYMENT_APPLIED', {
      number: invoice.number,
      paymentId: payment.id,
      amount: toDecimalString(share.amount.amount),
      discountTaken: toDecimalString(share.discount.amount),
      amountPaid: invoice.amountPaid,
      ...(before !== invoice.status ? { status: [before, invoice.status] } : {}),
    });
  }

  /**
   * The payload after a commit: the payment and the invoices as they are now; a recorded decline
   * (the FAILED payment is in the payload) as its user error.
   */
  private async answer(ctx: RequestContext, outcome: PaymentOutcome): Promise<PaymentsResult> {
    const payment = await ctx.loaders.load(Payment, outcome.paymentId);
    const invoices = await ctx.db
      .getRepository(Invoice)
      .find({ where: { id: In(outcome.invoiceIds) }, order: { id: 'ASC' } });
    for (const invoice of invoices) ctx.loaders.prime(Invoice, invoice);
    return {
      payments: payment ? [payment] : [],
      invoices,
      userErrors: outcome.failure ? [outcome.failure] : [],
    };
  }
}

/**
 * Why an invoice cannot be paid now (the domain's payRefusal), or null when it can. Staff
 * recording money that arrived are not blocked by a pending transfer: `pendingPayment` false.
 */
function whyNotPayable(invoice: Invoice, pendingPayment = false): string | null {
  return payRefusal({ ...figuresOf(invoice), kind: invoice.kind, number: invoice.number, pendingPayment });
}

/** What a payment gives the invoice: everything due, less the discount when it applies. */
function shareOf(invoice: Invoice, offer: EarlyPaymentDiscount | null): Share {
  const { pay, discount } = settleDue(amountDue(figuresOf(invoice)), offer);
  return { invoice, amount: pay, discount };
}

function overpaymentMessage(invoice: Invoice, amount: Money, due: Money): string {
  return `${formatMoney(amount, { withCurrency: true })} is more than the ${formatMoney(due, { withCurrency: true })} due on ${invoice.number}; overpayments are not accepted.`;
}

function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
