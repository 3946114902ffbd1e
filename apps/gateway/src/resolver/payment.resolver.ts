import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { MoneyType, money, moneyOrNull } from '../common/money.type';
import { toGlobalId } from '../common/node-id';
import type { RequestContext } from '../context';
import type { Payment } from '../entity';
import type { Services } from '../service/services';
import { CancelPaymentInput, PayInvoicesInput, RecordPaymentInput } from './types/payment.input';
import { PayInvoicesPayload, PaymentType } from './types/payment.type';

/** Paying invoices online, payments received outside the portal, and the fields of a Payment root. */
@Resolver(() => PaymentType)
export class PaymentResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.INVOICES_PAY)
  @Mutation(() => PayInvoicesPayload, {
    description:
      "Pays one or several of the company's invoices through the payment provider of the method, less the early-payment discount where its deadline has not passed. ACH and WIRE answer a PENDING payment with remittance instructions. Requires INVOICES_PAY.",
  })
  payInvoices(@Ctx() ctx: RequestContext, @Arg('input', () => PayInvoicesInput) input: PayInvoicesInput) {
    return this.services.payments.pay(ctx, input);
  }

  @Allow(Permission.INVOICING_MANAGE)
  @Mutation(() => PayInvoicesPayload, {
    description:
      "Wire, check or ACH received outside the portal; partial payments allowed, never more than is due. Settles the customer's PENDING ACH/WIRE payment of the same method and amount when there is one. Requires INVOICING_MANAGE.",
  })
  recordPayment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordPaymentInput) input: RecordPaymentInput,
  ) {
    return this.services.payments.record(ctx, input);
  }

  @Allow(Permission.INVOICING_MANAGE)
  @Mutation(() => PayInvoicesPayload, {
    description:
      'Extension: cancels a PENDING ACH/wire payment whose money never arrived (e.g. announced twice); its invoices can be paid again. Requires INVOICING_MANAGE.',
  })
  cancelPayment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CancelPaymentInput) input: CancelPaymentInput,
  ) {
    return this.services.payments.cancelPending(ctx, input);
  }

  @FieldResolver(() => ID)
  id(@Root() payment: Payment) {
    return toGlobalId('Payment', payment.id);
  }

  @FieldResolver(() => MoneyType)
  amount(@Root() payment: Payment) {
    return money(payment.amount, payment.currencyCode);
  }

  @FieldResolver(() => MoneyType, { nullable: true })
  discountTaken(@Root() payment: Payment) {
    return moneyOrNull(payment.discountTaken, payment.currencyCode);
  }
}
