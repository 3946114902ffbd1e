import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, toDecimalString } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { cappedConnectionTypes } from '../common/connection';
import { selectsAnyField } from '../common/selection';
import { MoneyType, money } from '../common/money.type';
import { idOfType, toGlobalId } from '../common/node-id';
import { DateScalar, DecimalScalar } from '../common/scalars';
import type { RequestContext } from '../context';
import { Company, Invoice, InvoiceLine, UnitOfMeasure } from '../entity';
import type { Services } from '../service/services';
import { CompanyType } from './types/company.type';
import {
  AccountStatementType,
  AgingReportType,
  ApplyCreditInput,
  CreditApplicationType,
  CancelInvoiceInput,
  EarlyPaymentDiscountType,
  InvoiceFilterInput,
  InvoiceInstallmentType,
  InvoiceLineType,
  InvoiceOrderInput,
  InvoicePayload,
  InvoiceStatus,
  InvoiceType,
  IssueCreditNoteInput,
  IssueInvoiceInput,
} from './types/invoice.type';
import { OrderType } from './types/order.type';
import { UnitOfMeasureType } from './types/product.type';
import { toAccountStatementType, toAgingReportType } from './types/receivables.mapping';

export const { ConnectionType: InvoiceConnection } = cappedConnectionTypes(InvoiceType, 'Invoice');

/** The fields of a capped connection that need a count. */
const COUNT_FIELDS = ['totalCount', 'totalCountIsCapped'] as const;

const READ_INVOICES = [
  Permission.INVOICES_READ_COMPANY,
  Permission.INVOICES_READ_OWN,
  Permission.INVOICES_SUMMARY,
  Permission.INVOICING_MANAGE,
] as const;
const READ_DETAILS = [Permission.INVOICES_READ_OWN, Permission.INVOICES_READ_COMPANY] as const;

/** Invoices and credit notes: reading (scoped in the service), invoicing, credit notes, statements and aging. */
@Resolver(() => InvoiceType)
export class InvoiceResolver {
  constructor(private readonly services: Services) {}

  // ------------------------------------------------------------ queries

