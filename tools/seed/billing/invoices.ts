import { Money, invoiceTerms } from '@portal/domain';
import { Invoice, InvoiceInstallment, InvoiceLine } from '../gateway';
import { CURRENCY, isoDate, scale4, type SeedContext } from '../core/seed-context';
import type { SeededCompany } from '../steps/companies.step';
import type { SeededOrder } from '../steps/orders.step';
import type { Staff } from '../steps/staff.step';
import { taxAtLineRates, taxedLine } from './tax-of-lines';

/** An invoice issued for an invoiced order, with its lines and installments. */
export interface IssuedInvoice {
  company: SeededCompany;
  order: SeededOrder;
  invoice: Invoice;
  lines: InvoiceLine[];
  installments: InvoiceInstallment[];
}

/**
 * An invoice for every invoiced order, numbered in the order they were issued (the day the order
 * became INVOICED). Totals and line taxes come from the domain's computeTax at the order lines'
 * rates; due date, installments and early-payment discount from the domain's invoiceTerms under
 * the company's payment term, as the gateway issues an invoice.
 */
export function issueInvoices(
  ctx: SeedContext,
  world: { staff: Staff; orders: readonly SeededOrder[] },
): IssuedInvoice[] {
  const { writer } = ctx;
  const invoiced = world.orders
    .filter((o) => o.order.status === 'INVOICED')
    .sort((a, b) => a.order.updatedAt.getTime() - b.order.updatedAt.getTime());
  return invoiced.map((seeded): IssuedInvoice => {
    const { order } = seeded;
    const company = seeded.plan.company;
    const at = order.updatedAt;
    const issuedOn = isoDate(at);
    const tax = taxAtLineRates(company.row, seeded.lines);
    const terms = invoiceTerms({ issuedOn, total: tax.total, term: company.term.term });
    const discount = terms.earlyPaymentDiscount;
    const invoice: Invoice = {
      id: writer.id(Invoice),
      number: ctx.numbers.take('invoice'),
      kind: 'INVOICE',
      status: 'OPEN',
      companyId: company.row.id,
      orderId: order.id,
      creditedInvoiceId: null,
      reason: null,
      issuedOn,
      dueOn: terms.dueOn,
      currencyCode: CURRENCY,
      subtotal: scale4(tax.subtotal.amount),
      taxTotal: scale4(tax.taxTotal.amount),
      total: scale4(tax.total.amount),
      amountPaid: scale4('0'),
      paymentTermId: company.term.row.id,
      earlyPaymentDiscountPercent: discount ? scale4(discount.percent) : null,
      earlyPaymentDiscountDeadline: discount?.deadline ?? null,
      taxExemptionText: tax.exemptionText,
      createdById: world.staff.ACCOUNTING.id,
      createdAt: at,
      updatedAt: at,
    };
    const lines = seeded.lines.map((l, i): InvoiceLine => {
      const taxed = taxedLine(tax, i);
      return {
        id: writer.id(InvoiceLine),
        invoiceId: invoice.id,
        position: i + 1,
        orderLineId: l.id,
        productId: l.productId,
        description: l.description,
        quantity: l.quantity,
        unitId: l.unitId,
        unitPrice: l.unitPrice,
        lineTotal: l.lineTotal,
        taxRate: scale4(taxed.ratePercent),
        taxAmount: scale4(taxed.tax.amount),
      };
    });
    const installments = terms.installments.map((part): InvoiceInstallment => ({
      id: writer.id(InvoiceInstallment),
      invoiceId: invoice.id,
      dueOn: part.dueOn,
      amount: scale4(part.amount.amount),
    }));
    return { company, order: seeded, invoice, lines, installments };
  });
}

/**
 * Settles part of an invoice (a payment and the discount it took): PAID once nothing is left due,
 * as the gateway's InvoiceService.applySettlement does.
 */
export function settle(invoice: Invoice, amount: Money, at: Date): void {
  const paid = Money.of(invoice.amountPaid, CURRENCY).add(amount);
  invoice.amountPaid = scale4(paid.amount);
  if (paid.compare(Money.of(invoice.total, CURRENCY)) >= 0) invoice.status = 'PAID';
  invoice.updatedAt = at;
}
