import { Permission } from '../roles';
import { AnyOrderAction, OrderAction, OrderStatus, PLACED_STATUSES, StaffOrderAction } from './order-status';

const S = OrderStatus;
const A = OrderAction;
const P = Permission;

/** Who an action belongs to: the customer's buyers, the customer's approvers, or the seller's team. */
export type OrderActionSide = 'buyer' | 'approver' | 'staff';

/**
 * Extra conditions of a transition:
 * - `AUTHOR_ONLY`: only the order's author (drafts are personal carts).
 * - `OWN_ORDER`: the author, or anyone who reads all company orders (ORDERS_READ_COMPANY).
 * - `OWN_INVOICE`: the author, or anyone who reads all company invoices (INVOICES_READ_COMPANY).
 * - `NOT_AUTHOR`: anyone but the author (four eyes: nobody approves their own order).
 * - `QUOTE_NOT_EXPIRED`: today is on or before the quote's `validUntil` (no date: never expires).
 * - `AMOUNT_DUE`: something is still to be paid on the order's invoices.
 * - `RECEIPT_NOT_CONFIRMED`: the customer has not confirmed receipt yet.
 * - `SHIPPED_BEFORE`: part of the order has shipped already (an order with nothing shipped is
 *   cancelled as a whole instead).
 */
export type OrderTransitionCondition =
  | 'AUTHOR_ONLY'
  | 'OWN_ORDER'
  | 'OWN_INVOICE'
  | 'NOT_AUTHOR'
  | 'QUOTE_NOT_EXPIRED'
  | 'AMOUNT_DUE'
  | 'RECEIPT_NOT_CONFIRMED'
  | 'SHIPPED_BEFORE';

/** One allowed move of the order state machine. */
export interface OrderTransition {
  readonly action: AnyOrderAction;
  readonly from: readonly OrderStatus[];
  /** The status after the action; `null` when the order keeps its status (reorder, report an issue, pay...). */
  readonly to: OrderStatus | null;
  /** Where the order goes instead when approval is required (submitting, accepting a quote). */
  readonly toWhenApprovalRequired?: OrderStatus;
  /** Where a quoted order goes instead (a rejected quote acceptance returns to the quotation). */
  readonly toWhenQuoted?: OrderStatus;
  /** Where the order goes instead while something is still to ship (a partial shipment). */
  readonly toWhenOpen?: OrderStatus;
  readonly permission: Permission;
  readonly side: OrderActionSide;
  readonly conditions: readonly OrderTransitionCondition[];
  /** The verb used in messages: "Cannot <verb> an order that is shipped." */
  readonly verb: string;
}

/**
 * Every allowed transition and action of an order, in one table. An action may have several rows
 * (one per side, or per group of statuses with a different permission); it is allowed when any
 * row allows it.
 *
 * Notes on the design:
 * - Submitting needs only ORDERS_DRAFT; an author without ORDERS_SUBMIT (a requisitioner), or an
 *   order matching an approval rule, goes to PENDING_APPROVAL instead of SALES_ORDER.
 * - Accepting a quote is placing an order: it meets the same approval rules (PENDING_APPROVAL).
 * - A rejected order goes back to DRAFT, editable again by its author (a rejected quote
 *   acceptance back to QUOTATION, to be accepted again or declined); approval gives SALES_ORDER.
 * - The buyer side cancels before fulfilment (DRAFT, PENDING_APPROVAL with ORDERS_DRAFT;
 *   QUOTATION, SALES_ORDER with ORDERS_SUBMIT, since that undoes a placed order); only staff
 *   (QUOTES_MANAGE, the sales team) cancel an order in progress.
 * - REORDER and SAVE_AS_TEMPLATE are open from every status but DRAFT to anyone who drafts orders
 *   and may see the order; they leave the order as it is.
 * - Shipping may be partial: the order stays IN_PROGRESS while anything is still to ship and
 *   becomes SHIPPED with the shipment (or the cancellation of the rest) that leaves nothing open.
 * - PAY is open on INVOICED orders with something still due, to INVOICES_PAY holders who may see
 *   the invoice.
 */
