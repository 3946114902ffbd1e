import { describe, expect, it } from 'vitest';
import { Permission, Role } from '../roles';
import {
  availableActions,
  availableStaffActions,
  checkTransition,
  OrderState,
  OrderViewer,
} from './order-actions';
import { OrderAction as A, OrderStatus as S, StaffOrderAction as Staff } from './order-status';
import { ORDER_TRANSITIONS } from './order-transitions';

const today = '2026-03-10';
const order = (status: S, extra: Partial<OrderState> = {}): OrderState => ({
  status,
  today,
  createdById: 'u-author',
  hasAmountDue: true,
  ...extra,
});
const author = (role: Role): OrderViewer => ({ role, userId: 'u-author' });
const other = (role: Role): OrderViewer => ({ role, userId: 'u-other' });

describe('the order state machine', () => {
  describe('drafts', () => {
    it('lets the author edit, submit and cancel a draft, and nothing else', () => {
      expect(availableActions(order(S.DRAFT), author(Role.BUYER))).toEqual([A.EDIT, A.SUBMIT, A.CANCEL]);
    });

    it('places a buyer’s order as a sales order', () => {
      expect(checkTransition(order(S.DRAFT), A.SUBMIT, author(Role.BUYER))).toEqual({
        ok: true,
        action: A.SUBMIT,
        to: S.SALES_ORDER,
      });
    });

    it('sends an order matching an approval rule for approval', () => {
      expect(
        checkTransition(order(S.DRAFT, { approvalRequired: true }), A.SUBMIT, author(Role.BUYER)),
      ).toMatchObject({ ok: true, to: S.PENDING_APPROVAL });
    });

    it('always sends a requisitioner’s order for approval', () => {
      expect(checkTransition(order(S.DRAFT), A.SUBMIT, author(Role.REQUISITIONER))).toMatchObject({
        ok: true,
        to: S.PENDING_APPROVAL,
      });
    });

    it('keeps a draft to its author, even for a portal admin', () => {
      const result = checkTransition(order(S.DRAFT), A.EDIT, other(Role.PORTAL_ADMIN));
      expect(result).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: 'Only the author of this order may edit it.',
      });
    });

    it('refuses a viewer who may not draft', () => {
      expect(checkTransition(order(S.DRAFT), A.SUBMIT, author(Role.VIEWER))).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    });

    it('lets staff submit the phone order they entered', () => {
      expect(checkTransition(order(S.DRAFT), A.SUBMIT, author(Role.SALES))).toMatchObject({
        ok: true,
        to: S.SALES_ORDER,
      });
      expect(availableStaffActions(order(S.DRAFT), other(Role.SALES))).toEqual([Staff.SEND_QUOTE]);
    });
  });

  describe('approval', () => {
    it('approves to a sales order and rejects back to an editable draft', () => {
      const pending = order(S.PENDING_APPROVAL);
      expect(checkTransition(pending, A.APPROVE, other(Role.APPROVER))).toMatchObject({
        ok: true,
        to: S.SALES_ORDER,
      });
      expect(checkTransition(pending, A.REJECT, other(Role.APPROVER))).toMatchObject({
        ok: true,
        to: S.DRAFT,
      });
      expect(availableActions(order(S.DRAFT), author(Role.REQUISITIONER))).toContain(A.EDIT);
    });

    it('sends a rejected quote acceptance back to the quotation', () => {
      const pendingQuote = order(S.PENDING_APPROVAL, { quoted: true });
      expect(checkTransition(pendingQuote, A.REJECT, other(Role.APPROVER))).toMatchObject({
        ok: true,
        to: S.QUOTATION,
      });
      expect(checkTransition(pendingQuote, A.APPROVE, other(Role.APPROVER))).toMatchObject({
        ok: true,
        to: S.SALES_ORDER,
      });
    });

    it('shows an approver only approve and reject', () => {
      expect(availableActions(order(S.PENDING_APPROVAL), other(Role.APPROVER))).toEqual([
        A.APPROVE,
        A.REJECT,
      ]);
    });

    it('never lets anyone approve their own order', () => {
      expect(checkTransition(order(S.PENDING_APPROVAL), A.APPROVE, author(Role.PORTAL_ADMIN))).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: 'You cannot approve your own order; another approver has to.',
      });
    });

    it('does not let a buyer approve', () => {
      expect(checkTransition(order(S.PENDING_APPROVAL), A.APPROVE, other(Role.BUYER))).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: 'You may not approve orders (requires ORDERS_APPROVE).',
      });
    });

    it('reports approving an order that is not pending as a wrong state', () => {
      expect(checkTransition(order(S.SHIPPED), A.APPROVE, other(Role.APPROVER))).toEqual({
        ok: false,
        code: 'INVALID_STATE',
        message: 'Cannot approve an order that is shipped.',
      });
    });

    it('lets the author of a pending order cancel it', () => {
      expect(availableActions(order(S.PENDING_APPROVAL), author(Role.REQUISITIONER))).toEqual([
        A.CANCEL,
        A.REORDER,
        A.SAVE_AS_TEMPLATE,
      ]);
    });
  });

  describe('quotations', () => {
    it('lets staff turn a draft into a quotation and revise it', () => {
      expect(checkTransition(order(S.DRAFT), Staff.SEND_QUOTE, other(Role.SALES))).toMatchObject({
        ok: true,
        to: S.QUOTATION,
      });
      expect(checkTransition(order(S.QUOTATION), Staff.SEND_QUOTE, other(Role.SALES))).toMatchObject({
        ok: true,
        to: S.QUOTATION,
      });
    });

    it('lets the buyer accept, request changes to, decline or cancel a valid quote', () => {
      const quote = order(S.QUOTATION, { quoteValidUntil: today });
      expect(availableActions(quote, author(Role.BUYER))).toEqual([
        A.ACCEPT_QUOTE,
        A.REQUEST_CHANGES,
        A.DECLINE_QUOTE,
        A.CANCEL,
        A.REORDER,
        A.SAVE_AS_TEMPLATE,
      ]);
      expect(checkTransition(quote, A.ACCEPT_QUOTE, author(Role.BUYER))).toMatchObject({
        ok: true,
        to: S.SALES_ORDER,
      });
      expect(
        checkTransition({ ...quote, approvalRequired: true }, A.ACCEPT_QUOTE, author(Role.BUYER)),
      ).toMatchObject({ ok: true, to: S.PENDING_APPROVAL });
      expect(checkTransition(quote, A.REQUEST_CHANGES, author(Role.BUYER))).toMatchObject({
        ok: true,
        to: S.QUOTATION,
      });
      expect(checkTransition(quote, A.DECLINE_QUOTE, author(Role.BUYER))).toMatchObject({
        ok: true,
        to: S.CANCELLED,
      });
    });

    it('refuses to accept a quote after its validity date', () => {
      const expired = order(S.QUOTATION, { quoteValidUntil: '2026-03-09' });
      expect(checkTransition(expired, A.ACCEPT_QUOTE, author(Role.BUYER))).toEqual({
        ok: false,
        code: 'EXPIRED',
        message: 'The quote expired on 2026-03-09; ask for a new quote.',
      });
      expect(availableActions(expired, author(Role.BUYER))).not.toContain(A.ACCEPT_QUOTE);
    });

    it('keeps another buyer’s quote away from a buyer who reads only own orders', () => {
      expect(checkTransition(order(S.QUOTATION), A.ACCEPT_QUOTE, other(Role.BUYER))).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: 'You may only accept the quote of your own orders.',
      });
      expect(checkTransition(order(S.QUOTATION), A.ACCEPT_QUOTE, other(Role.PORTAL_ADMIN))).toMatchObject({
        ok: true,
      });
    });
  });

  describe('cancelling', () => {
    it.each([S.DRAFT, S.PENDING_APPROVAL, S.QUOTATION, S.SALES_ORDER])(
      'lets the buyer cancel an order that is %s',
      (status) => {
        expect(checkTransition(order(status), A.CANCEL, author(Role.BUYER))).toMatchObject({
          ok: true,
          to: S.CANCELLED,
        });
      },
    );

    it('leaves an order in progress to the seller’s team', () => {
      expect(checkTransition(order(S.IN_PROGRESS), A.CANCEL, author(Role.BUYER))).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: "Only the seller's team can cancel an order that is in progress.",
      });
      expect(checkTransition(order(S.IN_PROGRESS), A.CANCEL, other(Role.SALES))).toMatchObject({
        ok: true,
        to: S.CANCELLED,
      });
    });

    it('does not let a requisitioner undo a placed order', () => {
      expect(checkTransition(order(S.SALES_ORDER), A.CANCEL, author(Role.REQUISITIONER))).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    });

    it('cannot cancel a shipped order', () => {
      expect(checkTransition(order(S.SHIPPED), A.CANCEL, other(Role.SALES))).toEqual({
        ok: false,
        code: 'INVALID_STATE',
        message: 'Cannot cancel an order that is shipped.',
      });
    });

    it('explains to staff that the customer’s actions are not theirs', () => {
      expect(checkTransition(order(S.QUOTATION), A.ACCEPT_QUOTE, other(Role.STAFF_ADMIN))).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: 'Only the customer can accept the quote of an order.',
      });
    });
  });

  describe('fulfilment and invoicing', () => {
    it('walks a sales order through fulfilment, delivery and invoicing', () => {
      const warehouse = other(Role.WAREHOUSE);
      expect(checkTransition(order(S.SALES_ORDER), Staff.START_FULFILMENT, warehouse)).toMatchObject({
        ok: true,
        to: S.IN_PROGRESS,
      });
      expect(checkTransition(order(S.IN_PROGRESS), Staff.SHIP, warehouse)).toMatchObject({
        ok: true,
        to: S.SHIPPED,
      });
      expect(checkTransition(order(S.SHIPPED), Staff.MARK_DELIVERED, warehouse)).toMatchObject({
        ok: true,
        to: S.DELIVERED,
      });
      expect(checkTransition(order(S.DELIVERED), Staff.INVOICE, other(Role.ACCOUNTING))).toMatchObject({
        ok: true,
        to: S.INVOICED,
      });
      expect(checkTransition(order(S.DELIVERED), Staff.INVOICE, warehouse)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    });

    it('keeps an order in progress while a partial shipment leaves something to ship', () => {
      const warehouse = other(Role.WAREHOUSE);
      expect(
        checkTransition(order(S.IN_PROGRESS, { leavesOpen: true }), Staff.SHIP, warehouse),
      ).toMatchObject({ ok: true, to: S.IN_PROGRESS });
      expect(checkTransition(order(S.IN_PROGRESS), Staff.SET_EXPECTED_SHIP_DATE, warehouse)).toMatchObject({
        ok: true,
        to: S.IN_PROGRESS,
      });
      expect(checkTransition(order(S.SALES_ORDER), Staff.SET_EXPECTED_SHIP_DATE, warehouse)).toMatchObject({
        ok: false,
        code: 'INVALID_STATE',
      });
    });

    it('cancels what is left to ship only after part of the order shipped', () => {
      const warehouse = other(Role.WAREHOUSE);
      expect(
        checkTransition(
          order(S.IN_PROGRESS, { shippedBefore: true }),
          Staff.CANCEL_OPEN_QUANTITIES,
          warehouse,
        ),
      ).toMatchObject({ ok: true, to: S.SHIPPED });
      expect(
        checkTransition(
          order(S.IN_PROGRESS, { shippedBefore: true, leavesOpen: true }),
          Staff.CANCEL_OPEN_QUANTITIES,
          warehouse,
        ),
      ).toMatchObject({ ok: true, to: S.IN_PROGRESS });
      expect(checkTransition(order(S.IN_PROGRESS), Staff.CANCEL_OPEN_QUANTITIES, warehouse)).toEqual({
        ok: false,
        code: 'INVALID_STATE',
        message: 'Nothing of this order has shipped yet; cancel the order instead.',
      });
    });

    it('lets the buyer confirm receipt and report an issue on a shipment', () => {
      expect(availableActions(order(S.SHIPPED), author(Role.BUYER))).toEqual([
        A.REORDER,
        A.SAVE_AS_TEMPLATE,
        A.CONFIRM_RECEIPT,
        A.REPORT_ISSUE,
      ]);
      expect(checkTransition(order(S.SHIPPED), A.CONFIRM_RECEIPT, author(Role.BUYER))).toMatchObject({
        ok: true,
        to: S.DELIVERED,
      });
      expect(checkTransition(order(S.DELIVERED), A.REPORT_ISSUE, author(Role.BUYER))).toMatchObject({
        ok: true,
        to: S.DELIVERED,
      });
    });

    it('lets the buyer confirm receipt once, also after the order was marked delivered', () => {
      expect(checkTransition(order(S.DELIVERED), A.CONFIRM_RECEIPT, author(Role.BUYER))).toMatchObject({
        ok: true,
        to: S.DELIVERED,
      });
      const confirmed = { ...order(S.DELIVERED), receiptConfirmed: true };
      expect(checkTransition(confirmed, A.CONFIRM_RECEIPT, author(Role.BUYER))).toEqual({
        ok: false,
        code: 'INVALID_STATE',
        message: 'Receipt of this order was already confirmed.',
      });
      expect(availableActions(confirmed, author(Role.BUYER))).not.toContain(A.CONFIRM_RECEIPT);
      expect(
        checkTransition(
          { ...order(S.SHIPPED), receiptConfirmed: true },
          A.CONFIRM_RECEIPT,
          author(Role.BUYER),
        ).ok,
      ).toBe(false);
      expect(checkTransition(order(S.DELIVERED), A.CONFIRM_RECEIPT, other(Role.VIEWER)).ok).toBe(false);
    });

    it('keeps confirming receipt open on an order invoiced on shipment, without changing its status', () => {
      expect(checkTransition(order(S.INVOICED), A.CONFIRM_RECEIPT, author(Role.BUYER))).toMatchObject({
        ok: true,
        to: S.INVOICED,
      });
      const confirmed = { ...order(S.INVOICED), receiptConfirmed: true };
      expect(availableActions(confirmed, author(Role.BUYER))).not.toContain(A.CONFIRM_RECEIPT);
    });

    it('offers PAY on an invoiced order to those who pay invoices, while something is due', () => {
      expect(availableActions(order(S.INVOICED), author(Role.BUYER))).toEqual([
        A.REORDER,
        A.SAVE_AS_TEMPLATE,
        A.CONFIRM_RECEIPT,
        A.REPORT_ISSUE,
        A.PAY,
      ]);
      expect(availableActions(order(S.INVOICED), other(Role.PORTAL_ADMIN))).toContain(A.PAY);
      expect(availableActions(order(S.INVOICED), other(Role.VIEWER))).toEqual([]);
      expect(checkTransition(order(S.INVOICED), A.PAY, other(Role.BUYER))).toMatchObject({
        ok: false,
        message: 'You may only pay invoices of your own orders.',
      });
      expect(checkTransition(order(S.INVOICED, { hasAmountDue: false }), A.PAY, author(Role.BUYER))).toEqual({
        ok: false,
        code: 'INVALID_STATE',
        message: 'Nothing is left to pay on this order.',
      });
    });
  });

  describe('reorder and templates', () => {
    it('are open from every status but draft to whoever drafts orders', () => {
      for (const status of Object.values(S)) {
        const actions = availableActions(order(status), author(Role.BUYER));
        expect(actions.includes(A.REORDER)).toBe(status !== S.DRAFT);
        expect(actions.includes(A.SAVE_AS_TEMPLATE)).toBe(status !== S.DRAFT);
      }
      expect(checkTransition(order(S.CANCELLED), A.REORDER, author(Role.BUYER))).toMatchObject({
        ok: true,
        to: S.CANCELLED,
      });
    });

    it('are closed to a viewer', () => {
      expect(availableActions(order(S.DELIVERED), other(Role.VIEWER))).toEqual([]);
    });
  });

  describe('viewers', () => {
    it('takes explicit permissions and relation over the role', () => {
      const viewer: OrderViewer = {
        permissions: [Permission.ORDERS_DRAFT, Permission.ORDERS_SUBMIT],
        isAuthor: true,
        isStaff: false,
      };
      expect(availableActions(order(S.DRAFT, { createdById: null }), viewer)).toEqual([
        A.EDIT,
        A.SUBMIT,
        A.CANCEL,
      ]);
    });

    it('has no permissions without a role or permission list', () => {
      expect(availableActions(order(S.DRAFT), { userId: 'u-author' })).toEqual([]);
    });
  });

  it('reports an action it does not know as a value, not an exception', () => {
    expect(checkTransition(order(S.DRAFT), 'TELEPORT' as A, author(Role.BUYER))).toEqual({
      ok: false,
      code: 'INVALID_STATE',
      message: 'Cannot teleport an order that is a draft.',
    });
  });

  it('has a verb, a permission and a non-empty origin on every row', () => {
    for (const row of ORDER_TRANSITIONS) {
      expect(row.from.length).toBeGreaterThan(0);
      expect(row.verb).not.toBe('');
    }
  });
});
