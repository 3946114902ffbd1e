/** What the mutations of this area take, as plain data (the API's input types are built on them). */

export interface OrderActionInput {
  orderId: string;
  comment?: string | null;
}

export interface ReportIssueInput {
  orderId: string;
  description: string;
  lineIds?: string[] | null;
}

export interface ShipOrderLineInput {
  lineId: string;
  /** In the line's unit. */
  quantity: string;
}

export interface ShipOrderInput {
  orderId: string;
  carrier: string;
  trackingNumber?: string | null;
  billOfLadingNumber?: string | null;
  expectedShipDate?: string | null;
  /** What this shipment carries; without it, everything still open. */
  lines?: ShipOrderLineInput[] | null;
}

export interface SetExpectedShipDateInput {
  orderId: string;
  expectedShipDate: string;
}
