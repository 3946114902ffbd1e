/**
 * What the PDF renderers print: plain, already-decided data (decimal strings, ISO dates), built
 * by the document service from the records. Renderers only lay it out.
 */

/** A party on a document: the buyer's company with an address. */
export interface Party {
  name: string;
  lines: string[];
}

export interface PricedLine {
  sku: string | null;
  description: string;
  /** Decimal string, e.g. "30" or "2.5". */
  quantity: string;
  unit: string;
  unitPrice: string;
  lineTotal: string;
}

export interface Totals {
  currencyCode: string;
  subtotal: string;
  /** Order-level adjustments between the subtotal and the tax (portal discount, phone surcharge). */
  adjustments: { description: string; amount: string }[];
  taxTotal: string;
  total: string;
  /** Printed instead of the tax line's zero for a tax-exempt buyer. */
  taxExemptionText: string | null;
}

export interface OrderConfirmationModel {
  orderNumber: string;
  /** ISO date the order was placed. */
  placedOn: string;
  purchaseOrderNumber: string | null;
  requestedDeliveryDate: string | null;
  buyer: Party;
  shipTo: Party | null;
  lines: PricedLine[];
  totals: Totals;
  paymentTerm: string | null;
  notes: string | null;
}

export interface QuotationModel extends OrderConfirmationModel {
  revision: number;
  validUntil: string | null;
  /** ISO date the revision was sent. */
  sentOn: string;
}

export interface DeliverySlipModel {
  orderNumber: string;
  purchaseOrderNumber: string | null;
  shipmentNumber: number;
  shippedOn: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  billOfLadingNumber: string | null;
  buyer: Party;
  shipTo: Party | null;
  lines: { sku: string | null; description: string; quantity: string; unit: string }[];
}

export interface InvoiceModel {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  number: string;
  issuedOn: string;
  dueOn: string | null;
  orderNumber: string | null;
  purchaseOrderNumber: string | null;
  /** For a credit note: the invoice it credits, and why. */
  creditedInvoiceNumber: string | null;
  reason: string | null;
  buyer: Party;
  shipTo: Party | null;
  lines: PricedLine[];
  totals: Totals;
  paymentTerm: string | null;
  earlyPaymentDiscount: { percent: string; deadline: string; amount: string; amountToPay: string } | null;
  installments: { dueOn: string; amount: string }[];
  /** Credit applied: a credit note's to invoices, or an invoice's from credit notes (number of the other document). */
  creditApplications: { document: string; appliedOn: string; amount: string }[];
  /** A credit note's credit paid back to the customer's card (refundPayment), oldest first. */
  refunds: { refundedOn: string; paymentPaidOn: string | null; amount: string; pending: boolean }[];
  /** A credit note's credit neither applied nor refunded yet (decimal string), else null. */
  openCredit: string | null;
}

export interface StatementModel {
  buyer: Party;
  currencyCode: string;
  from: string;
  to: string;
  /** The day the statement was produced (the clock's date). */
  asOf: string;
  openingBalance: string;
  entries: {
    date: string;
    kind: string;
    reference: string;
    /** What a payment settled or a credit note was applied to. */
    settles: readonly string[];
    debit: string | null;
    credit: string | null;
    balance: string;
  }[];
  closingBalance: string;
  aging: { label: string; amount: string; count: number }[];
  totalOutstanding: string;
}
