/** The life cycle of an order, as named in the public GraphQL contract. */
export enum OrderStatus {
  DRAFT = 'DRAFT',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  QUOTATION = 'QUOTATION',
  SALES_ORDER = 'SALES_ORDER',
  IN_PROGRESS = 'IN_PROGRESS',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  INVOICED = 'INVOICED',
  CANCELLED = 'CANCELLED',
}

/** What a portal user may do with an order right now (the contract's `OrderAction`). */
export enum OrderAction {
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  ACCEPT_QUOTE = 'ACCEPT_QUOTE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  DECLINE_QUOTE = 'DECLINE_QUOTE',
  CANCEL = 'CANCEL',
  REORDER = 'REORDER',
  SAVE_AS_TEMPLATE = 'SAVE_AS_TEMPLATE',
  CONFIRM_RECEIPT = 'CONFIRM_RECEIPT',
  REPORT_ISSUE = 'REPORT_ISSUE',
  PAY = 'PAY',
}

/** What the seller's team does with an order (staff mutations; not part of the contract's enum). */
export enum StaffOrderAction {
  SEND_QUOTE = 'SEND_QUOTE',
  START_FULFILMENT = 'START_FULFILMENT',
  SHIP = 'SHIP',
  /** Set or change the expected ship date while the order is being fulfilled. */
  SET_EXPECTED_SHIP_DATE = 'SET_EXPECTED_SHIP_DATE',
  /** Give up what is still open on lines (the rest of a backorder). */
  CANCEL_OPEN_QUANTITIES = 'CANCEL_OPEN_QUANTITIES',
  MARK_DELIVERED = 'MARK_DELIVERED',
  INVOICE = 'INVOICE',
}

/** Any action of the order state machine. */
export type AnyOrderAction = OrderAction | StaffOrderAction;

/** Every status except DRAFT: the ones an order can be reordered or saved as a template from. */
export const PLACED_STATUSES: readonly OrderStatus[] = Object.values(OrderStatus).filter(
  (s) => s !== OrderStatus.DRAFT,
);
