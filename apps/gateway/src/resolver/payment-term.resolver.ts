import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, toDecimalString } from '@portal/domain';
import { Allow, SignedIn } from '../auth/access.decorators';
import type { RequestContext } from '../context';
import type { Services } from '../service/services';
import { DecimalScalar } from '../common/scalars';
import type { PaymentTerm, PaymentTermInstallment } from '../entity';
import { PaymentTermInstallmentType, PaymentTermType } from './types/company.type';
import { PaymentTermPayload, SavePaymentTermInput } from './types/invoice.type';

/** Payment terms: the list (any signed-in user) and staff editing. */
@Resolver(() => PaymentTermType)
export class PaymentTermsResolver {
  constructor(private readonly services: Services) {}

  @SignedIn()
  @Query(() => [PaymentTermType])
  paymentTerms(@Ctx() ctx: RequestContext) {
    return this.services.paymentTerms.list(ctx);
  }

  @Allow(Permission.PRICING_MANAGE)
  @Mutation(() => PaymentTermPayload, {
    description:
      'Creates a payment term, or updates one when paymentTermId is given. Requires PRICING_MANAGE.',
  })
  savePaymentTerm(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SavePaymentTermInput) input: SavePaymentTermInput,
  ) {
    return this.services.paymentTerms.save(ctx, input);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  earlyPaymentDiscountPercent(@Root() term: PaymentTerm) {
    return term.earlyPaymentDiscountPercent === null
      ? null
      : toDecimalString(term.earlyPaymentDiscountPercent);
  }
}

@Resolver(() => PaymentTermInstallmentType)
export class PaymentTermInstallmentResolver {
  @FieldResolver(() => DecimalScalar, {
    description: 'Share of the invoice total, in percent; the last installment takes the remainder.',
  })
  percent(@Root() installment: PaymentTermInstallment) {
    return toDecimalString(installment.percent);
  }
}
