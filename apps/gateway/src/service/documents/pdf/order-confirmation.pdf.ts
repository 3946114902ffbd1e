import type { SellerDetails } from '../../../config';
import { amount, amountWithCurrency, quantity, unitPrice } from './format';
import { PdfLayout, type Column, type TotalRow } from './layout';
import type { OrderConfirmationModel, PricedLine, Totals } from './models';

export const PRICED_COLUMNS: Column[] = [
  { header: 'SKU', width: 14 },
  { header: 'Description', width: 36 },
  { header: 'Qty', width: 10, align: 'right' },
  { header: 'Unit', width: 8 },
  { header: 'Unit price', width: 15, align: 'right' },
  { header: 'Line total', width: 17, align: 'right' },
];

export function pricedRows(lines: PricedLine[], currencyCode: string): string[][] {
  return lines.map((l) => [
    l.sku ?? '',
    l.description,
    quantity(l.quantity),
    l.unit,
    unitPrice(l.unitPrice, currencyCode),
    amount(l.lineTotal, currencyCode),
  ]);
}

export function totalRows(totals: Totals): TotalRow[] {
  const c = totals.currencyCode;
  return [
    ['Subtotal', amount(totals.subtotal, c)],
    ...totals.adjustments.map((a): TotalRow => [a.description, amount(a.amount, c)]),
    [totals.taxExemptionText ? 'Tax (exempt)' : 'Tax', amount(totals.taxTotal, c)],
    [`Total ${c}`, amountWithCurrency(totals.total, c), { bold: true }],
  ];
}

/** Order confirmation: what was ordered, at which prices, and the terms. */
export function renderOrderConfirmation(
  model: OrderConfirmationModel,
  seller: SellerDetails,
  date: Date,
): Promise<Buffer> {
  const pdf = new PdfLayout({ title: `Order confirmation ${model.orderNumber}`, date, seller });
  pdf.header('Order confirmation', [
    ['Order', model.orderNumber],
    ['Date', model.placedOn],
    ...(model.purchaseOrderNumber ? ([['Your PO', model.purchaseOrderNumber]] as [string, string][]) : []),
  ]);
  pdf.addresses([
    { heading: 'Bill to', lines: [model.buyer.name, ...model.buyer.lines] },
    ...(model.shipTo ? [{ heading: 'Ship to', lines: [model.shipTo.name, ...model.shipTo.lines] }] : []),
  ]);
  pdf.table(PRICED_COLUMNS, pricedRows(model.lines, model.totals.currencyCode));
  pdf.totals(totalRows(model.totals));
  if (model.totals.taxExemptionText) pdf.paragraph(model.totals.taxExemptionText);
  pdf.facts([
    ['Payment terms', model.paymentTerm ?? 'As agreed'],
    ...(model.requestedDeliveryDate
      ? ([['Requested delivery', model.requestedDeliveryDate]] as [string, string][])
      : []),
  ]);
  if (model.notes) pdf.heading('Notes').paragraph(model.notes);
  pdf.paragraph(
    'Thank you for your order. Invoices follow shipment and are due per the payment terms above.',
  );
  return pdf.finish();
}
