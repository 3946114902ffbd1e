import {
  Money,
  OrderAction,
  OrderStatus,
  Role,
  approvalReasonText,
  approvalReasons,
  holdsReservation,
  joinTexts,
  openText,
  wrapText,
  type ApprovalRule,
  type GuardedText,
} from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith, refuseIfAny } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Approval, Company, Order, OrderLine, Product } from '../../entity';
import { creditAccountOf, effectiveApprovalRules } from '../accounts/account-hierarchy';
import type { CatalogService } from '../catalog/catalog.service';
import type { InventoryService } from '../inventory/inventory.service';
import type { IdempotencyService } from '../support/idempotency.service';
import type { NumberSequenceService } from '../support/number-sequence.service';
import { DRAFT_SEQUENCE, type CartService, type DraftDetailsInput } from './cart.service';
import type { OrderIncentives } from './order-incentives';
import type { OrderLinesService } from './order-lines.service';
import type { OrderNotifications } from './order-notifications';
import { orderPayload, type OrderResult } from './order-payload';
import type { OrderQueryService } from './order-query.service';
import type { EventKind, OrderStateWriter } from './order-state-writer';
import { TextReader, toStored } from '../support/reader-text';

/** What submitOrder takes: the draft, the key, and the details typed in the cart. */
export interface SubmitArgs extends Omit<DraftDetailsInput, 'orderId'> {
  orderId: string;
  idempotencyKey: string;
}

/** Placed orders are numbered SO-…, taken when a draft is first placed. */
export const ORDER_SEQUENCE = { name: 'sales_order', prefix: 'SO' };

const MAX_COMMENT = 2000;

/**
 * Placing orders and cancelling them. Every path to a placed order ends in `commit`: `place`
 * (submit, a template submitted at once, a reorder), `placeQuote` (an accepted quotation) and
 * `recheckOnApproval` (an approved order) meet the same rules: every draft line priced again and
 * checked by the domain (catalog, units, minimums, availability), the minimum order value and the
 * credit limit under a lock on the company, then SALES_ORDER, or PENDING_APPROVAL for a
 * requisitioner or when a company approval rule matches; and the order's stock is reserved in the
 * same transaction, under row locks on the products' stock rows (NOT_AVAILABLE when another order
 * took it first, a backorder where the product allows one).
 */
export class OrderPlacementService {
  constructor(
    private readonly queries: OrderQueryService,
    private readonly states: OrderStateWriter,
    private readonly lines: OrderLinesService,
    private readonly catalog: CatalogService,
    private readonly sequences: NumberSequenceService,
    private readonly idempotency: IdempotencyService,
    private readonly notifications: OrderNotifications,
    private readonly inventory: InventoryService,
    private readonly cart: CartService,
    private readonly incentives: OrderIncentives,
  ) {}

  /**
   * Places a draft, once per (viewer, idempotency key): a retry, or a concurrent duplicate, gets
   * the first result; a key used for another order is refused.
   */
  submit(ctx: RequestContext, input: SubmitArgs): Promise<OrderResult> {
    return orderPayload(ctx, async () => {
      const key = this.idempotency.checkKey(input.idempotencyKey);
      const id = idOfType(input.orderId, 'Order');
      const order = await this.queries.findVisible(ctx, id);
      if (!order) failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
      // What the buyer typed in the cart travels with the submit; nothing typed is dropped.
      const details = await this.cart.submittedDetails(ctx, order, input);
      return this.placeOnce(ctx, { scope: 'submitOrder', key, expectedOrderId: order.id }, (tx) =>
        this.place(tx, order.id, details),
      );
    });
  }

  /**
   * Runs an idempotent placing `work` (submitOrder, orderFromTemplate), writes the e-mails to the
   * approvers or the author in its transaction, and answers the order; a replayed key answers its first order.
   */
  async placeOnce(
    ctx: RequestContext,
    request: { scope: string; key: string; expectedOrderId: number | null },
    work: (tx: RequestContext) => Promise<Order>,
  ): Promise<Order> {
    return this.idempotency.once(
      ctx,
      { scope: request.scope, key: request.key, resultType: 'Order' },
      async (tx) => {
        const order = await work(tx);
        await this.notifications.enqueue(tx, order);
        return order.id;
      },
      async (orderId, replayed) => {
        if (replayed && request.expectedOrderId !== null && orderId !== request.expectedOrderId)
          failWith(UserErrorCode.ALREADY_EXISTS, 'This idempotency key was already used for another order.', [
            'input',
            'idempotencyKey',
          ]);
        const order = await this.queries.findVisible(ctx, orderId);
        if (!order) failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
        return order;
      },
    );
  }

