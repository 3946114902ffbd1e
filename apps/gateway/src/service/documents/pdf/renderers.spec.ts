import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config';
import { pdfAllText, pdfText } from '../../../testing/pdf-text';
import { renderDeliverySlip } from './delivery-slip.pdf';
import { renderInvoice } from './invoice.pdf';
import type { InvoiceModel, StatementModel } from './models';
import { renderStatement } from './statement.pdf';

const seller = loadConfig({}).seller;
const date = new Date('2026-03-01T10:00:00Z');
const buyer = { name: 'Acme Restaurants', lines: ['1 Main St', 'Springfield 12345', 'US'] };

const invoice: InvoiceModel = {
  kind: 'INVOICE',
  number: 'INV-000001',
  issuedOn: '2026-03-01',
  dueOn: '2026-03-31',
  orderNumber: 'SO-000042',
  purchaseOrderNumber: 'PO-7',
  creditedInvoiceNumber: null,
  reason: null,
  buyer,
  shipTo: null,
  lines: [
    {
      sku: 'CUP-12',
      description: 'Paper cup 12 oz',
      quantity: '30',
      unit: 'cs',
      unitPrice: '10.56',
      lineTotal: '316.80',
    },
  ],
  totals: {
    currencyCode: 'USD',
    subtotal: '1000',
    adjustments: [],
    taxTotal: '0',
    total: '1000',
    taxExemptionText: null,
  },
  paymentTerm: '2/10 Net 30',
  earlyPaymentDiscount: { percent: '2', deadline: '2026-03-11', amount: '20', amountToPay: '980' },
  installments: [],
  creditApplications: [],
  refunds: [],
  openCredit: null,
};

describe('PDF renderers', () => {
  it('render the same bytes for the same input (no wall clock in the file)', async () => {
    const a = await renderInvoice(invoice, seller, date);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const b = await renderInvoice(invoice, seller, date);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('print an invoice that a PDF reader reads back: parties, lines, totals, terms, discount', async () => {
    const text = await pdfAllText(await renderInvoice(invoice, seller, date));
    for (const expected of [
      'INVOICE',
      'INV-000001',
      'Seller Supply Co.',
      'Acme Restaurants',
      'CUP-12',
      'Paper cup 12 oz',
      '10.56',
      '316.80',
      '1,000.00 USD',
      '2/10 Net 30',
      '2026-03-31',
      'pay 980.00 USD by 2026-03-11',
      'Routing (ABA): 021000021',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("print where a credit note's credit went: applied to invoices, refunded to a card, still open", async () => {
    const creditNote: InvoiceModel = {
      ...invoice,
      kind: 'CREDIT_NOTE',
      number: 'CN-000004',
      creditedInvoiceNumber: 'INV-000001',
      reason: 'Damaged in transit',
      earlyPaymentDiscount: null,
      totals: { ...invoice.totals, subtotal: '300', total: '300' },
      creditApplications: [{ document: 'INV-000002', appliedOn: '2026-03-05', amount: '100' }],
      refunds: [
        { refundedOn: '2026-03-06', paymentPaidOn: '2026-03-01', amount: '150', pending: false },
        { refundedOn: '2026-03-07', paymentPaidOn: '2026-03-01', amount: '20', pending: true },
      ],
      openCredit: '30',
    };
    const text = await pdfAllText(await renderInvoice(creditNote, seller, date));
    for (const expected of [
      'CN-000004',
      'Applied to invoice',
      'INV-000002 2026-03-05 100.00',
      'Refunded to your card',
      'Card payment of 2026-03-01 2026-03-06 150.00',
      'Card payment of 2026-03-01 (pending) 2026-03-07 20.00',
      '30.00 USD of it is open to apply to other invoices',
    ]) {
      expect(text).toContain(expected);
    }
    const spent = await pdfAllText(await renderInvoice({ ...creditNote, openCredit: null }, seller, date));
    expect(spent).toContain('applied and refunded as shown');
  });

  it('break long tables across pages, repeating the header', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => ({
      sku: `SKU-${i + 1}`,
      description: `Item ${i + 1}`,
      quantity: '1',
      unit: 'ea',
    }));
    const pages = await pdfText(
      await renderDeliverySlip(
        {
          orderNumber: 'SO-1',
          purchaseOrderNumber: null,
          shipmentNumber: 1,
          shippedOn: '2026-03-02',
          carrier: 'UPS',
          trackingNumber: '1Z',
          billOfLadingNumber: null,
          buyer,
          shipTo: null,
          lines,
        },
        seller,
        date,
      ),
    );
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]).toContain('Description');
    expect(pages.join(' ')).toContain('SKU-120');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  });

  it('print unit prices with the digits the line was priced with, so each line multiplies out', async () => {
    const text = await pdfAllText(
      await renderInvoice(
        {
          ...invoice,
          lines: [
            {
              sku: 'GLV-1',
              description: 'Glove',
              quantity: '39',
              unit: 'ea',
              unitPrice: '26.2420',
              lineTotal: '1023.44',
            },
            {
              sku: 'STR-1',
              description: 'Straw',
              quantity: '100',
              unit: 'ea',
              unitPrice: '0.0792',
              lineTotal: '7.92',
            },
          ],
        },
        seller,
        date,
      ),
    );
    expect(text).toContain('39 ea 26.242 1,023.44');
    expect(text).toContain('100 ea 0.0792 7.92');
  });

  it("keep a statement's payment instructions together: no page holds only their tail", async () => {
    const statementOf = (count: number): StatementModel => ({
      buyer,
      currencyCode: 'USD',
      from: '2026-01-01',
      to: '2026-03-31',
      asOf: '2026-03-31',
      openingBalance: '0',
      entries: Array.from({ length: count }, (_, i) => ({
        date: '2026-02-01',
        kind: i === 0 ? 'DISCOUNT' : 'INVOICE',
        reference: `INV-${i}`,
        settles: [],
        debit: '1200.50',
        credit: null,
        balance: '0',
      })),
      closingBalance: '0',
      aging: [{ label: 'Current', amount: '0', count: 0 }],
      totalOutstanding: '0',
    });
    // Around 26 entries the instructions reach the foot of the first page.
    for (let count = 23; count <= 29; count++) {
      const pages = await pdfText(await renderStatement(statementOf(count), seller, date));
      for (const page of pages)
        expect(page.includes('SWIFT:'), `${count} entries`).toBe(page.includes('How to pay'));
      expect(pages.join(' ')).toContain('Discount');
    }
  });
});
