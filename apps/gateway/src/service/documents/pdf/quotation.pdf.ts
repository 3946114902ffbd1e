import type { SellerDetails } from '../../../config';
import { PdfLayout } from './layout';
import type { QuotationModel } from './models';
import { PRICED_COLUMNS, pricedRows, totalRows } from './order-confirmation.pdf';

/** Quotation: one revision of a quote, with its validity. */
export function renderQuotation(model: QuotationModel, seller: SellerDetails, date: Date): Promise<Buffer> {
  const pdf = new PdfLayout({
    title: `Quotation ${model.orderNumber} revision ${model.revision}`,
    date,
    seller,
  });
  pdf.header('Quotation', [
    ['Quotation', model.orderNumber],
    ['Revision', String(model.revision)],
    ['Date', model.sentOn],
    ['Valid until', model.validUntil ?? 'until further notice'],
  ]);
  pdf.addresses([
    { heading: 'Prepared for', lines: [model.buyer.name, ...model.buyer.lines] },
    ...(model.shipTo ? [{ heading: 'Ship to', lines: [model.shipTo.name, ...model.shipTo.lines] }] : []),
  ]);
  pdf.table(PRICED_COLUMNS, pricedRows(model.lines, model.totals.currencyCode));
  pdf.totals(totalRows(model.totals));
  if (model.totals.taxExemptionText) pdf.paragraph(model.totals.taxExemptionText);
  pdf.facts([['Payment terms', model.paymentTerm ?? 'As agreed']]);
  if (model.notes) pdf.heading('Notes').paragraph(model.notes);
  pdf.paragraph(
    model.validUntil
      ? `This quotation (revision ${model.revision}) is valid until ${model.validUntil}. Accept it in the portal to place the order.`
      : `Accept this quotation (revision ${model.revision}) in the portal to place the order.`,
  );
  return pdf.finish();
}