  /** Places a draft inside the caller's transaction; refuses (user errors) when it may not. */
  async place(tx: RequestContext, orderId: number, details: Partial<Order> = {}): Promise<Order> {
    const order = await this.states.lock(tx, orderId);
    // State and permission first: nothing else matters for an order that is not a draft any more.
    await this.states.check(tx, order, OrderAction.SUBMIT);
    Object.assign(order, details);
    await this.requirePurchaseOrderNumber(tx, order.companyId, order.purchaseOrderNumber);
    await this.lockCredit(tx, order);
    const lines = await tx.db
      .getRepository(OrderLine)
      .find({ where: { orderId }, order: { position: 'ASC', id: 'ASC' } });
    if (lines.length === 0)
      failWith(UserErrorCode.INVALID, 'Add at least one line before submitting.', ['input', 'orderId']);
    // A cart may be days old: every line priced again, at its product's quantity on the order.
    const onRequest = await this.lines.repriceDraft(tx, order, lines);
    if (onRequest.length)
      failWith(
        UserErrorCode.NOT_AVAILABLE,
        `${onRequest.join(', ')}: price on request; remove ${onRequest.length === 1 ? 'it' : 'them'} and ask for a quote.`,
        ['input', 'orderId'],
      );
    const reader = TextReader.of(tx);
    refuseIfAny(this.lines.blocking(await this.lines.issuesOf(tx, order, lines), reader));
    const number = order.number.startsWith(`${DRAFT_SEQUENCE.prefix}-`)
      ? await this.sequences.nextNumber(tx, ORDER_SEQUENCE)
      : order.number;
    return this.commit(tx, order, lines, OrderAction.SUBMIT, {
      kind: 'SUBMITTED',
      message: openText('Order placed'),
      set: { ...details, number, submittedAt: tx.now() },
    });
  }

  /** A company that requires purchase order numbers gets no order without one. */
  private async requirePurchaseOrderNumber(
    tx: RequestContext,
    companyId: number,
    purchaseOrderNumber: string | null,
  ): Promise<void> {
    const company = await tx.loaders.load(Company, companyId);
    if (company?.requiresPurchaseOrderNumber && !purchaseOrderNumber)
      failWith(
        UserErrorCode.INVALID,
        `${company.name} places orders with a purchase order number: enter yours before submitting.`,
        ['input', 'purchaseOrderNumber'],
      );
  }

  /**
   * Accepting a quotation places it as an order, through the same checks as a submit: the
   * minimum order value, the credit limit and the approval rules (over a limit it goes to
   * PENDING_APPROVAL and into the approvers' queue). The quoted lines keep their quoted prices.
   */
  async placeQuote(
    tx: RequestContext,
    order: Order,
    accepted: { message: string; set: Partial<Order> },
  ): Promise<Order> {
    await this.requirePurchaseOrderNumber(
      tx,
      order.companyId,
      accepted.set.purchaseOrderNumber ?? order.purchaseOrderNumber,
    );
    await this.lockCredit(tx, order);
    const lines = await tx.db
      .getRepository(OrderLine)
      .find({ where: { orderId: order.id }, order: { position: 'ASC', id: 'ASC' } });
    refuseIfAny(this.lines.blocking(await this.lines.orderTotalIssues(tx, order), TextReader.of(tx)));
    return this.commit(tx, order, lines, OrderAction.ACCEPT_QUOTE, {
      kind: 'QUOTE_ACCEPTED',
      message: openText(accepted.message),
      set: { ...accepted.set, submittedAt: order.submittedAt ?? tx.now() },
    });
  }

  /**
   * Approving places an order too: the credit limit is checked again at the moment of approval
   * (invoices and orders may have grown since the order was submitted).
   */
  async recheckOnApproval(tx: RequestContext, order: Order, field: string[]): Promise<void> {
    await this.lockCredit(tx, order);
    const credit = (await this.lines.orderTotalIssues(tx, order)).filter(
      (issue) => issue.code === UserErrorCode.CREDIT_LIMIT_EXCEEDED,
    );
    refuseIfAny(this.lines.blocking(credit, TextReader.of(tx), field));
  }

  /**
   * Serialises what reads the company's credit exposure and then places an order: the company
   * row is written first (its creditVersion), which locks it for the rest of the transaction on
   * MySQL/MariaDB and, on a Galera cluster, makes two placements for one company on different
   * nodes conflict at certification (one is retried and then counts the other's order); SQLite
   * runs transactions one at a time. Reads after it see what was committed before the lock was
   * granted (READ COMMITTED), so of two orders that each fit but not together, the second sees the first.
   */
  private lockCredit(tx: RequestContext, order: Order): Promise<void> {
    return this.lockCreditOf(tx, order.companyId);
  }

  /**
   * Takes the company's credit lock (an exclusive lock on its row, or its parent's for a shared
   * limit) in the caller's transaction. A path that writes rows referring to the company before
   * placing (a template submitted at once creates its draft first) takes it first: the foreign
   * key checks of those rows take shared locks on the company row, and two transactions that both
   * hold one and then ask for the exclusive lock deadlock each other.
   */
  async lockCreditOf(tx: RequestContext, companyId: number): Promise<void> {
    // A limit shared by a parent and its subsidiaries is locked on the parent's row, so two
    // subsidiaries placing at once are serialised and the second counts the first's order.
    const { lockCompanyId } = await creditAccountOf(tx, companyId);
    const result = await tx.db
      .createQueryBuilder()
      .update(Company)
      .set({ creditVersion: () => 'creditVersion + 1' })
      .where('id = :id', { id: lockCompanyId })
      .execute();
    if (!result.affected) failWith(UserErrorCode.NOT_FOUND, 'No such company.', ['input', 'orderId']);
  }

