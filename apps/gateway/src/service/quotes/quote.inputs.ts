/** What the mutations of this area take, as plain data (the API's input types are built on them). */

export interface AcceptQuoteInput {
  orderId: string;
  signatureName: string;
  purchaseOrderNumber?: string | null;
  shippingAddressId?: string | null;
  revision?: number | null;
}

export interface QuoteResponseInput {
  orderId: string;
  message: string;
}

export interface SendQuoteInput {
  rfqId?: string | null;
  orderId?: string | null;
  lines?: QuoteLineInput[] | null;
  validUntil?: string | null;
  message?: string | null;
}

export interface SubmitRfqInput {
  title: string;
  neededBy?: string | null;
  lines: RfqLineInput[];
  notes?: string | null;
}

export interface RfqMessageInput {
  rfqId: string;
  body: string;
}

export interface QuoteLineInput {
  productId?: string | null;
  description: string;
  quantity: string;
  unitId?: string | null;
  unitPrice: string;
}

export interface RfqLineInput {
  productId?: string | null;
  description: string;
  quantity: string;
  unitId?: string | null;
  targetUnitPrice?: string | null;
}
