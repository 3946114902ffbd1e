import type { SellerDetails } from '../../../config';
import { quantity } from './format';
import { PdfLayout } from './layout';
import type { DeliverySlipModel } from './models';

/** Delivery slip (packing list): what is in the shipment and how it travels; never any price. */
export function renderDeliverySlip(
  model: DeliverySlipModel,
  seller: SellerDetails,
  date: Date,
): Promise<Buffer> {
  const pdf = new PdfLayout({
    title: `Delivery slip ${model.orderNumber}-${model.shipmentNumber}`,
    date,
    seller,
  });
  pdf.header('Delivery slip', [
    ['Order', model.orderNumber],
    ['Shipment', String(model.shipmentNumber)],
    ['Shipped', model.shippedOn ?? 'not yet'],
    ...(model.purchaseOrderNumber ? ([['Your PO', model.purchaseOrderNumber]] as [string, string][]) : []),
  ]);
  pdf.addresses([
    {
      heading: 'Ship to',
      lines: model.shipTo
        ? [model.shipTo.name, ...model.shipTo.lines]
        : [model.buyer.name, ...model.buyer.lines],
    },
    { heading: 'Customer', lines: [model.buyer.name] },
  ]);
  pdf.facts([
    ['Carrier', model.carrier ?? '-'],
    ['Tracking number', model.trackingNumber ?? '-'],
    ...(model.billOfLadingNumber
      ? ([['Bill of lading', model.billOfLadingNumber]] as [string, string][])
      : []),
  ]);
  pdf.table(
    [
      { header: 'SKU', width: 18 },
      { header: 'Description', width: 52 },
      { header: 'Qty', width: 15, align: 'right' },
      { header: 'Unit', width: 15 },
    ],
    model.lines.map((l) => [l.sku ?? '', l.description, quantity(l.quantity), l.unit]),
  );
  pdf.paragraph(
    'Please check the goods on arrival and report any damage or shortage in the portal within 5 days.',
  );
  return pdf.finish();
}