  /**
   * The end of every path to a placed order: the company's approval rules (for customers), the
   * transition (SALES_ORDER, or PENDING_APPROVAL with an approval row) and its timeline event, and
   * the reservation of its base quantities (both statuses hold stock: see RESERVING_STATUSES).
   */
  private async commit(
    tx: RequestContext,
    order: Order,
    lines: OrderLine[],
    action: OrderAction.SUBMIT | OrderAction.ACCEPT_QUOTE,
    event: { kind: EventKind; message: GuardedText; set: Partial<Order> },
  ): Promise<Order> {
    const viewer = tx.requireViewer();
    const reasons = viewer.isStaff ? [] : await this.approvalReasons(tx, order, lines, viewer.role);
    const reason = approvalReasonText(reasons);
    const to = await this.states.transition(tx, order, action, {
      approvalRequired: reasons.length > 0,
      set: {
        ...event.set,
        subtotal: order.subtotal,
        adjustmentTotal: order.adjustmentTotal,
        taxTotal: order.taxTotal,
        total: order.total,
        priority: await this.incentives.isPriority(tx, order),
      },
      kind: event.kind,
      message: !reasons.length
        ? event.message
        : action === OrderAction.SUBMIT
          ? wrapText('Submitted for approval: ', reason)
          : joinTexts([event.message, wrapText('submitted for approval: ', reason)], '; '),
    });
    if (holdsReservation(to)) await this.inventory.reserveOrder(tx, order, lines, ['input', 'orderId']);
    if (to === OrderStatus.PENDING_APPROVAL) {
      const stored = toStored(reason);
      await tx.db.getRepository(Approval).insert({
        orderId: order.id,
        status: 'PENDING',
        reason: stored.text,
        redactedReason: stored.redacted,
        requestedById: viewer.userId,
        decidedById: null,
        decidedAt: null,
        comment: null,
        createdAt: tx.now(),
      });
    }
    return order;
  }

  /** Cancels an order the viewer may cancel now (the domain says which). */
  cancel(ctx: RequestContext, orderId: string, comment?: string | null): Promise<OrderResult> {
    return orderPayload(ctx, async () => {
      const order = await this.queries.findVisible(ctx, idOfType(orderId, 'Order'));
      if (!order) failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
      const text = comment?.trim() || null;
      if (text && text.length > MAX_COMMENT)
        failWith(UserErrorCode.INVALID, `Comments are limited to ${MAX_COMMENT} characters.`, [
          'input',
          'comment',
        ]);
      return ctx.transaction(async (tx) => {
        const locked = await this.states.lock(tx, order.id);
        await this.states.transition(tx, locked, OrderAction.CANCEL, {
          kind: 'CANCELLED',
          message: text ?? 'Cancelled',
        });
        return locked;
      });
    });
  }

  /** The domain's approval reasons for the company's rules and the author's role. */
  private async approvalReasons(
    tx: RequestContext,
    order: Order,
    lines: OrderLine[],
    role: Role,
  ): Promise<GuardedText[]> {
    // A subsidiary without approval rules of its own follows its parent's.
    const company = await tx.db.getRepository(Company).findOneByOrFail({ id: order.companyId });
    const rows = await effectiveApprovalRules(tx, company);
    const productIds = [...new Set(lines.map((l) => l.productId).filter((id): id is number => id !== null))];
    const products = await tx.loaders.loadMany(Product, productIds);
    const categoryOf = new Map(
      products.filter((p): p is Product => p !== null).map((p) => [p.id, p.categoryId]),
    );
    // The rules' categories and the lines', with their ancestors: names and the tree above them.
    const categories = await this.catalog.categoriesWithAncestors(tx, [
      ...rows.flatMap((r) => (r.categoryId === null ? [] : [r.categoryId])),
      ...[...categoryOf.values()].filter((id): id is number => id !== null),
    ]);
    const rules: ApprovalRule[] = rows.map((r) => ({
      orderTotalAbove: r.orderTotalAbove === null ? null : Money.of(r.orderTotalAbove, order.currencyCode),
      lineCountAbove: r.lineCountAbove,
      category:
        r.categoryId === null
          ? null
          : { id: String(r.categoryId), name: categories.get(r.categoryId)?.name ?? 'restricted' },
    }));
    const categoryIdOf = (productId: number | null) => {
      const categoryId = productId === null ? null : categoryOf.get(productId);
      return categoryId === null || categoryId === undefined ? null : String(categoryId);
    };
    return approvalReasons(
      {
        total: Money.of(order.total, order.currencyCode),
        lines: lines.map((l) => ({ sku: l.sku, categoryId: categoryIdOf(l.productId) })),
      },
      rules,
      role,
      {
        categoryParents: new Map(
          [...categories.values()].map((c) => [
            String(c.id),
            c.parentId === null ? null : String(c.parentId),
          ]),
        ),
      },
    );
  }
}
