import { In } from 'typeorm';
import {
  Money,
  Permission,
  QUANTITY_SCALE,
  amountDue,
  creditAtRate,
  creditQuantities,
  creditToApply,
  creditableAmount,
  currencyExponent,
  dec,
  destinationLabel,
  formatMoney,
  parseDecimal,
  spreadCredit,
  sumMoney,
  toDecimalString,
} from '@portal/domain';
import { at } from '../../common/at';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith, refuseIfAny, userError, type UserError } from '../../common/user-error';
import type { RequestContext } from '../../context';
import {
  CreditApplication,
  Invoice,
  InvoiceLine,
  Order,
  Payment,
  PaymentAllocation,
  TaxRate,
} from '../../entity';
import type { TaxRulesService } from '../taxes/tax-rules.service';
import type { AuditService } from '../support/audit.service';
import { refusalOf } from '../support/mutation';
import type { NumberSequenceService } from '../support/number-sequence.service';
import { invoicePayload, issueDate, type InvoiceResult } from './invoice-payload';
import { figuresOf, type InvoiceQueryService } from './invoice-query.service';
import type { InvoiceSettlement } from './invoice-settlement';

/** Credit note numbers: CN-000001…. */
export const CREDIT_NOTE_SEQUENCE = { name: 'credit_note', prefix: 'CN' };

const MAX_REASON = 2000;

/**
 * Credit notes against issued invoices, partial or full: at most what is left creditable (the
 * domain's creditableAmount). A credit note is applied to the invoice's amount due at once; any
 * excess stays on the customer's account (its own amountPaid is the part applied).
 */
export class CreditNoteService {
  constructor(
    private readonly audit: AuditService,
    private readonly invoices: InvoiceQueryService,
    private readonly settlement: InvoiceSettlement,
    private readonly sequences: NumberSequenceService,
    private readonly taxRules: TaxRulesService,
  ) {}

  issueCreditNote(ctx: RequestContext, input: CreditNoteRequest): Promise<InvoiceResult> {
    return invoicePayload(ctx, async () => {
      const found = await this.invoices.findVisible(ctx, idOfType(input.invoiceId, 'Invoice'));
      if (!found) failWith(UserErrorCode.NOT_FOUND, 'No such invoice.', ['input', 'invoiceId']);
      const errors: UserError[] = [];
      const byLines = input.lines != null;
      let amount: Money | null = null;
      if (byLines === (input.amount != null))
        errors.push(
          userError(UserErrorCode.INVALID, 'Credit either an amount or lines of the invoice, not both.', [
            'input',
            byLines ? 'lines' : 'amount',
          ]),
        );
      else if (byLines) {
        if (input.lines!.length === 0)
          errors.push(
            userError(UserErrorCode.INVALID, 'Choose at least one line to credit.', ['input', 'lines']),
          );
        if (input.taxTreatment != null || input.taxClass != null)
          errors.push(
            userError(
              UserErrorCode.INVALID,
              'Credited lines keep their own tax; leave out the tax treatment.',
              ['input', 'taxTreatment'],
            ),
          );
      } else {
        const parsed = parseDecimal(input.amount!, { maxScale: currencyExponent(found.currencyCode) });
        if (!parsed.ok) errors.push(userError(UserErrorCode.INVALID, parsed.message, ['input', 'amount']));
        else if (!parsed.value.gt(0))
          errors.push(
            userError(UserErrorCode.INVALID, 'A credit note needs an amount above zero.', [
              'input',
              'amount',
            ]),
          );
        else amount = Money.of(parsed.value, found.currencyCode);
        const treatment = input.taxTreatment ?? 'PROPORTIONAL';
        if ((treatment === 'TAX_CLASS') !== (input.taxClass != null))
          errors.push(
            userError(
              UserErrorCode.INVALID,
              treatment === 'TAX_CLASS'
                ? 'Name the tax class whose rate the credit carries.'
                : 'A tax class goes with the TAX_CLASS treatment only.',
              ['input', 'taxClass'],
            ),
          );
      }
      const reason = input.reason.trim();
      if (reason.length === 0)
        errors.push(
          userError(UserErrorCode.INVALID, 'Give the reason for the credit note.', ['input', 'reason']),
        );
      else if (reason.length > MAX_REASON)
        errors.push(
          userError(UserErrorCode.INVALID, `A reason has at most ${MAX_REASON} characters.`, [
            'input',
            'reason',
          ]),
        );
      let issuedOn = '';
      errors.push(
        ...(refusalOf(() => (issuedOn = issueDate(ctx, input.issuedOn, ['input', 'issuedOn']))) ?? []),
      );
      refuseIfAny(errors);
      const credit: CreditAsked = amount
        ? {
            amount,
            treatment: input.taxTreatment ?? 'PROPORTIONAL',
            taxClass: input.taxClass?.trim() ?? null,
          }
        : {
            lines: input.lines!.map((l, i) => ({
              id: idOfType(l.invoiceLineId, 'InvoiceLine'),
              quantity: l.quantity,
              field: ['input', 'lines', String(i)],
            })),
          };
      return ctx.transaction((tx) => this.creditInTx(tx, found.id, credit, reason, issuedOn));
    });
  }

