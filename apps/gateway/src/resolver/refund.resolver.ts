import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Permission, toDecimalString } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { MoneyType, money } from '../common/money.type';
import { toGlobalId } from '../common/node-id';
import type { RequestContext } from '../context';
import type { Invoice, Payment, Refund } from '../entity';
import type { Services } from '../service/services';
import { InvoiceType } from './types/invoice.type';
import { PaymentType } from './types/payment.type';
import { RefundPaymentInput, RefundPaymentPayload, RefundType } from './types/refund.type';

/** Refunds of card payments by accounting, and the fields of a Refund root. */
@Resolver(() => RefundType)
export class RefundResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.INVOICING_MANAGE)
  @Mutation(() => RefundPaymentPayload, {
    description:
      "Extension: pays a credit note's open credit back to the customer through the card payment it came with, by the payment provider; all or part, never more than the open credit nor than is left refundable of the payment. Idempotent under idempotencyKey. Error codes: NOT_FOUND (payment, credit note), INVALID (not a card payment, amount, over-refund, reason), INVALID_STATE (payment not succeeded or refunded in full), PAYMENT_FAILED (the provider refused), ALREADY_EXISTS (key used for another refund). Requires INVOICING_MANAGE.",
  })
  refundPayment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RefundPaymentInput) input: RefundPaymentInput,
  ) {
    return this.services.refunds.refund(ctx, input);
  }

  @FieldResolver(() => ID)
  id(@Root() refund: Refund) {
    return toGlobalId('Refund', refund.id);
  }

  @FieldResolver(() => MoneyType)
  amount(@Root() refund: Refund) {
    return money(refund.amount, refund.currencyCode);
  }

  @FieldResolver(() => PaymentType, { nullable: true, description: 'The card payment refunded.' })
  payment(@Root() refund: Refund, @Ctx() ctx: RequestContext) {
    return this.services.payments.findVisible(ctx, refund.paymentId);
  }

  @FieldResolver(() => InvoiceType, {
    nullable: true,
    description: 'The credit note whose credit was paid back.',
  })
  creditNote(@Root() refund: Refund, @Ctx() ctx: RequestContext) {
    return this.services.invoices.findVisible(ctx, refund.creditNoteId);
  }
}

/** Payment.refunds and Payment.refundable. */
@Resolver(() => PaymentType)
export class PaymentRefundsResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => [RefundType], { description: 'Extension: what was refunded of the payment.' })
  refunds(@Root() payment: Payment, @Ctx() ctx: RequestContext) {
    return this.services.refunds.ofPayment(ctx, payment);
  }

  @FieldResolver(() => MoneyType, {
    description:
      'Extension: what is left to refund of the payment (zero unless it is a SUCCEEDED card payment).',
  })
  async refundable(@Root() payment: Payment, @Ctx() ctx: RequestContext) {
    const left = await this.services.refunds.refundable(ctx, payment);
    return money(toDecimalString(left.amount), payment.currencyCode);
  }
}

/** Invoice.refunds: a credit note's credit paid back to the customer. */
@Resolver(() => InvoiceType)
export class InvoiceRefundsResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => [RefundType], {
    nullable: true,
    description:
      "Extension: a credit note's open credit paid back to the customer (empty for invoices). Requires INVOICES_READ_OWN or INVOICES_READ_COMPANY.",
  })
  @Allow(Permission.INVOICES_READ_OWN, Permission.INVOICES_READ_COMPANY)
  refunds(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return this.services.refunds.ofCreditNote(ctx, invoice);
  }
}