  @Allow(...READ_INVOICES)
  @Query(() => InvoiceConnection, {
    description:
      "Invoices and credit notes the viewer may see: their company's (admins, viewers; approvers as a summary), those of their own orders (buyers), or (staff) every company's.",
  })
  invoices(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => InvoiceFilterInput, { nullable: true }) filter: InvoiceFilterInput | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const countWanted = selectsAnyField(info, COUNT_FIELDS);
    return this.services.invoices.list(ctx, { first, after, filter, countWanted });
  }

  @Allow(...READ_INVOICES)
  @Query(() => InvoiceType, {
    nullable: true,
    description: 'By id or number.',
  })
  invoice(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('number', () => String, { nullable: true }) number: string | null,
  ) {
    if (id) return this.services.invoices.findVisible(ctx, idOfType(id, 'Invoice'));
    return number ? this.services.invoices.findVisibleByNumber(ctx, number) : null;
  }

  @Allow(Permission.STATEMENT_READ)
  @Query(() => AccountStatementType, {
    description:
      "Requires STATEMENT_READ. Default period: the current month up to today. Staff (INVOICES_READ_COMPANY or INVOICING_MANAGE) name the company; a parent company's users may name one of its subsidiaries, or ask for the consolidated statement of all of them (extension).",
  })
  async accountStatement(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => DateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to: string | null,
    @Arg('companyId', () => ID, {
      nullable: true,
      description:
        "Extension: the customer company (staff: any; a parent company's users: their own or one of its subsidiaries).",
    })
    companyId: string | null,
    @Arg('consolidated', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description:
        'Extension: the company and all its subsidiaries in one statement (entries name their company); refused for a company without subsidiaries.',
    })
    consolidated: boolean,
  ) {
    return toAccountStatementType(
      await this.services.receivables.accountStatement(ctx, { from, to, companyId, consolidated }),
    );
  }

  @Allow(Permission.STATEMENT_READ, Permission.INVOICES_SUMMARY)
  @Query(() => AgingReportType, {
    description: 'Requires STATEMENT_READ or INVOICES_SUMMARY. Default: as of today. Staff name the company.',
  })
  async agingReport(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('companyId', () => ID, {
      nullable: true,
      description: 'Extension, staff only: the customer company.',
    })
    companyId: string | null,
  ) {
    return toAgingReportType(await this.services.receivables.agingReport(ctx, { asOf, companyId }));
  }

  // ------------------------------------------------------------ staff mutations

  @Allow(Permission.INVOICING_MANAGE)
  @Mutation(() => InvoicePayload, {
    description:
      'Invoices a shipped or delivered order (or prepares a draft with draft: true). Requires INVOICING_MANAGE.',
  })
  invoiceOrder(@Ctx() ctx: RequestContext, @Arg('input', () => InvoiceOrderInput) input: InvoiceOrderInput) {
    return this.services.invoicing.invoiceOrder(ctx, input);
  }

  @Allow(Permission.INVOICING_MANAGE)
  @Mutation(() => InvoicePayload, {
    description:
      'Extension: numbers and issues a draft invoice; the order becomes INVOICED. Requires INVOICING_MANAGE.',
  })
  issueInvoice(@Ctx() ctx: RequestContext, @Arg('input', () => IssueInvoiceInput) input: IssueInvoiceInput) {
    return this.services.invoicing.issue(ctx, input);
  }

  @Allow(Permission.INVOICING_MANAGE)
  @Mutation(() => InvoicePayload, {
    description: 'Extension: cancels a draft invoice; the order keeps its status. Requires INVOICING_MANAGE.',
  })
  cancelInvoice(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CancelInvoiceInput) input: CancelInvoiceInput,
  ) {
    return this.services.invoicing.cancel(ctx, input);
  }

  @Allow(Permission.INVOICING_MANAGE)
  @Mutation(() => InvoicePayload, {
    description:
      'Partial or full, at most what is left creditable on the invoice. Requires INVOICING_MANAGE.',
  })
  issueCreditNote(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => IssueCreditNoteInput) input: IssueCreditNoteInput,
  ) {
    return this.services.creditNotes.issueCreditNote(ctx, input);
  }

  @Allow(Permission.INVOICES_PAY, Permission.INVOICING_MANAGE)
  @Mutation(() => InvoicePayload, {
    description:
      "Extension: applies open credit of a credit note to an open invoice of the same company; answers the invoice. Requires INVOICES_PAY with INVOICES_READ_COMPANY (the company's portal admin) or INVOICING_MANAGE.",
  })
  applyCredit(@Ctx() ctx: RequestContext, @Arg('input', () => ApplyCreditInput) input: ApplyCreditInput) {
    return this.services.creditNotes.applyCredit(ctx, input);
  }

  // ------------------------------------------------------------ fields

  @FieldResolver(() => ID)
  id(@Root() invoice: Invoice) {
    return toGlobalId('Invoice', invoice.id);
  }

  @FieldResolver(() => InvoiceStatus, { description: 'OVERDUE is derived from the due date and today.' })
  status(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return this.services.invoices.statusOf(ctx, invoice);
  }

  @FieldResolver(() => CompanyType)
  company(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return ctx.loaders.load(Company, invoice.companyId);
  }

  @FieldResolver(() => OrderType, {
    nullable: true,
    description: 'Null when the viewer may not read the order.',
  })
  order(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return this.services.orders.findVisible(ctx, invoice.orderId);
  }

  @FieldResolver(() => InvoiceType, {
    nullable: true,
    description: 'Extension: the invoice a credit note credits.',
  })
  creditedInvoice(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return this.services.invoices.findVisible(ctx, invoice.creditedInvoiceId);
  }

  @FieldResolver(() => MoneyType)
  subtotal(@Root() invoice: Invoice) {
    return money(invoice.subtotal, invoice.currencyCode);
  }

  @FieldResolver(() => MoneyType)
  taxTotal(@Root() invoice: Invoice) {
    return money(invoice.taxTotal, invoice.currencyCode);
  }

  @FieldResolver(() => MoneyType)
  total(@Root() invoice: Invoice) {
    return money(invoice.total, invoice.currencyCode);
  }

  @FieldResolver(() => MoneyType, {
    description: 'Payments, early-payment discounts taken and credits applied.',
  })
  amountPaid(@Root() invoice: Invoice) {
    return money(invoice.amountPaid, invoice.currencyCode);
  }

  @FieldResolver(() => MoneyType, {
    description: 'total - amountPaid; for a credit note, the credit not yet used.',
  })
  amountDue(@Root() invoice: Invoice) {
    return money(this.services.invoices.amountDue(invoice), invoice.currencyCode);
  }

  @FieldResolver(() => EarlyPaymentDiscountType, {
    nullable: true,
    description: 'Offered on an open invoice on or before its deadline only.',
  })
  earlyPaymentDiscount(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    const offer = this.services.invoices.earlyPaymentDiscount(ctx, invoice);
    return (
      offer && {
        percent: toDecimalString(offer.percent),
        deadline: offer.deadline,
        amount: money(toDecimalString(offer.amount.amount), invoice.currencyCode),
        amountToPay: money(toDecimalString(offer.amountToPay.amount), invoice.currencyCode),
      }
    );
  }

  @FieldResolver(() => [InvoiceInstallmentType], { description: 'Empty for a single due date.' })
  async installments(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return (await this.services.invoices.installments(ctx, invoice)).map((i) => ({
      dueOn: i.dueOn,
      amount: money(i.amount, invoice.currencyCode),
    }));
  }

  @FieldResolver(() => [InvoiceLineType], {
    nullable: true,
    description:
      'Requires INVOICES_READ_OWN or INVOICES_READ_COMPANY (the summary role sees totals and status only).',
  })
  @Allow(...READ_DETAILS)
  lines(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return this.services.invoices.lines(ctx, invoice);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Extension: whether it can be paid now (an open invoice with something due and no bank transfer pending).',
  })
  async payable(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return (await this.services.invoices.payRefusal(ctx, invoice)) === null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Extension: a bank transfer the customer announced is on its way; no second payment until accounting records or cancels it.',
  })
  pendingPayment(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return this.services.invoices.hasPendingPayment(ctx, invoice);
  }

  @FieldResolver(() => [CreditApplicationType], {
    description:
      "Extension: a credit note's credit applied to invoices, or the credit an invoice received from credit notes.",
  })
  async creditApplications(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return (await this.services.invoices.creditApplications(ctx, invoice)).map((a) => ({
      creditNoteNumber: a.creditNote.number,
      invoiceNumber: a.invoice.number,
      amount: money(toDecimalString(a.amount.amount), invoice.currencyCode),
      appliedOn: a.appliedOn,
    }));
  }
}

