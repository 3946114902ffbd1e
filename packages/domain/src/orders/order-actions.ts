import { Permission, Role, isStaffRole, permissionsOf } from '../roles';
import { IsoDate, isOnOrBefore } from '../terms/calendar';
import { AnyOrderAction, OrderAction, OrderStatus, StaffOrderAction } from './order-status';
import { ORDER_TRANSITIONS, OrderTransition, OrderTransitionCondition } from './order-transitions';

/** What the state machine needs to know about an order. */
export interface OrderState {
  readonly status: OrderStatus;
  /** Today's date in the seller's time zone, for quote expiry. */
  readonly today: IsoDate;
  /** The author's user id; used when the viewer does not say `isAuthor`. */
  readonly createdById?: string | null;
  /** Last day the quotation may be accepted (inclusive); none: it does not expire. */
  readonly quoteValidUntil?: IsoDate | null;
  /**
   * Whether placing the order (submitting it, accepting its quote) sends it for approval (see
   * `approvalReasons`); default false.
   */
  readonly approvalRequired?: boolean;
  /** Whether the order is a quotation the seller sent (a rejected acceptance returns to it); default false. */
  readonly quoted?: boolean;
  /**
   * Whether anything is left to pay on the order's invoices (receivables' `hasAmountDue`).
   * Required: an order whose invoices are paid must not offer PAY.
   */
  readonly hasAmountDue: boolean;
  /** Whether the customer already confirmed receipt; default false. */
  readonly receiptConfirmed?: boolean;
  /**
   * Whether something is still to ship after the shipment (or cancellation) being made: a partial
   * shipment keeps the order IN_PROGRESS; default false.
   */
  readonly leavesOpen?: boolean;
  /** Whether part of the order has shipped already; default false. */
  readonly shippedBefore?: boolean;
}

/** Who is looking at the order: a role or an explicit permission list, and their relation to the order. */
export interface OrderViewer {
  readonly role?: Role;
  /** Overrides the role's permissions when given. */
  readonly permissions?: readonly Permission[];
  readonly userId?: string | null;
  /** Defaults to `userId === state.createdById`. */
  readonly isAuthor?: boolean;
  /** Defaults to whether `role` is a staff role. */
  readonly isStaff?: boolean;
}

/** The outcome of asking for a transition: the new status, or why not (never thrown). */
export type TransitionResult =
  | { readonly ok: true; readonly action: AnyOrderAction; readonly to: OrderStatus }
  | { readonly ok: false; readonly code: RefusalCode; readonly message: string };

/**
 * Why an action is refused: FORBIDDEN (side, permission or relation to the order), EXPIRED (only
 * the quote's validity stands in the way), INVALID_STATE (anything else about the order's state).
 */
export type RefusalCode = 'INVALID_STATE' | 'FORBIDDEN' | 'EXPIRED';

const STATUS_TEXT: Readonly<Record<OrderStatus, string>> = {
  [OrderStatus.DRAFT]: 'a draft',
  [OrderStatus.PENDING_APPROVAL]: 'pending approval',
  [OrderStatus.QUOTATION]: 'a quotation',
  [OrderStatus.SALES_ORDER]: 'a confirmed sales order',
  [OrderStatus.IN_PROGRESS]: 'in progress',
  [OrderStatus.SHIPPED]: 'shipped',
  [OrderStatus.DELIVERED]: 'delivered',
  [OrderStatus.INVOICED]: 'invoiced',
  [OrderStatus.CANCELLED]: 'cancelled',
};

interface ResolvedViewer {
  readonly permissions: readonly Permission[];
  readonly isAuthor: boolean;
  readonly isStaff: boolean;
}

function resolveViewer(state: OrderState, viewer: OrderViewer): ResolvedViewer {
  const permissions = viewer.permissions ?? (viewer.role ? permissionsOf(viewer.role) : []);
  const isAuthor = viewer.isAuthor ?? (viewer.userId != null && viewer.userId === state.createdById);
  const isStaff = viewer.isStaff ?? (viewer.role ? isStaffRole(viewer.role) : false);
  return { permissions, isAuthor, isStaff };
}

type Refusal = { readonly code: RefusalCode; readonly message: string };

