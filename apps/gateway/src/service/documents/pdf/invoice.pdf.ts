import type { SellerDetails } from '../../../config';
import { amount, amountWithCurrency } from './format';
import { PdfLayout } from './layout';
import type { InvoiceModel } from './models';
import { PRICED_COLUMNS, pricedRows, totalRows } from './order-confirmation.pdf';

/** Invoice or credit note, with terms, due dates, the early-payment discount and how to pay. */
export function renderInvoice(model: InvoiceModel, seller: SellerDetails, date: Date): Promise<Buffer> {
  const c = model.totals.currencyCode;
  const creditNote = model.kind === 'CREDIT_NOTE';
  const kind = creditNote ? 'Credit note' : 'Invoice';
  const pdf = new PdfLayout({ title: `${kind} ${model.number}`, date, seller });
  const refs: [string, string][] = [
    [kind, model.number],
    ['Date', model.issuedOn],
  ];
  if (!creditNote && model.dueOn) refs.push(['Due date', model.dueOn]);
  if (model.creditedInvoiceNumber) refs.push(['Credits invoice', model.creditedInvoiceNumber]);
  if (model.orderNumber) refs.push(['Order', model.orderNumber]);
  if (model.purchaseOrderNumber) refs.push(['Your PO', model.purchaseOrderNumber]);
  pdf.header(kind, refs);
  pdf.addresses([
    { heading: 'Bill to', lines: [model.buyer.name, ...model.buyer.lines] },
    ...(model.shipTo ? [{ heading: 'Ship to', lines: [model.shipTo.name, ...model.shipTo.lines] }] : []),
  ]);
  if (creditNote && model.reason) pdf.facts([['Reason', model.reason]]);
  pdf.table(PRICED_COLUMNS, pricedRows(model.lines, c));
  pdf.totals(totalRows(model.totals));
  if (model.totals.taxExemptionText) pdf.paragraph(`Tax exemption: ${model.totals.taxExemptionText}`);

  if (model.creditApplications.length) {
    pdf.table(
      [
        { header: creditNote ? 'Applied to invoice' : 'Credit applied from', width: 40 },
        { header: 'Date', width: 25 },
        { header: 'Amount', width: 35, align: 'right' },
      ],
      model.creditApplications.map((a) => [a.document, a.appliedOn, amount(a.amount, c)]),
    );
  }
  if (model.refunds.length) {
    pdf.table(
      [
        { header: 'Refunded to your card', width: 40 },
        { header: 'Date', width: 25 },
        { header: 'Amount', width: 35, align: 'right' },
      ],
      model.refunds.map((r) => [
        `${r.paymentPaidOn ? `Card payment of ${r.paymentPaidOn}` : 'Card payment'}${r.pending ? ' (pending)' : ''}`,
        r.refundedOn,
        amount(r.amount, c),
      ]),
    );
  }
  if (creditNote) {
    const spent = model.refunds.length ? 'applied and refunded as shown' : 'applied as shown';
    pdf.paragraph(
      model.openCredit
        ? `This credit note of ${amountWithCurrency(model.totals.total, c)} is a credit to your account; ${amountWithCurrency(model.openCredit, c)} of it is open to apply to other invoices.`
        : `This credit note of ${amountWithCurrency(model.totals.total, c)} is a credit to your account, ${spent}.`,
    );
    return pdf.finish();
  }
  pdf.heading('Payment terms');
  const facts: [string, string][] = [['Terms', model.paymentTerm ?? 'As agreed']];
  if (model.dueOn) facts.push(['Due date', `${model.dueOn}: ${amountWithCurrency(model.totals.total, c)}`]);
  pdf.facts(facts);
  if (model.installments.length) {
    pdf.table(
      [
        { header: 'Installment due', width: 50 },
        { header: 'Amount', width: 50, align: 'right' },
      ],
      model.installments.map((i) => [i.dueOn, amount(i.amount, c)]),
    );
  }
  const discount = model.earlyPaymentDiscount;
  if (discount) {
    pdf.paragraph(
      `Early-payment discount: ${discount.percent}% (${amount(discount.amount, c)}) if paid on or before ${discount.deadline}: pay ${amountWithCurrency(discount.amountToPay, c)} by ${discount.deadline}.`,
      { bold: true },
    );
  }
  pdf.block('How to pay', [
    `Pay online in the portal, or by bank transfer quoting ${model.number}:`,
    ...seller.bankLines,
  ]);
  return pdf.finish();
}
