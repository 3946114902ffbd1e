import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../../common/node.type';
import { MoneyType } from '../../common/money.type';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { CompanyType, PaymentTermType } from './company.type';

/*
 * Object types of invoicing, payment terms, statements and aging. Resolvers return TypeORM
 * entities as roots (Invoice, InvoiceLine, InvoiceInstallment); the fields declared here read the
 * entity's own columns. Computed and relation fields are field resolvers:
 * - resolver/invoice.resolver.ts: id, status, company, order, money fields, earlyPaymentDiscount,
 *   installments, lines (Requires INVOICES_READ_OWN or INVOICES_READ_COMPANY), InvoiceLine.unit;
 * - resolver/invoice-payments.resolver.ts: Invoice.payments (same permission);
 * - resolver/invoice-document.resolver.ts: Invoice.document (same permission), AccountStatement.document.
 */

export enum InvoiceKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}
registerEnumType(InvoiceKind, { name: 'InvoiceKind' });

export enum InvoiceStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  valuesConfig: {
    DRAFT: {
      description:
        'Prepared, not issued: no number yet, nothing due (extension: invoiceOrder with draft: true).',
    },
    OVERDUE: { description: 'OPEN and past its due date; derived from the clock, never stored.' },
  },
});

export enum StatementEntryKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
  PAYMENT = 'PAYMENT',
  DISCOUNT = 'DISCOUNT',
  REFUND = 'REFUND',
}
registerEnumType(StatementEntryKind, {
  name: 'StatementEntryKind',
  valuesConfig: {
    DISCOUNT: { description: 'Extension: an early-payment discount granted with a payment (a credit).' },
    REFUND: {
      description:
        "Extension: a credit note's credit paid back to the customer through their card (a debit; refundPayment).",
    },
  },
});

export enum CreditNoteTaxTreatment {
  PROPORTIONAL = 'PROPORTIONAL',
  NO_TAX = 'NO_TAX',
  TAX_CLASS = 'TAX_CLASS',
}
registerEnumType(CreditNoteTaxTreatment, {
  name: 'CreditNoteTaxTreatment',
  description: 'Extension: the tax of a credit note given as an amount.',
  valuesConfig: {
    PROPORTIONAL: {
      description: "The amount (tax included) spread over the invoice's lines, each with its own tax.",
    },
    NO_TAX: { description: 'A credit without tax (e.g. a goodwill gesture on a non-taxable charge).' },
    TAX_CLASS: { description: "The amount (tax included) at the rate of `taxClass` on the invoice's lines." },
  },
});

@ObjectType('EarlyPaymentDiscount')
export class EarlyPaymentDiscountType {
  @Field(() => DecimalScalar) percent: string;
  @Field(() => DateScalar, { description: 'Pay on or before this date to take the discount.' })
  deadline: string;
  @Field(() => MoneyType) amount: MoneyType;
  @Field(() => MoneyType) amountToPay: MoneyType;
}

@ObjectType('InvoiceInstallment')
export class InvoiceInstallmentType {
  @Field(() => DateScalar) dueOn: string;
  @Field(() => MoneyType) amount: MoneyType;
}

@ObjectType('CreditApplication', {
  description:
    'Extension: credit of a credit note applied to an invoice (when it was issued, or later from the account).',
})
export class CreditApplicationType {
  @Field(() => String) creditNoteNumber: string;
  @Field(() => String) invoiceNumber: string;
  @Field(() => MoneyType) amount: MoneyType;
  @Field(() => DateScalar) appliedOn: string;
}

@InputType('ApplyCreditInput', {
  description: 'Extension: applies open credit of a credit note to an open invoice of the same company.',
})
export class ApplyCreditInput {
  @Field(() => ID) creditNoteId: string;
  @Field(() => ID) invoiceId: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Default: as much as the credit and the invoice allow.',
  })
  amount?: string | null;
}

@ObjectType('InvoiceLine')
export class InvoiceLineType {
  // id: InvoiceLineResolver
  @Field(() => String) description: string;
  @Field(() => DecimalScalar) quantity: string;
  // unit, unitPrice, lineTotal, taxRate, taxAmount: invoice.resolver.ts (InvoiceLineResolver)
}

@ObjectType('Invoice', { implements: NodeInterface })
export class InvoiceType extends NodeInterface {
  @Field(() => String, {
    description: 'INV-000123 or CN-000004; a draft shows DRAFT-<id> until it is issued.',
  })
  number: string;
  @Field(() => InvoiceKind) kind: InvoiceKind;
  @Field(() => DateScalar, { nullable: true }) issuedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) dueOn: string | null;
  @Field(() => String, { nullable: true, description: 'Credit notes: why it was issued.' }) reason:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Tax-exempt companies: e.g. "Tax exempt: resale certificate R-12345".',
  })
  taxExemptionText: string | null;
  // status, company, order, creditedInvoice, subtotal, taxTotal, total, amountPaid, amountDue,
  // earlyPaymentDiscount, installments, lines, payments, document: field resolvers (see above).
}

@ObjectType('InvoicePayload')
export class InvoicePayload {
  @Field(() => InvoiceType, { nullable: true }) invoice: unknown;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType('InvoiceFilter')
export class InvoiceFilterInput {
  @Field(() => ID, {
    nullable: true,
    description: "Staff: any company's; a parent company's readers: one of its subsidiaries' (or their own).",
  })
  companyId?: string | null;
  @Field(() => [InvoiceStatus], { nullable: true }) statuses?: InvoiceStatus[] | null;
  @Field(() => InvoiceKind, { nullable: true }) kind?: InvoiceKind | null;
  @Field(() => String, { nullable: true, description: 'Prefix of the number, e.g. INV-0001.' }) number?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Issued on or after.' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Issued on or before.' }) to?: string | null;
  @Field(() => ID, { nullable: true, description: 'Extension: the invoices and credit notes of one order.' })
  orderId?: string | null;
}

