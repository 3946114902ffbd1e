import { addDays, lineTotal } from '@portal/domain';
import { Invoice, InvoiceLine } from '../gateway';
import { CURRENCY, scale4, type SeedContext } from '../core/seed-context';
import type { IssuedInvoice } from './invoices';
import { taxAtLineRates, taxedLine } from './tax-of-lines';

/**
 * One credit note: a unit of the first line of Acme's first invoice arrived damaged. The credited
 * line is one unit at the invoiced unit price (the domain's lineTotal), taxed at the invoiced rate
 * (computeTax); the credit stays on the account, unapplied.
 */
export function creditNote(
  ctx: SeedContext,
  invoices: readonly IssuedInvoice[],
): { invoice: Invoice; lines: InvoiceLine[] } | null {
  const acme = invoices.find((x) => x.company.spec.key === 'acme');
  if (!acme) return null;
  const [line] = acme.order.lines;
  if (!line) throw new Error(`Acme's invoice ${acme.invoice.number} has an order without lines`);
  const quantity = '1';
  const credited = {
    lineTotal: scale4(lineTotal(line.unitPrice, quantity, CURRENCY).amount),
    taxRate: line.taxRate,
  };
  const tax = taxAtLineRates(acme.company.row, [credited]);
  const taxed = taxedLine(tax, 0);
  const issuedOn = addDays(acme.invoice.issuedOn as string, 6);
  const at = new Date(`${issuedOn}T16:00:00Z`);
  const invoice: Invoice = {
    ...acme.invoice,
    id: ctx.writer.id(Invoice),
    number: ctx.numbers.take('creditNote'),
    kind: 'CREDIT_NOTE',
    status: 'OPEN',
    creditedInvoiceId: acme.invoice.id,
    reason: `Damaged in transit: 1 ${line.description}`,
    issuedOn,
    dueOn: null,
    subtotal: scale4(tax.subtotal.amount),
    taxTotal: scale4(tax.taxTotal.amount),
    total: scale4(tax.total.amount),
    amountPaid: scale4('0'),
    paymentTermId: null,
    earlyPaymentDiscountPercent: null,
    earlyPaymentDiscountDeadline: null,
    createdAt: at,
    updatedAt: at,
  };
  const lines: InvoiceLine[] = [
    {
      id: ctx.writer.id(InvoiceLine),
      invoiceId: invoice.id,
      position: 1,
      orderLineId: line.id,
      productId: line.productId,
      description: `${line.description} (damaged in transit)`,
      quantity: scale4(quantity),
      unitId: line.unitId,
      unitPrice: line.unitPrice,
      lineTotal: credited.lineTotal,
      taxRate: scale4(taxed.ratePercent),
      taxAmount: scale4(taxed.tax.amount),
    },
  ];
  return { invoice, lines };
}
