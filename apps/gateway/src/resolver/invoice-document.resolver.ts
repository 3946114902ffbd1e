import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import type { RequestContext } from '../context';
import type { Invoice } from '../entity';
import type { Services } from '../service/services';
import { DocumentType } from './types/document.type';
import { AccountStatementType, InvoiceType } from './types/invoice.type';

/**
 * Invoice.document and AccountStatement.document: generated and stored by the document service
 * (an invoice's row is created lazily and rendered on first download; a statement's at once).
 */
@Resolver(() => InvoiceType)
export class InvoiceDocumentResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => DocumentType, {
    nullable: true,
    description: 'Requires INVOICES_READ_OWN or INVOICES_READ_COMPANY.',
  })
  @Allow(Permission.INVOICES_READ_OWN, Permission.INVOICES_READ_COMPANY)
  document(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return this.services.documents.ofInvoice(ctx, invoice);
  }
}

@Resolver(() => AccountStatementType)
export class AccountStatementDocumentResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => DocumentType, {
    nullable: true,
    description: 'The statement as a PDF. Requires STATEMENT_READ.',
  })
  @Allow(Permission.STATEMENT_READ)
  document(@Root() statement: AccountStatementType, @Ctx() ctx: RequestContext) {
    return this.services.documents.ofStatement(ctx, statement);
  }
}