@Resolver(() => InvoiceLineType)
export class InvoiceLineResolver {
  @FieldResolver(() => ID, { description: 'Extension: names the line to credit (CreditNoteLineInput).' })
  id(@Root() line: InvoiceLine) {
    return toGlobalId('InvoiceLine', line.id);
  }

  @FieldResolver(() => DecimalScalar)
  quantity(@Root() line: InvoiceLine) {
    return toDecimalString(line.quantity);
  }

  @FieldResolver(() => UnitOfMeasureType, { nullable: true })
  unit(@Root() line: InvoiceLine, @Ctx() ctx: RequestContext) {
    return line.unitId === null ? null : ctx.loaders.load(UnitOfMeasure, line.unitId);
  }

  @FieldResolver(() => MoneyType)
  async unitPrice(@Root() line: InvoiceLine, @Ctx() ctx: RequestContext) {
    return money(line.unitPrice, await currencyOf(ctx, line));
  }

  @FieldResolver(() => MoneyType)
  async lineTotal(@Root() line: InvoiceLine, @Ctx() ctx: RequestContext) {
    return money(line.lineTotal, await currencyOf(ctx, line));
  }

  @FieldResolver(() => DecimalScalar, { description: 'Extension: the tax rate in percent.' })
  taxRate(@Root() line: InvoiceLine) {
    return toDecimalString(line.taxRate);
  }

  @FieldResolver(() => MoneyType, { description: 'Extension: the tax of the line.' })
  async taxAmount(@Root() line: InvoiceLine, @Ctx() ctx: RequestContext) {
    return money(line.taxAmount, await currencyOf(ctx, line));
  }
}

async function currencyOf(ctx: RequestContext, line: InvoiceLine): Promise<string> {
  return (await ctx.loaders.load(Invoice, line.invoiceId))?.currencyCode ?? 'USD';
}
