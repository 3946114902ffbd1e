import {
  Money,
  Permission,
  amountDue,
  currencyExponent,
  parseDecimal,
  refundToIssue,
  sumMoney,
  toDecimalString,
} from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith, refuseIfAny, userError, type UserError } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Company, Invoice, Payment, Refund } from '../../entity';
import { figuresOf, type InvoiceQueryService } from '../invoices/invoice-query.service';
import type { InvoiceSettlement } from '../invoices/invoice-settlement';
import type { ReceivableNotifications } from '../invoices/receivable-notifications';
import type { AuditService } from '../support/audit.service';
import type { IdempotencyService } from '../support/idempotency.service';
import { mutationPayload, type Payload } from '../support/mutation';
import { lockById } from '../support/row-lock';
import type { PaymentProviderRegistry } from './payment-provider';
import type { PaymentService } from './payment.service';

/** The idempotency scope of refundPayment (IdempotencyKey.scope). */
export const REFUND_SCOPE = 'refundPayment';
const MAX_REASON = 2000;

export interface RefundPaymentArgs {
  paymentId: string;
  creditNoteId: string;
  amount?: string | null;
  reason: string;
  idempotencyKey: string;
}

type RefundFields = { refund: Refund | null; payment: Payment | null; creditNote: Invoice | null };
export type RefundResult = Payload<RefundFields>;
const NO_REFUND: RefundFields = { refund: null, payment: null, creditNote: null };

/**
 * Refunds by accounting (refundPayment): open credit of a credit note paid back to the customer
 * through the card payment it came with, by the payment's provider (PaymentProvider.refund).
 *
 * What an accountant expects: money goes back only against credit the customer holds, so a
 * refund always spends a credit note's open credit (its amountPaid grows, as when credit is
 * applied to an invoice) and never reopens an invoice; the statement shows it as a debit
 * (REFUND) that offsets the credit note's credit. A payment is refunded at most its amount over
 * all its refunds, and becomes REFUNDED when nothing of it is left.
 *
 * Concurrency: the payment row, then the credit note, are locked (every refund locks in that
 * order, as recordPayment locks payments before invoices) and the refunds so far are summed under
 * the lock, so two concurrent refunds serialise and the second sees the first. The idempotency
 * key row (unique per user, scope and key) is written in the same transaction, and the provider
 * gets the key too: a retry answers the first refund and never refunds twice. A refusal by the
 * provider rolls everything back (nothing is recorded; a retry with the same key asks again).
 */
export class RefundService {
  constructor(
    private readonly audit: AuditService,
    private readonly invoices: InvoiceQueryService,
    private readonly settlement: InvoiceSettlement,
    private readonly idempotency: IdempotencyService,
    private readonly providers: PaymentProviderRegistry,
    private readonly payments: PaymentService,
    private readonly notifications: ReceivableNotifications,
  ) {}

  /** The refunds of a payment (batched). */
  ofPayment(ctx: RequestContext, payment: Payment): Promise<Refund[]> {
    return ctx.loaders.children(Refund, 'paymentId', payment.id, 'id');
  }

  /** The refunds of a credit note's credit (batched); none for an invoice. */
  async ofCreditNote(ctx: RequestContext, invoice: Invoice): Promise<Refund[]> {
    return invoice.kind === 'CREDIT_NOTE'
      ? ctx.loaders.children(Refund, 'creditNoteId', invoice.id, 'id')
      : [];
  }

  /** What is left to refund of a payment: nothing unless it is a succeeded card payment. */
  async refundable(ctx: RequestContext, payment: Payment): Promise<Money> {
    const currency = payment.currencyCode;
    if (payment.method !== 'CARD' || payment.status !== 'SUCCEEDED') return Money.zero(currency);
    const refunded = sumMoney(
      (await this.ofPayment(ctx, payment)).map((r) => Money.of(r.amount, currency)),
      currency,
    );
    return Money.of(payment.amount, currency).subtract(refunded);
  }