  /**
   * Applies open credit of a credit note (credit on account) to another open invoice of the same
   * company: as much as both allow, or `amount`. The customer's admin (INVOICES_PAY with
   * INVOICES_READ_COMPANY) or accounting (INVOICING_MANAGE).
   */
  applyCredit(
    ctx: RequestContext,
    input: { creditNoteId: string; invoiceId: string; amount?: string | null },
  ): Promise<InvoiceResult> {
    return invoicePayload(ctx, async () => {
      const viewer = ctx.requireViewer();
      if (
        viewer.isStaff
          ? !viewer.can(Permission.INVOICING_MANAGE)
          : !viewer.can(Permission.INVOICES_PAY) || !viewer.can(Permission.INVOICES_READ_COMPANY)
      )
        failWith(
          UserErrorCode.FORBIDDEN,
          "Only the company's portal admin or accounting apply credit to invoices.",
          ['input'],
        );
      const note = await this.invoices.findVisible(ctx, idOfType(input.creditNoteId, 'Invoice'));
      if (!note || note.kind !== 'CREDIT_NOTE')
        failWith(UserErrorCode.NOT_FOUND, 'No such credit note.', ['input', 'creditNoteId']);
      const invoice = await this.invoices.findVisible(ctx, idOfType(input.invoiceId, 'Invoice'));
      if (!invoice || invoice.kind !== 'INVOICE' || invoice.companyId !== note.companyId)
        failWith(UserErrorCode.NOT_FOUND, 'No such invoice of the same company.', ['input', 'invoiceId']);
      if (invoice.currencyCode !== note.currencyCode)
        failWith(UserErrorCode.INVALID, 'Credit applies to invoices in its own currency.', [
          'input',
          'invoiceId',
        ]);
      let requested: Money | null = null;
      if (input.amount != null) {
        const parsed = parseDecimal(input.amount, { maxScale: currencyExponent(note.currencyCode) });
        if (!parsed.ok) failWith(UserErrorCode.INVALID, parsed.message, ['input', 'amount']);
        requested = Money.of(parsed.value, note.currencyCode);
      }
      await ctx.transaction(async (tx) => {
        // Locked in id order, as every writer of several invoices does.
        const [first, second] = note.id < invoice.id ? [note.id, invoice.id] : [invoice.id, note.id];
        const a = await this.settlement.lockInvoice(tx, first);
        const b = await this.settlement.lockInvoice(tx, second);
        const lockedNote = a.id === note.id ? a : b;
        const lockedInvoice = a.id === note.id ? b : a;
        if (lockedInvoice.status !== 'OPEN')
          failWith(
            UserErrorCode.INVALID_STATE,
            `Credit applies to open invoices; ${lockedInvoice.number} is ${lockedInvoice.status.toLowerCase()}.`,
            ['input', 'invoiceId'],
          );
        const pending = await tx.db
          .getRepository(PaymentAllocation)
          .createQueryBuilder('a')
          .innerJoin(Payment, 'p', 'p.id = a.paymentId')
          .where('a.invoiceId = :id AND p.status = :status', { id: lockedInvoice.id, status: 'PENDING' })
          .getCount();
        const open = amountDue(figuresOf(lockedNote));
        const due = amountDue(figuresOf(lockedInvoice));
        const decided = creditToApply(open, due, requested);
        if (!decided.ok)
          failWith(UserErrorCode.INVALID, decided.message, ['input', requested ? 'amount' : 'invoiceId']);
        if (pending > 0)
          failWith(
            UserErrorCode.INVALID_STATE,
            `A bank transfer for ${lockedInvoice.number} is on its way; apply credit once accounting has recorded or cancelled it.`,
            ['input', 'invoiceId'],
          );
        await this.settlement.apply(tx, lockedInvoice, decided.amount);
        await this.settlement.apply(tx, lockedNote, decided.amount);
        const now = tx.now();
        await tx.db.getRepository(CreditApplication).insert({
          creditNoteId: lockedNote.id,
          invoiceId: lockedInvoice.id,
          amount: toDecimalString(decided.amount.amount),
          appliedOn: tx.clock.today(),
          createdById: viewer.userId,
          createdAt: now,
        });
        await this.audit.recordOn(tx, 'Invoice', lockedInvoice, 'CREDIT_APPLIED', {
          creditNote: lockedNote.number,
          invoice: lockedInvoice.number,
          amount: toDecimalString(decided.amount.amount),
        });
      });
      return invoice;
    });
  }

