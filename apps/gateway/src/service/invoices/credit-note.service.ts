import { In } from 'typeorm';
import {
  Money,
  amountDue,
  creditableAmount,
  currencyExponent,
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
import { Invoice, InvoiceLine } from '../../entity';
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
  ) {}

  issueCreditNote(
    ctx: RequestContext,
    input: { invoiceId: string; amount: string; reason: string; issuedOn?: string | null },
  ): Promise<InvoiceResult> {
    return invoicePayload(ctx, async () => {
      const found = await this.invoices.findVisible(ctx, idOfType(input.invoiceId, 'Invoice'));
      if (!found) failWith(UserErrorCode.NOT_FOUND, 'No such invoice.', ['input', 'invoiceId']);
      const errors: UserError[] = [];
      const parsed = parseDecimal(input.amount, { maxScale: currencyExponent(found.currencyCode) });
      if (!parsed.ok) errors.push(userError(UserErrorCode.INVALID, parsed.message, ['input', 'amount']));
      else if (parsed.value.isZero())
        errors.push(
          userError(UserErrorCode.INVALID, 'A credit note needs an amount above zero.', ['input', 'amount']),
        );
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
      if (!parsed.ok) throw new Error('unreachable: a refused amount was not reported');
      const amount = Money.of(parsed.value, found.currencyCode);
      return ctx.transaction((tx) => this.creditInTx(tx, found.id, amount, reason, issuedOn));
    });
  }

  private async creditInTx(
    tx: RequestContext,
    invoiceId: number,
    amount: Money,
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
        ['input', 'amount'],
      );
    }
    const invoiceLines = await tx.db
      .getRepository(InvoiceLine)
      .find({ where: { invoiceId: invoice.id }, order: { position: 'ASC', id: 'ASC' } });
    const rows = creditLines(invoice, invoiceLines, amount, reason);
    const sum = (pick: (r: Partial<InvoiceLine>) => string | undefined) =>
      rows.reduce((s, r) => s.add(Money.of(pick(r) ?? '0', currency)), Money.zero(currency));
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