  refund(ctx: RequestContext, input: RefundPaymentArgs): Promise<RefundResult> {
    return mutationPayload<RefundFields>(NO_REFUND, async () => {
      const viewer = ctx.requireViewer();
      if (!viewer.isStaff || !viewer.can(Permission.INVOICING_MANAGE))
        failWith(UserErrorCode.FORBIDDEN, 'Only accounting refunds payments.', ['input']);
      const key = this.idempotency.checkKey(input.idempotencyKey);
      const request = { scope: REFUND_SCOPE, key, resultType: 'Refund' };
      const paymentId = idOfType(input.paymentId, 'Payment');
      const creditNoteId = idOfType(input.creditNoteId, 'Invoice');
      const first = await this.idempotency.settledResult(ctx, request);
      if (first !== null) return this.answer(ctx, first, paymentId, creditNoteId);

      const errors: UserError[] = [];
      const payment = await this.payments.findVisible(ctx, paymentId);
      if (!payment)
        errors.push(userError(UserErrorCode.NOT_FOUND, 'No such payment.', ['input', 'paymentId']));
      else if (payment.method !== 'CARD')
        errors.push(
          userError(
            UserErrorCode.INVALID,
            `Only card payments are refunded through the payment provider; pay back a ${payment.method.toLowerCase()} payment by bank transfer.`,
            ['input', 'paymentId'],
          ),
        );
      else if (payment.status !== 'SUCCEEDED')
        errors.push(
          userError(
            UserErrorCode.INVALID_STATE,
            payment.status === 'REFUNDED'
              ? 'This payment has been refunded in full.'
              : `Only a payment that went through can be refunded; this one is ${payment.status.toLowerCase()}.`,
            ['input', 'paymentId'],
          ),
        );
      const provider = payment ? this.providers.providerFor(payment.method) : null;
      if (payment && payment.method === 'CARD' && payment.status === 'SUCCEEDED') {
        if (!provider?.refund || provider.name !== payment.provider || payment.providerReference === null)
          errors.push(
            userError(
              UserErrorCode.INVALID_STATE,
              `The payment provider that took this payment (${payment.provider ?? 'none'}) cannot refund it here.`,
              ['input', 'paymentId'],
            ),
          );
      }
      const note = await this.invoices.findVisible(ctx, creditNoteId);
      if (!note || note.kind !== 'CREDIT_NOTE' || (payment && note.companyId !== payment.companyId))
        errors.push(
          userError(UserErrorCode.NOT_FOUND, "No such credit note of the payment's company.", [
            'input',
            'creditNoteId',
          ]),
        );
      else if (payment && note.currencyCode !== payment.currencyCode)
        errors.push(
          userError(
            UserErrorCode.INVALID,
            'A refund is paid in the currency of the payment and the credit.',
            ['input', 'creditNoteId'],
          ),
        );
      let requested: Money | null = null;
      if (input.amount != null && payment) {
        const parsed = parseDecimal(input.amount, { maxScale: currencyExponent(payment.currencyCode) });
        if (!parsed.ok)
          errors.push(userError(UserErrorCode.INVALID, `Amount: ${parsed.message}`, ['input', 'amount']));
        else requested = Money.of(parsed.value, payment.currencyCode);
      }
      const reason = input.reason.trim();
      if (reason.length === 0 || reason.length > MAX_REASON)
        errors.push(
          userError(
            UserErrorCode.INVALID,
            `Give the reason for the refund (at most ${MAX_REASON} characters).`,
            ['input', 'reason'],
          ),
        );
      refuseIfAny(errors);
      if (!payment || !note || !provider?.refund) throw new Error('unreachable: a refusal was not reported');
      const refundBy = provider.refund.bind(provider);

      return this.idempotency.once(
        ctx,
        request,
        async (tx) => {
          const lockedPayment = await lockById(tx, Payment, payment.id, {
            message: 'No such payment.',
            field: ['input', 'paymentId'],
          });
          if (lockedPayment.status !== 'SUCCEEDED')
            failWith(
              UserErrorCode.INVALID_STATE,
              lockedPayment.status === 'REFUNDED'
                ? 'This payment has been refunded in full.'
                : `Only a payment that went through can be refunded; this one is ${lockedPayment.status.toLowerCase()}.`,
              ['input', 'paymentId'],
            );
          const lockedNote = await this.settlement.lockInvoice(tx, note.id, ['input', 'creditNoteId']);
          const currency = lockedPayment.currencyCode;
          const refunded = sumMoney(
            (await tx.db.getRepository(Refund).find({ where: { paymentId: lockedPayment.id } })).map((r) =>
              Money.of(r.amount, currency),
            ),
            currency,
          );
          const refundable = Money.of(lockedPayment.amount, currency).subtract(refunded);
          const decided = refundToIssue(amountDue(figuresOf(lockedNote)), refundable, requested);
          if (!decided.ok)
            failWith(UserErrorCode.INVALID, decided.message, [
              'input',
              requested ? 'amount' : 'creditNoteId',
            ]);
          const company = await tx.db.getRepository(Company).findOneByOrFail({ id: lockedPayment.companyId });
          const answer = await refundBy({
            providerReference: lockedPayment.providerReference!,
            amount: toDecimalString(decided.amount.amount, currencyExponent(currency)),
            currencyCode: currency,
            idempotencyKey: `${viewer.userId}:refund:${key}`,
            description: `Refund of ${lockedNote.number} (${company.name})`,
          });
          if (answer.status === 'FAILED')
            failWith(
              UserErrorCode.PAYMENT_FAILED,
              answer.failureMessage ?? 'The payment provider refused the refund.',
              ['input', 'paymentId'],
            );
          await this.settlement.apply(tx, lockedNote, decided.amount);
          const repo = tx.db.getRepository(Refund);
          const refund = await repo.save(
            repo.create({
              companyId: lockedPayment.companyId,
              paymentId: lockedPayment.id,
              creditNoteId: lockedNote.id,
              amount: toDecimalString(decided.amount.amount),
              currencyCode: currency,
              status: answer.status,
              provider: provider.name,
              providerReference: answer.providerReference,
              reason,
              refundedOn: tx.clock.today(),
              createdById: viewer.userId,
              createdAt: tx.now(),
            }),
          );
          const left = refundable.subtract(decided.amount);
          if (left.isZero()) {
            await tx.db.getRepository(Payment).update({ id: lockedPayment.id }, { status: 'REFUNDED' });
            lockedPayment.status = 'REFUNDED';
          }
          await this.audit.recordOn(tx, 'Payment', lockedPayment, 'PAYMENT_REFUNDED', {
            refundId: refund.id,
            amount: refund.amount,
            creditNote: lockedNote.number,
            status: refund.status,
            refundableLeft: toDecimalString(left.amount),
            reason,
          });
          await this.audit.recordOn(tx, 'Invoice', lockedNote, 'CREDIT_REFUNDED', {
            number: lockedNote.number,
            refundId: refund.id,
            amount: refund.amount,
            amountPaid: lockedNote.amountPaid,
          });
          await this.notifications.refundIssued(tx, refund, lockedPayment, lockedNote);
          return refund.id;
        },
        (refundId, replayed) =>
          replayed
            ? this.answer(ctx, refundId, paymentId, creditNoteId)
            : this.answer(ctx, refundId, null, null),
      );
    });
  }

  /**
   * The payload of a refund: the refund, its payment and credit note as they are now. A used key
   * replayed for another payment or credit note is refused.
   */
  private async answer(
    ctx: RequestContext,
    refundId: number,
    paymentId: number | null,
    creditNoteId: number | null,
  ): Promise<RefundFields> {
    const refund = await ctx.db.getRepository(Refund).findOneByOrFail({ id: refundId });
    if (
      (paymentId !== null && paymentId !== refund.paymentId) ||
      (creditNoteId !== null && creditNoteId !== refund.creditNoteId)
    )
      failWith(UserErrorCode.ALREADY_EXISTS, 'This idempotency key was already used for another refund.', [
        'input',
        'idempotencyKey',
      ]);
    const payment = await ctx.db.getRepository(Payment).findOneByOrFail({ id: refund.paymentId });
    const creditNote = await ctx.db.getRepository(Invoice).findOneByOrFail({ id: refund.creditNoteId });
    ctx.loaders.prime(Invoice, creditNote);
    ctx.loaders.prime(Payment, payment);
    return { refund, payment, creditNote };
  }
}