  private async creditInTx(
    tx: RequestContext,
    invoiceId: number,
    credit: CreditAsked,
    reason: string,
    issuedOn: string,
  ) {
    const invoice = await this.settlement.lockInvoice(tx, invoiceId);
    if (invoice.kind !== 'INVOICE')
      failWith(UserErrorCode.INVALID, 'Credit notes are issued against invoices, not against credit notes.', [
        'input',
        'invoiceId',
      ]);
    if (invoice.status !== 'OPEN' && invoice.status !== 'PAID') {
      failWith(
        UserErrorCode.INVALID_STATE,
        `Only an issued invoice can be credited; ${invoice.number} is ${invoice.status.toLowerCase()}.`,
        ['input', 'invoiceId'],
      );
    }
    if (invoice.issuedOn !== null && issuedOn < invoice.issuedOn)
      failWith(UserErrorCode.INVALID, `A credit note cannot predate the invoice (${invoice.issuedOn}).`, [
        'input',
        'issuedOn',
      ]);
    const currency = invoice.currencyCode;
    const earlier = await tx.db.getRepository(Invoice).find({
      where: { creditedInvoiceId: invoice.id, kind: 'CREDIT_NOTE', status: In(['OPEN', 'PAID']) },
    });
    const invoiceLines = await tx.db
      .getRepository(InvoiceLine)
      .find({ where: { invoiceId: invoice.id }, order: { position: 'ASC', id: 'ASC' } });
    const rows =
      'lines' in credit
        ? await this.linesCredit(tx, invoice, invoiceLines, earlier, credit.lines)
        : await this.amountCredit(tx, invoice, invoiceLines, credit, reason);
    const sum = (pick: (r: Partial<InvoiceLine>) => string | undefined) =>
      rows.reduce((s, r) => s.add(Money.of(pick(r) ?? '0', currency)), Money.zero(currency));
    const amount = sum((r) => r.lineTotal).add(sum((r) => r.taxAmount));
    const total = Money.of(invoice.total, currency);
    const creditable = creditableAmount(
      total,
      earlier.map((cn) => Money.of(cn.total, currency)),
    );
    if (amount.compare(creditable) > 0) {
      const credited = sumMoney(
        earlier.map((cn) => Money.of(cn.total, currency)),
        currency,
      );
      failWith(
        UserErrorCode.INVALID,
        `At most ${formatMoney(creditable, { withCurrency: true })} is left to credit on ${invoice.number} (total ${formatMoney(total, { withCurrency: true })}, credited so far ${formatMoney(credited, { withCurrency: true })}).`,
        ['input', 'lines' in credit ? 'lines' : 'amount'],
      );
    }
    const number = await this.sequences.nextNumber(tx, CREDIT_NOTE_SEQUENCE);
    const due = amountDue(figuresOf(invoice));
    const applied = amount.compare(due) > 0 ? due : amount;
    const now = tx.now();
    const repo = tx.db.getRepository(Invoice);
    const note = await repo.save(
      repo.create({
        number,
        kind: 'CREDIT_NOTE',
        status: applied.equals(amount) ? 'PAID' : 'OPEN',
        companyId: invoice.companyId,
        orderId: invoice.orderId,
        creditedInvoiceId: invoice.id,
        reason,
        issuedOn,
        dueOn: null,
        currencyCode: currency,
        subtotal: toDecimalString(sum((r) => r.lineTotal).amount),
        taxTotal: toDecimalString(sum((r) => r.taxAmount).amount),
        total: toDecimalString(amount.amount),
        amountPaid: toDecimalString(applied.amount),
        paymentTermId: null,
        earlyPaymentDiscountPercent: null,
        earlyPaymentDiscountDeadline: null,
        taxExemptionText: invoice.taxExemptionText,
        createdById: tx.viewer?.userId ?? null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await tx.db.getRepository(InvoiceLine).insert(rows.map((r) => ({ ...r, invoiceId: note.id })));
    if (!applied.isZero()) await this.settlement.apply(tx, invoice, applied);
    await this.audit.recordOn(tx, 'Invoice', note, 'CREDIT_NOTE_ISSUED', {
      number,
      invoice: invoice.number,
      amount: note.total,
      applied: toDecimalString(applied.amount),
      reason,
    });
    return note;
  }

  /** Lines crediting quantities of invoice lines (the domain's creditQuantities), each with its tax. */
  private async linesCredit(
    tx: RequestContext,
    invoice: Invoice,
    lines: InvoiceLine[],
    earlier: Invoice[],
    asked: { id: number | null; quantity: string; field: string[] }[],
  ): Promise<Partial<InvoiceLine>[]> {
    const currency = invoice.currencyCode;
    const earlierLines = earlier.length
      ? await tx.db.getRepository(InvoiceLine).find({ where: { invoiceId: In(earlier.map((e) => e.id)) } })
      : [];
    const requests: { line: number; quantity: string }[] = [];
    for (const a of asked) {
      const index = lines.findIndex((l) => l.id === a.id);
      if (index < 0)
        failWith(UserErrorCode.NOT_FOUND, `No such line on ${invoice.number}.`, [
          ...a.field,
          'invoiceLineId',
        ]);
      const parsed = parseDecimal(a.quantity, { maxScale: QUANTITY_SCALE });
      if (!parsed.ok) failWith(UserErrorCode.INVALID, parsed.message, [...a.field, 'quantity']);
      requests.push({ line: index, quantity: toDecimalString(parsed.value) });
    }
    const money = (v: string) => Money.of(v, currency);
    const result = creditQuantities(
      lines.map((l) => {
        // Earlier credits of this line: by quantity (its unit kept) or a share of an amount.
        const mine = earlierLines.filter((e) => e.orderLineId !== null && e.orderLineId === l.orderLineId);
        return {
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          net: money(l.lineTotal),
          tax: money(l.taxAmount),
          taxRatePercent: l.taxRate,
          creditedQuantity: toDecimalString(
            mine.filter((e) => e.unitId !== null).reduce((q, e) => q.add(dec(e.quantity)), dec('0')),
          ),
          creditedNet: sumMoney(
            mine.map((e) => money(e.lineTotal)),
            currency,
          ),
          creditedTax: sumMoney(
            mine.map((e) => money(e.taxAmount)),
            currency,
          ),
        };
      }),
      requests,
    );
    if (!result.ok)
      failWith(UserErrorCode.INVALID, result.message, [...at(asked, result.request).field, 'quantity']);
    return result.credits.map((credit, position) => {
      const line = at(lines, credit.line);
      return {
        position: position + 1,
        orderLineId: line.orderLineId,
        productId: line.productId,
        description: line.description,
        quantity: toDecimalString(credit.quantity),
        unitId: line.unitId,
        unitPrice: line.unitPrice,
        lineTotal: toDecimalString(credit.net.amount),
        taxRate: line.taxRate,
        taxAmount: toDecimalString(credit.tax.amount),
      };
    });
  }

  /** Lines of a credit of an amount: spread over the lines, without tax, or at a tax class's rate. */
  private async amountCredit(
    tx: RequestContext,
    invoice: Invoice,
    lines: InvoiceLine[],
    credit: { amount: Money; treatment: string; taxClass: string | null },
    reason: string,
  ): Promise<Partial<InvoiceLine>[]> {
    if (credit.treatment === 'PROPORTIONAL') return creditLines(invoice, lines, credit.amount, reason);
    let rate = '0';
    if (credit.treatment === 'TAX_CLASS' && invoice.taxExemptionText === null) {
      // The class's rate where the invoiced order shipped to.
      const order =
        invoice.orderId === null ? null : await tx.db.getRepository(Order).findOneBy({ id: invoice.orderId });
      const shipTo = order?.shippingAddressId ?? null;
      const found = (await this.taxRules.ratesFor(tx, shipTo)).find((r) => r.taxClass === credit.taxClass);
      if (!found) {
        const known = await tx.db.getRepository(TaxRate).existsBy({ taxClass: credit.taxClass ?? '' });
        const destination = await this.taxRules.destinationOf(tx, shipTo);
        failWith(
          UserErrorCode.NOT_FOUND,
          !known
            ? `No tax class ${credit.taxClass}.`
            : destination
              ? `Tax class ${credit.taxClass} has no rate at ${destinationLabel(destination)}, where the invoiced order shipped to.`
              : `Tax class ${credit.taxClass} has no rate that applies without a ship-to address (the invoiced order has none).`,
          ['input', 'taxClass'],
        );
      }
      rate = toDecimalString(found.percent);
    }
    const { net, tax } = creditAtRate(credit.amount, rate, true);
    return [
      {
        position: 1,
        orderLineId: null,
        productId: null,
        description: `Credit on ${invoice.number}: ${reason}`.slice(0, 512),
        quantity: '1',
        unitId: null,
        unitPrice: toDecimalString(net.amount),
        lineTotal: toDecimalString(net.amount),
        taxRate: rate,
        taxAmount: toDecimalString(tax.amount),
      },
    ];
  }
}

/** What a credit note credits: quantities of lines, or an amount with its tax treatment. */
type CreditAsked =
  | { lines: { id: number | null; quantity: string; field: string[] }[] }
  | { amount: Money; treatment: string; taxClass: string | null };

/** What issueCreditNote takes. */
export interface CreditNoteRequest {
  invoiceId: string;
  amount?: string | null;
  lines?: { invoiceLineId: string; quantity: string }[] | null;
  taxTreatment?: 'PROPORTIONAL' | 'NO_TAX' | 'TAX_CLASS' | null;
  taxClass?: string | null;
  reason: string;
  issuedOn?: string | null;
}

/**
 * Lines of a credit note of `amount` (tax included), spread over the invoice lines by the
 * domain (spreadCredit): a line credited whole keeps its quantity and unit price.
 */
function creditLines(
  invoice: Invoice,
  lines: InvoiceLine[],
  amount: Money,
  reason: string,
): Partial<InvoiceLine>[] {
  const currency = invoice.currencyCode;
  const credits = spreadCredit(
    lines.map((l) => ({ net: Money.of(l.lineTotal, currency), tax: Money.of(l.taxAmount, currency) })),
    amount,
  );
  if (credits.length === 0) {
    return [
      {
        position: 1,
        orderLineId: null,
        productId: null,
        description: `Credit on ${invoice.number}: ${reason}`.slice(0, 512),
        quantity: '1',
        unitId: null,
        unitPrice: toDecimalString(amount.amount),
        lineTotal: toDecimalString(amount.amount),
        taxRate: '0',
        taxAmount: '0',
      },
    ];
  }
  return credits.map((credit, position) => {
    const line = at(lines, credit.line);
    return {
      position: position + 1,
      orderLineId: line.orderLineId,
      productId: line.productId,
      description: `Credit: ${line.description}`.slice(0, 512),
      quantity: credit.whole ? line.quantity : '1',
      unitId: credit.whole ? line.unitId : null,
      unitPrice: credit.whole ? line.unitPrice : toDecimalString(credit.net.amount),
      lineTotal: toDecimalString(credit.net.amount),
      taxRate: line.taxRate,
      taxAmount: toDecimalString(credit.tax.amount),
    };
  });
}
