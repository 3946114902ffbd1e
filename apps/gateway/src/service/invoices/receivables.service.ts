import { In } from 'typeorm';
import {
  Money,
  Permission,
  agingReport,
  compareDates,
  isCalendarDate,
  statement,
  sumMoney,
  type AccountStatementFigures,
  type AgingReport,
  type LedgerEntry,
  type OpenItem,
} from '@portal/domain';
import { idOfType } from '../../common/node-id';
import type { RequestContext } from '../../context';
import { Company, CreditApplication, Invoice, Payment, PaymentAllocation, Refund } from '../../entity';
import { BadInputError, ForbiddenError } from '../../common/request-errors';

/** A statement as the resolver shows it: the domain's figures and the company. */
export interface AccountStatementResult {
  company: Company;
  /** The company and its subsidiaries in one ledger (a parent's consolidated statement). */
  consolidated: boolean;
  figures: AccountStatementFigures;
  aging: AgingReport;
}

/**
 * Statements and aging of a customer's account, computed by the domain (statement, agingReport)
 * from the company's issued invoices, credit notes and succeeded payments:
 * - invoices are debits on their issue date; credit notes credits on theirs;
 * - a payment is a credit on the day it was paid, named by the invoices it settled; an
 *   early-payment discount taken with it is a DISCOUNT of its own that day ("Discount on INV-…"),
 *   so the balance and the aging agree;
 * - the aging (as of the period's end, or today when that is later) counts, against each invoice,
 *   the payments and discounts made by then, the credit notes issued by then (applied when
 *   issued) and the credit on account applied by then (CreditApplication);
 * - a refund (refundPayment) pays a credit note's credit back to the customer: a debit (REFUND)
 *   on its date, which the aging counts as spent of the credit note from then.
 * Customers read their own company (STATEMENT_READ; INVOICES_SUMMARY for the aging), and a parent
 * company's users also each of its subsidiaries (by companyId) or all of them at once
 * (`consolidated`: the parent's and its subsidiaries' documents and payments in one ledger and one
 * aging, each entry naming its company); a subsidiary's users never read the parent's or a
 * sibling's account. Staff with INVOICES_READ_COMPANY or INVOICING_MANAGE name the company
 * (extension argument companyId).
 */