@InputType('InvoiceOrderInput')
export class InvoiceOrderInput {
  @Field(() => ID) orderId: string;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) issuedOn?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Extension: prepare a DRAFT invoice (no number, the order keeps its status) to issue or cancel later.',
  })
  draft?: boolean | null;
}

@InputType('IssueInvoiceInput', {
  description: 'Extension: numbers a draft invoice and makes it due; the order becomes INVOICED.',
})
export class IssueInvoiceInput {
  @Field(() => ID) invoiceId: string;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) issuedOn?: string | null;
}

@InputType('CancelInvoiceInput', {
  description: 'Extension: cancels a draft invoice; the order stays as it was.',
})
export class CancelInvoiceInput {
  @Field(() => ID) invoiceId: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType('CreditNoteLineInput', {
  description: 'Extension: a quantity of an invoice line to credit, at its unit price and tax rate.',
})
export class CreditNoteLineInput {
  @Field(() => ID) invoiceLineId: string;
  @Field(() => DecimalScalar, { description: "In the line's unit." }) quantity: string;
}

@InputType('IssueCreditNoteInput')
export class IssueCreditNoteInput {
  @Field(() => ID) invoiceId: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Tax included. Give either an amount or `lines` (extension).',
  })
  amount?: string | null;
  @Field(() => [CreditNoteLineInput], {
    nullable: true,
    description: 'Extension: credit these quantities of the invoice lines, each with its tax.',
  })
  lines?: CreditNoteLineInput[] | null;
  @Field(() => CreditNoteTaxTreatment, {
    nullable: true,
    description: 'Extension, for an amount: how it is taxed (default PROPORTIONAL).',
  })
  taxTreatment?: CreditNoteTaxTreatment | null;
  @Field(() => String, { nullable: true, description: 'Extension: the tax class of TAX_CLASS.' })
  taxClass?: string | null;
  @Field(() => String) reason: string;
  @Field(() => DateScalar, { nullable: true, description: 'Extension: defaults to today.' }) issuedOn?:
    string | null;
}

@ObjectType('AgingBucket')
export class AgingBucketType {
  @Field(() => String, { description: 'e.g. Current, 1-30, 31-60, 61-90, 90+' }) label: string;
  @Field(() => Int, {
    description:
      'Days past due, inclusive; null maxDays means no upper bound; Current is minDays 0 maxDays 0 and holds items not yet due.',
  })
  minDays: number;
  @Field(() => Int, { nullable: true }) maxDays: number | null;
  @Field(() => MoneyType) amount: MoneyType;
  @Field(() => Int) count: number;
}

@ObjectType('AgingReport')
export class AgingReportType {
  @Field(() => DateScalar) asOf: string;
  @Field(() => [AgingBucketType]) buckets: AgingBucketType[];
  @Field(() => MoneyType) totalOutstanding: MoneyType;
}

@ObjectType('StatementEntry')
export class StatementEntryType {
  @Field(() => DateScalar) date: string;
  @Field(() => StatementEntryKind) kind: StatementEntryKind;
  @Field(() => String, {
    description: 'The document number; for a payment, the invoices it settled (and the payer reference).',
  })
  reference: string;
  @Field(() => [String], {
    description: 'Extension: the invoices a payment or discount settled, or a credit note was applied to.',
  })
  settles: string[];
  @Field(() => String, {
    nullable: true,
    description:
      'Extension: on a consolidated statement, the company (the parent or one of its subsidiaries) the entry is of; null otherwise.',
  })
  companyName: string | null;
  @Field(() => MoneyType, { nullable: true }) debit: MoneyType | null;
  @Field(() => MoneyType, { nullable: true }) credit: MoneyType | null;
  @Field(() => MoneyType) balance: MoneyType;
}

@ObjectType('AccountStatement')
export class AccountStatementType {
  /** Not in the schema: the company's id, for AccountStatement.document. */
  companyId: number;
  @Field(() => CompanyType) company: unknown;
  @Field(() => Boolean, {
    description:
      'Extension: the company and its subsidiaries in one ledger and one aging (accountStatement(consolidated: true)).',
  })
  consolidated: boolean;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => MoneyType) openingBalance: MoneyType;
  @Field(() => [StatementEntryType]) entries: StatementEntryType[];
  @Field(() => MoneyType) closingBalance: MoneyType;
  @Field(() => AgingReportType) aging: AgingReportType;
  // document: invoice-document.resolver.ts
}

@ObjectType('PaymentTermPayload')
export class PaymentTermPayload {
  @Field(() => PaymentTermType, { nullable: true }) paymentTerm: unknown;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType('PaymentTermInstallmentInput')
export class PaymentTermInstallmentInput {
  @Field(() => DecimalScalar) percent: string;
  @Field(() => Int) days: number;
}

@InputType('SavePaymentTermInput')
export class SavePaymentTermInput {
  @Field(() => ID, { nullable: true }) paymentTermId?: string | null;
  @Field(() => String) name: string;
  @Field(() => Int) netDays: number;
  @Field(() => DecimalScalar, { nullable: true }) earlyPaymentDiscountPercent?: string | null;
  @Field(() => Int, { nullable: true }) earlyPaymentDiscountDays?: number | null;
  @Field(() => [PaymentTermInstallmentInput], { nullable: true }) installments?:
    PaymentTermInstallmentInput[] | null;
}
