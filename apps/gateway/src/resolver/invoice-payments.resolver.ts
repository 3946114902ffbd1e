import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import type { RequestContext } from '../context';
import type { Invoice } from '../entity';
import type { Services } from '../service/services';
import { InvoiceType } from './types/invoice.type';
import { PaymentType } from './types/payment.type';

/** Invoice.payments (owned by the payments work: keep the permission and the batching). */
@Resolver(() => InvoiceType)
export class InvoicePaymentsResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => [PaymentType], {
    nullable: true,
    description: 'Requires INVOICES_READ_OWN or INVOICES_READ_COMPANY.',
  })
  @Allow(Permission.INVOICES_READ_OWN, Permission.INVOICES_READ_COMPANY)
  payments(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return this.services.payments.ofInvoice(ctx, invoice);
  }
}