export class ReceivablesService {
  async accountStatement(
    ctx: RequestContext,
    args: {
      from?: string | null;
      to?: string | null;
      companyId?: string | null;
      consolidated?: boolean | null;
    },
  ): Promise<AccountStatementResult> {
    const company = await this.companyFor(ctx, args.companyId);
    const consolidated = args.consolidated ?? false;
    const today = ctx.clock.today();
    // Default period: the current month, up to today.
    const to = args.to ?? (args.from && compareDates(args.from, today) > 0 ? args.from : today);
    const from = args.from ?? `${to.slice(0, 7)}-01`;
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isCalendarDate(value)) throw new BadInputError(`"${name}" is not a calendar date.`);
    }
    if (compareDates(from, to) > 0)
      throw new BadInputError(`A statement's period must not end (${to}) before it starts (${from}).`);
    return this.statementOfCompany(ctx, company, from, to, consolidated);
  }

  /**
   * The statement of a company the caller has already scoped (the viewer's own or a staff
   * member's choice, or the nightly statement e-mail to the company's readers) for a checked
   * period; `consolidated`: with its subsidiaries, each entry naming its company.
   */
  async statementOfCompany(
    ctx: RequestContext,
    company: Company,
    from: string,
    to: string,
    consolidated = false,
  ): Promise<AccountStatementResult> {
    const today = ctx.clock.today();
    const companies = consolidated ? await this.withSubsidiaries(ctx, company) : [company];
    const ledger = await this.ledger(ctx, companies, consolidated);
    const figures = statement([], ledger.entries, from, to, company.currencyCode);
    // The aging is as of the period's end, or today when the period runs into the future.
    const asOf = compareDates(to, today) > 0 ? today : to;
    return { company, consolidated, figures, aging: this.aging(ledger, asOf, company.currencyCode) };
  }

  /** A parent and its subsidiaries (in the parent's currency, as the ledger reads them). */
  private async withSubsidiaries(ctx: RequestContext, company: Company): Promise<Company[]> {
    const subsidiaries = await ctx.db
      .getRepository(Company)
      .find({ where: { parentId: company.id }, order: { name: 'ASC', id: 'ASC' } });
    if (subsidiaries.length === 0)
      throw new BadInputError(`${company.name} has no subsidiaries to consolidate.`);
    return [company, ...subsidiaries];
  }

  async agingReport(
    ctx: RequestContext,
    args: { asOf?: string | null; companyId?: string | null },
  ): Promise<AgingReport> {
    const company = await this.companyFor(ctx, args.companyId);
    const asOf = args.asOf ?? ctx.clock.today();
    if (!isCalendarDate(asOf)) throw new BadInputError('"asOf" is not a calendar date.');
    return this.aging(await this.ledger(ctx, [company], false), asOf, company.currencyCode);
  }

  /** The company whose account is read: the viewer's own, or (staff) the one named. */
  private async companyFor(ctx: RequestContext, companyId: string | null | undefined): Promise<Company> {
    const viewer = ctx.requireViewer();
    if (viewer.isStaff) {
      if (!viewer.canAny(Permission.INVOICES_READ_COMPANY, Permission.INVOICING_MANAGE)) {
        throw new ForbiddenError(
          'Your role may not read customer accounts (requires INVOICES_READ_COMPANY or INVOICING_MANAGE).',
        );
      }
      if (companyId === undefined || companyId === null)
        throw new BadInputError('Staff: give the companyId of the customer.');
      const id = idOfType(companyId, 'Company');
      const company = id === null ? null : await ctx.loaders.load(Company, id);
      if (!company) throw new BadInputError('No such company.');
      return company;
    }
    const own = viewer.companyId === null ? null : await ctx.loaders.load(Company, viewer.companyId);
    if (!own) throw new BadInputError('No such company.');
    if (companyId === undefined || companyId === null) return own;
    const id = idOfType(companyId, 'Company');
    if (id === own.id) return own;
    // A parent's users may name one of its subsidiaries; any other id behaves exactly like a missing one.
    const named = id === null ? null : await ctx.loaders.load(Company, id);
    if (!named || named.parentId !== own.id) throw new BadInputError('No such company.');
    return named;
  }

  /**
   * Everything on the companies' accounts (one company, or a parent and its subsidiaries, in the
   * first one's currency), read in six statements; `named`: each entry names its company.
   */
  private async ledger(ctx: RequestContext, companies: Company[], named: boolean): Promise<Ledger> {
    const currency = companies[0]!.currencyCode;
    const companyIds = companies.map((c) => c.id);
    const nameOf = new Map(companies.map((c) => [c.id, c.name]));
    const party = (companyId: number) => (named ? { party: nameOf.get(companyId) ?? '' } : {});
    const documents = await ctx.db
      .getRepository(Invoice)
      .createQueryBuilder('i')
      .where('i.companyId IN (:...companyIds)', { companyIds })
      .andWhere('i.issuedOn IS NOT NULL')
      .andWhere('i.status IN (:...statuses)', { statuses: ['OPEN', 'PAID'] })
      .andWhere('i.currencyCode = :currency', { currency })
      .orderBy('i.issuedOn', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getMany();
    const payments = await ctx.db.getRepository(Payment).find({
      // A payment refunded in full stays received; its refunds are entries of their own.
      where: { companyId: In(companyIds), status: In(['SUCCEEDED', 'REFUNDED']), currencyCode: currency },
      order: { paidAt: 'ASC', id: 'ASC' },
    });
    const allocations = payments.length
      ? await ctx.db
          .getRepository(PaymentAllocation)
          .find({ where: { paymentId: In(payments.map((p) => p.id)) } })
      : [];
    const applications = documents.length
      ? await ctx.db
          .getRepository(CreditApplication)
          .find({ where: { creditNoteId: In(documents.map((d) => d.id)) }, order: { id: 'ASC' } })
      : [];
    const refunds = await ctx.db.getRepository(Refund).find({
      where: { companyId: In(companyIds), currencyCode: currency },
      order: { refundedOn: 'ASC', id: 'ASC' },
    });
    const invoices = documents.filter((d) => d.kind === 'INVOICE');
    const creditNotes = documents.filter((d) => d.kind === 'CREDIT_NOTE');
    const numberOf = new Map(invoices.map((i) => [i.id, i.number]));
    const noteNumberOf = new Map(creditNotes.map((c) => [c.id, c.number]));
    const settledBy = (paymentId: number) =>
      allocations.filter((a) => a.paymentId === paymentId).map((a) => numberOf.get(a.invoiceId) ?? 'invoice');
    const appliedTo = (note: Invoice) => {
      const later = applications.filter((a) => a.creditNoteId === note.id);
      const atIssue = money(note.amountPaid).subtract(
        sumMoney(
          [...later, ...refunds.filter((r) => r.creditNoteId === note.id)].map((a) => money(a.amount)),
          currency,
        ),
      );
      return [
        ...new Set([
          ...(note.creditedInvoiceId !== null && atIssue.amount.gt(0)
            ? [numberOf.get(note.creditedInvoiceId) ?? 'invoice']
            : []),
          ...later.map((a) => numberOf.get(a.invoiceId) ?? 'invoice'),
        ]),
      ];
    };
    const paidOn = new Map(payments.map((p) => [p.id, ctx.clock.dateOf(p.paidAt ?? p.createdAt)]));
    const payerOf = new Map(payments.map((p) => [p.id, p.companyId]));
    const money = (amount: string) => Money.of(amount, currency);
    const paymentReferences = new Map(payments.map((p) => [p.id, paymentReference(p, settledBy(p.id))]));

    const entries: LedgerEntry[] = [
      ...invoices.map((i) => ({
        date: i.issuedOn!,
        kind: 'INVOICE' as const,
        reference: i.number,
        amount: money(i.total),
        ...party(i.companyId),
      })),
      ...creditNotes.map((c) => ({
        date: c.issuedOn!,
        kind: 'CREDIT_NOTE' as const,
        reference: c.number,
        amount: money(c.total),
        settles: appliedTo(c),
        ...party(c.companyId),
      })),
      ...payments.map((p) => ({
        date: paidOn.get(p.id)!,
        kind: 'PAYMENT' as const,
        reference: paymentReferences.get(p.id)!,
        amount: money(p.amount),
        settles: settledBy(p.id),
        ...party(p.companyId),
      })),
      ...allocations
        .filter((a) => !money(a.discountTaken).isZero())
        .map((a) => ({
          date: paidOn.get(a.paymentId)!,
          kind: 'DISCOUNT' as const,
          reference: `Discount on ${numberOf.get(a.invoiceId) ?? 'invoice'}`,
          amount: money(a.discountTaken),
          settles: [numberOf.get(a.invoiceId) ?? 'invoice'],
          ...party(payerOf.get(a.paymentId)!),
        })),
      ...refunds.map((r) => ({
        date: r.refundedOn,
        kind: 'REFUND' as const,
        reference: `Refund of ${noteNumberOf.get(r.creditNoteId) ?? 'credit note'} to card`,
        amount: money(r.amount),
        settles: [noteNumberOf.get(r.creditNoteId) ?? 'credit note'],
        ...party(r.companyId),
      })),
    ];
    return {
      currency,
      invoices,
      creditNotes,
      payments,
      allocations,
      applications,
      refunds,
      paidOn,
      paymentReferences,
      entries,
    };
  }

  /** The domain's aging of the ledger on `asOf`, with what was applied by then. */
  private aging(ledger: Ledger, asOf: string, currency: string): AgingReport {
    const money = (amount: string) => Money.of(amount, currency);
    const by = (date: string) => compareDates(date, asOf) <= 0;
    // Credit spent after a credit note was issued: applied to invoices, or refunded.
    const laterApplied = (creditNoteId: number, when: (date: string) => boolean = () => true) =>
      sumMoney(
        [
          ...ledger.applications.filter((a) => a.creditNoteId === creditNoteId && when(a.appliedOn)),
          ...ledger.refunds.filter((r) => r.creditNoteId === creditNoteId && when(r.refundedOn)),
        ].map((a) => money(a.amount)),
        currency,
      );
    const items: OpenItem[] = [
      ...ledger.invoices.map((invoice) => ({
        kind: 'INVOICE' as const,
        reference: invoice.number,
        date: invoice.issuedOn!,
        dueOn: invoice.dueOn,
        amount: money(invoice.total),
        applied: sumMoney(
          [
            ...ledger.allocations
              .filter((a) => a.invoiceId === invoice.id && by(ledger.paidOn.get(a.paymentId)!))
              .map((a) => money(a.amount).add(money(a.discountTaken))),
            // A credit note's part applied when it was issued: its amountPaid less later applications.
            ...ledger.creditNotes
              .filter((c) => c.creditedInvoiceId === invoice.id && by(c.issuedOn!))
              .map((c) => money(c.amountPaid).subtract(laterApplied(c.id))),
            ...ledger.applications
              .filter((a) => a.invoiceId === invoice.id && by(a.appliedOn))
              .map((a) => money(a.amount)),
          ],
          currency,
        ),
      })),
      ...ledger.creditNotes.map((c) => ({
        kind: 'CREDIT_NOTE' as const,
        reference: c.number,
        date: c.issuedOn!,
        amount: money(c.total),
        applied: money(c.amountPaid).subtract(laterApplied(c.id)).add(laterApplied(c.id, by)),
      })),
      ...ledger.payments.map((p) => ({
        kind: 'PAYMENT' as const,
        reference: ledger.paymentReferences.get(p.id)!,
        date: ledger.paidOn.get(p.id)!,
        amount: money(p.amount),
        applied: sumMoney(
          ledger.allocations.filter((a) => a.paymentId === p.id).map((a) => money(a.amount)),
          currency,
        ),
      })),
    ];
    return agingReport(items, asOf, currency);
  }
}

interface Ledger {
  currency: string;
  invoices: Invoice[];
  creditNotes: Invoice[];
  payments: Payment[];
  allocations: PaymentAllocation[];
  applications: CreditApplication[];
  refunds: Refund[];
  paidOn: Map<number, string>;
  paymentReferences: Map<number, string>;
  entries: LedgerEntry[];
}

/**
 * A payment as the statement names it: the invoices it settled, with the payer's own reference
 * (a check number, a bank reference) when accounting recorded it; never a provider's charge id.
 */
function paymentReference(p: Payment, invoices: readonly string[]): string {
  const own = p.provider === null ? (p.reference?.trim() ?? '') : '';
  const paid = invoices.length
    ? `Payment of ${invoices.join(', ')}`
    : `Payment ${String(p.id).padStart(6, '0')}`;
  return own ? `${paid} (${own})` : paid;
}