export const ORDER_TRANSITIONS: readonly OrderTransition[] = [
  {
    action: A.EDIT,
    from: [S.DRAFT],
    to: null,
    permission: P.ORDERS_DRAFT,
    side: 'buyer',
    conditions: ['AUTHOR_ONLY'],
    verb: 'edit',
  },
  {
    action: A.EDIT,
    from: [S.DRAFT],
    to: null,
    permission: P.ORDERS_DRAFT,
    side: 'staff',
    conditions: ['AUTHOR_ONLY'],
    verb: 'edit',
  },
  {
    action: A.SUBMIT,
    from: [S.DRAFT],
    to: S.SALES_ORDER,
    toWhenApprovalRequired: S.PENDING_APPROVAL,
    permission: P.ORDERS_DRAFT,
    side: 'buyer',
    conditions: ['AUTHOR_ONLY'],
    verb: 'submit',
  },
  {
    action: A.SUBMIT,
    from: [S.DRAFT],
    to: S.SALES_ORDER,
    toWhenApprovalRequired: S.PENDING_APPROVAL,
    permission: P.ORDERS_DRAFT,
    side: 'staff',
    conditions: ['AUTHOR_ONLY'],
    verb: 'submit',
  },
  {
    action: A.APPROVE,
    from: [S.PENDING_APPROVAL],
    to: S.SALES_ORDER,
    permission: P.ORDERS_APPROVE,
    side: 'approver',
    conditions: ['NOT_AUTHOR'],
    verb: 'approve',
  },
  {
    action: A.REJECT,
    from: [S.PENDING_APPROVAL],
    to: S.DRAFT,
    toWhenQuoted: S.QUOTATION,
    permission: P.ORDERS_APPROVE,
    side: 'approver',
    conditions: ['NOT_AUTHOR'],
    verb: 'reject',
  },
  {
    action: StaffOrderAction.SEND_QUOTE,
    from: [S.DRAFT, S.QUOTATION],
    to: S.QUOTATION,
    permission: P.QUOTES_MANAGE,
    side: 'staff',
    conditions: [],
    verb: 'send a quote for',
  },
  {
    action: A.ACCEPT_QUOTE,
    from: [S.QUOTATION],
    to: S.SALES_ORDER,
    toWhenApprovalRequired: S.PENDING_APPROVAL,
    permission: P.QUOTES_RESPOND,
    side: 'buyer',
    conditions: ['OWN_ORDER', 'QUOTE_NOT_EXPIRED'],
    verb: 'accept the quote of',
  },
  {
    action: A.REQUEST_CHANGES,
    from: [S.QUOTATION],
    to: null,
    permission: P.QUOTES_RESPOND,
    side: 'buyer',
    conditions: ['OWN_ORDER'],
    verb: 'request changes to',
  },
  {
    action: A.DECLINE_QUOTE,
    from: [S.QUOTATION],
    to: S.CANCELLED,
    permission: P.QUOTES_RESPOND,
    side: 'buyer',
    conditions: ['OWN_ORDER'],
    verb: 'decline the quote of',
  },
  {
    action: A.CANCEL,
    from: [S.DRAFT, S.PENDING_APPROVAL],
    to: S.CANCELLED,
    permission: P.ORDERS_DRAFT,
    side: 'buyer',
    conditions: ['OWN_ORDER'],
    verb: 'cancel',
  },
  {
    action: A.CANCEL,
    from: [S.QUOTATION, S.SALES_ORDER],
    to: S.CANCELLED,
    permission: P.ORDERS_SUBMIT,
    side: 'buyer',
    conditions: ['OWN_ORDER'],
    verb: 'cancel',
  },
  {
    action: A.CANCEL,
    from: [S.DRAFT, S.PENDING_APPROVAL, S.QUOTATION, S.SALES_ORDER, S.IN_PROGRESS],
    to: S.CANCELLED,
    permission: P.QUOTES_MANAGE,
    side: 'staff',
    conditions: [],
    verb: 'cancel',
  },
  {
    action: StaffOrderAction.START_FULFILMENT,
    from: [S.SALES_ORDER],
    to: S.IN_PROGRESS,
    permission: P.FULFILMENT_MANAGE,
    side: 'staff',
    conditions: [],
    verb: 'start fulfilment of',
  },
  {
    action: StaffOrderAction.SHIP,
    from: [S.IN_PROGRESS],
    to: S.SHIPPED,
    toWhenOpen: S.IN_PROGRESS,
    permission: P.FULFILMENT_MANAGE,
    side: 'staff',
    conditions: [],
    verb: 'ship',
  },
  {
    action: StaffOrderAction.SET_EXPECTED_SHIP_DATE,
    from: [S.IN_PROGRESS],
    to: null,
    permission: P.FULFILMENT_MANAGE,
    side: 'staff',
    conditions: [],
    verb: 'set the expected ship date of',
  },
  {
    action: StaffOrderAction.CANCEL_OPEN_QUANTITIES,
    from: [S.IN_PROGRESS],
    to: S.SHIPPED,
    toWhenOpen: S.IN_PROGRESS,
    permission: P.FULFILMENT_MANAGE,
    side: 'staff',
    conditions: ['SHIPPED_BEFORE'],
    verb: 'cancel what is left to ship of',
  },
  {
    action: StaffOrderAction.MARK_DELIVERED,
    from: [S.SHIPPED],
    to: S.DELIVERED,
    permission: P.FULFILMENT_MANAGE,
    side: 'staff',
    conditions: [],
    verb: 'mark as delivered',
  },
  {
    action: A.CONFIRM_RECEIPT,
    from: [S.SHIPPED],
    to: S.DELIVERED,
    permission: P.ORDERS_DRAFT,
    side: 'buyer',
    conditions: ['OWN_ORDER', 'RECEIPT_NOT_CONFIRMED'],
    verb: 'confirm receipt of',
  },
  {
    // The carrier or the warehouse marked it delivered, or accounting invoiced it on shipment:
    // the customer still confirms, once.
    action: A.CONFIRM_RECEIPT,
    from: [S.DELIVERED, S.INVOICED],
    to: null,
    permission: P.ORDERS_DRAFT,
    side: 'buyer',
    conditions: ['OWN_ORDER', 'RECEIPT_NOT_CONFIRMED'],
    verb: 'confirm receipt of',
  },
  {
    action: A.REPORT_ISSUE,
    from: [S.SHIPPED, S.DELIVERED, S.INVOICED],
    to: null,
    permission: P.ORDERS_DRAFT,
    side: 'buyer',
    conditions: ['OWN_ORDER'],
    verb: 'report an issue with',
  },
  {
    action: StaffOrderAction.INVOICE,
    from: [S.SHIPPED, S.DELIVERED],
    to: S.INVOICED,
    permission: P.INVOICING_MANAGE,
    side: 'staff',
    conditions: [],
    verb: 'invoice',
  },
  {
    action: A.PAY,
    from: [S.INVOICED],
    to: null,
    permission: P.INVOICES_PAY,
    side: 'buyer',
    conditions: ['OWN_INVOICE', 'AMOUNT_DUE'],
    verb: 'pay',
  },
  {
    action: A.REORDER,
    from: PLACED_STATUSES,
    to: null,
    permission: P.ORDERS_DRAFT,
    side: 'buyer',
    conditions: ['OWN_ORDER'],
    verb: 'reorder',
  },
  {
    action: A.SAVE_AS_TEMPLATE,
    from: PLACED_STATUSES,
    to: null,
    permission: P.ORDERS_DRAFT,
    side: 'buyer',
    conditions: ['OWN_ORDER'],
    verb: 'save as a template',
  },
];
