import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { PaymentMethod } from './payment.type';

@InputType('PayInvoicesInput')
export class PayInvoicesInput {
  @Field(() => [ID]) invoiceIds: string[];
  @Field(() => PaymentMethod) method: PaymentMethod;
  @Field(() => String, {
    nullable: true,
    description:
      "The payment provider's token for the card or bank account, made in the browser; card data never reaches the server.",
  })
  paymentToken?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Apply the early payment discount where the deadline has not passed.',
  })
  takeEarlyPaymentDiscount?: boolean | null;
  @Field(() => String, {
    description:
      'Retrying with the same key returns the first result and never charges twice; use a new key for a new attempt.',
  })
  idempotencyKey: string;
}

@InputType('CancelPaymentInput', {
  description:
    'Extension: cancels a PENDING bank transfer that never arrived; the invoices can be paid again.',
})
export class CancelPaymentInput {
  @Field(() => ID) paymentId: string;
  @Field(() => String) reason: string;
}

@InputType('RecordPaymentInput')
export class RecordPaymentInput {
  @Field(() => ID) invoiceId: string;
  @Field(() => DecimalScalar, { description: 'The money received; at most the amount due.' }) amount: string;
  @Field(() => PaymentMethod) method: PaymentMethod;
  @Field(() => DateScalar, { description: 'The day the money arrived; not in the future.' }) paidOn: string;
  @Field(() => String, { nullable: true, description: 'e.g. the check number or the bank reference.' })
  reference?: string | null;
}