function conditionRefusal(
  condition: OrderTransitionCondition,
  row: OrderTransition,
  state: OrderState,
  viewer: ResolvedViewer,
): Refusal | null {
  const has = (p: Permission) => viewer.permissions.includes(p);
  switch (condition) {
    case 'AUTHOR_ONLY':
      return viewer.isAuthor
        ? null
        : { code: 'FORBIDDEN', message: `Only the author of this order may ${row.verb} it.` };
    case 'OWN_ORDER':
      return viewer.isAuthor || has(Permission.ORDERS_READ_COMPANY)
        ? null
        : { code: 'FORBIDDEN', message: `You may only ${row.verb} your own orders.` };
    case 'OWN_INVOICE':
      return viewer.isAuthor || has(Permission.INVOICES_READ_COMPANY)
        ? null
        : { code: 'FORBIDDEN', message: `You may only ${row.verb} invoices of your own orders.` };
    case 'NOT_AUTHOR':
      return viewer.isAuthor
        ? { code: 'FORBIDDEN', message: `You cannot ${row.verb} your own order; another approver has to.` }
        : null;
    case 'QUOTE_NOT_EXPIRED':
      return state.quoteValidUntil == null || isOnOrBefore(state.today, state.quoteValidUntil)
        ? null
        : {
            code: 'EXPIRED',
            message: `The quote expired on ${state.quoteValidUntil}; ask for a new quote.`,
          };
    case 'AMOUNT_DUE':
      return !state.hasAmountDue
        ? { code: 'INVALID_STATE', message: 'Nothing is left to pay on this order.' }
        : null;
    case 'RECEIPT_NOT_CONFIRMED':
      return state.receiptConfirmed
        ? { code: 'INVALID_STATE', message: 'Receipt of this order was already confirmed.' }
        : null;
    case 'SHIPPED_BEFORE':
      return state.shippedBefore
        ? null
        : {
            code: 'INVALID_STATE',
            message: 'Nothing of this order has shipped yet; cancel the order instead.',
          };
  }
}

function sideRefusal(row: OrderTransition, state: OrderState, viewer: ResolvedViewer): Refusal | null {
  if (row.side === 'staff' && !viewer.isStaff) {
    return {
      code: 'FORBIDDEN',
      message: `Only the seller's team can ${row.verb} an order that is ${STATUS_TEXT[state.status]}.`,
    };
  }
  if (row.side !== 'staff' && viewer.isStaff) {
    return { code: 'FORBIDDEN', message: `Only the customer can ${row.verb} an order.` };
  }
  return null;
}

/** The reason a row refuses the action, or null when it allows it: side, then permission, then conditions. */
function rowRefusal(row: OrderTransition, state: OrderState, viewer: ResolvedViewer): Refusal | null {
  const side = sideRefusal(row, state, viewer);
  if (side) return side;
  if (!viewer.permissions.includes(row.permission)) {
    return { code: 'FORBIDDEN', message: `You may not ${row.verb} orders (requires ${row.permission}).` };
  }
  for (const condition of row.conditions) {
    const refusal = conditionRefusal(condition, row, state, viewer);
    if (refusal) return refusal;
  }
  return null;
}

function targetStatus(row: OrderTransition, state: OrderState, viewer: ResolvedViewer): OrderStatus {
  if (row.toWhenQuoted && state.quoted) return row.toWhenQuoted;
  if (row.toWhenOpen && state.leavesOpen) return row.toWhenOpen;
  if (
    row.toWhenApprovalRequired &&
    (state.approvalRequired || !viewer.permissions.includes(Permission.ORDERS_SUBMIT))
  ) {
    return row.toWhenApprovalRequired;
  }
  return row.to ?? state.status;
}

/**
 * Whether `viewer` may take `action` on the order now, and the status it leads to.
 * Never throws for a refused action: an action not possible in the order's status gives
 * INVALID_STATE (also nothing left to pay); accepting a quote past its validity EXPIRED; a viewer
 * lacking the side, permission or relation to the order gives FORBIDDEN.
 */
export function checkTransition(
  state: OrderState,
  action: AnyOrderAction,
  viewer: OrderViewer,
): TransitionResult {
  const resolved = resolveViewer(state, viewer);
  const rows = ORDER_TRANSITIONS.filter((row) => row.action === action && row.from.includes(state.status));
  if (rows.length === 0) {
    const verb = ORDER_TRANSITIONS.find((row) => row.action === action)?.verb ?? action.toLowerCase();
    return {
      ok: false,
      code: 'INVALID_STATE',
      message: `Cannot ${verb} an order that is ${STATUS_TEXT[state.status]}.`,
    };
  }
  let refusal: Refusal | null = null;
  for (const row of rows) {
    const rowRefused = rowRefusal(row, state, resolved);
    if (!rowRefused) return { ok: true, action, to: targetStatus(row, state, resolved) };
    // Prefer the explanation of the row written for the viewer's side.
    const viewersSide = (row.side === 'staff') === resolved.isStaff;
    if (!refusal || viewersSide) refusal = rowRefused;
  }
  return { ok: false, ...(refusal as Refusal) };
}

/**
 * The contract's order actions `viewer` may take on the order right now, in the enum's order.
 * Staff see CANCEL here when they may cancel; their other actions come from `availableStaffActions`.
 */
export function availableActions(state: OrderState, viewer: OrderViewer): OrderAction[] {
  return Object.values(OrderAction).filter((action) => checkTransition(state, action, viewer).ok);
}

/** The seller-side actions (send a quote, fulfil, ship, deliver, invoice) `viewer` may take now. */
export function availableStaffActions(state: OrderState, viewer: OrderViewer): StaffOrderAction[] {
  return Object.values(StaffOrderAction).filter((action) => checkTransition(state, action, viewer).ok);
}
