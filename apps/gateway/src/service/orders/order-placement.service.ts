import {
  Money,
  OrderAction,
  OrderStatus,
  Role,
  approvalReasonText,
  approvalReasons,
  sameDecimal,
  type ApprovalRule,
} from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith, refuseIfAny } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Approval, CompanyApprovalRule, Order, OrderLine, Product } from '../../entity';
import type { CatalogService } from '../catalog/catalog.service';
import type { IdempotencyService } from '../support/idempotency.service';
import type { NumberSequenceService } from '../support/number-sequence.service';
import { DRAFT_SEQUENCE } from './cart.service';
import type { OrderLinesService } from './order-lines.service';
import type { OrderNotifications } from './order-notifications';
import { orderPayload, type OrderResult } from './order-payload';
import type { OrderQueryService } from './order-query.service';
import type { OrderStateWriter } from './order-state-writer';

/** Placed orders are numbered SO-…, taken when a draft is first placed. */
export const ORDER_SEQUENCE = { name: 'sales_order', prefix: 'SO' };

const MAX_COMMENT = 2000;

/**
 * Placing orders and cancelling them. `place` is the one path from a draft to a placed order
 * (submit, a template submitted at once): every line priced again and checked by the domain
 * (catalog, units, minimums, availability, minimum order value, credit limit), then SALES_ORDER,
 * or PENDING_APPROVAL for a requisitioner or when a company approval rule matches.
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
  ) {}

  /**
   * Places a draft, once per (viewer, idempotency key): a retry, or a concurrent duplicate, gets
   * the first result; a key used for another order is refused.
   */
  submit(ctx: RequestContext, orderId: string, idempotencyKey: string): Promise<OrderResult> {
    return orderPayload(ctx, async () => {
      const key = this.idempotency.checkKey(idempotencyKey);
      const id = idOfType(orderId, 'Order');
      const order = await this.queries.findVisible(ctx, id);
      if (!order) failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
      return this.placeOnce(ctx, { scope: 'submitOrder', key, expectedOrderId: order.id }, (tx) =>
        this.place(tx, order.id),
      );
    });
  }

  /**
   * Runs an idempotent placing `work` (submitOrder, orderFromTemplate), tells the approvers or
   * the author after the commit, and answers the order; a replayed key answers its first order.
   */
  async placeOnce(
    ctx: RequestContext,
    request: { scope: string; key: string; expectedOrderId: number | null },
    work: (tx: RequestContext) => Promise<Order>,
  ): Promise<Order> {
    return this.idempotency.once(
      ctx,
      { scope: request.scope, key: request.key, resultType: 'Order' },
      async (tx) => (await work(tx)).id,
      async (orderId, replayed) => {
        if (replayed && request.expectedOrderId !== null && orderId !== request.expectedOrderId)
          failWith(UserErrorCode.ALREADY_EXISTS, 'This idempotency key was already used for another order.', [
            'input',
            'idempotencyKey',
          ]);
        const order = await this.queries.findVisible(ctx, orderId);
        if (!order) failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
        if (!replayed) await this.notifications.afterCommit(ctx, order);
        return order;
      },
    );
  }

  /** Places a draft inside the caller's transaction; refuses (user errors) when it may not. */
  async place(tx: RequestContext, orderId: number): Promise<Order> {
    const viewer = tx.requireViewer();
    const order = await this.states.lock(tx, orderId);
    // State and permission first: nothing else matters for an order that is not a draft any more.
    await this.states.check(tx, order, OrderAction.SUBMIT);
    const lines = await tx.db
      .getRepository(OrderLine)
      .find({ where: { orderId }, order: { position: 'ASC', id: 'ASC' } });
    if (lines.length === 0)
      failWith(UserErrorCode.INVALID, 'Add at least one line before submitting.', ['input', 'orderId']);
    await this.reprice(tx, order, lines);
    refuseIfAny(this.lines.blocking(await this.lines.issuesOf(tx, order, lines)));

    const reasons = viewer.isStaff ? [] : await this.approvalReasons(tx, order, lines, viewer.role);
    const number = order.number.startsWith(`${DRAFT_SEQUENCE.prefix}-`)
      ? await this.sequences.nextNumber(tx, ORDER_SEQUENCE)
      : order.number;
    const to = await this.states.transition(tx, order, OrderAction.SUBMIT, {
      approvalRequired: reasons.length > 0,
      set: {
        number,
        submittedAt: tx.now(),
        subtotal: order.subtotal,
        taxTotal: order.taxTotal,
        total: order.total,
      },
      kind: 'SUBMITTED',
      message: reasons.length ? `Submitted for approval: ${approvalReasonText(reasons)}` : 'Order placed',
    });
    if (to === OrderStatus.PENDING_APPROVAL) {
      await tx.db.getRepository(Approval).insert({
        orderId: order.id,
        status: 'PENDING',
        reason: approvalReasonText(reasons),
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

  /** Prices every line again under today's pricelist (a cart may be days old). */
  private async reprice(tx: RequestContext, order: Order, lines: OrderLine[]): Promise<void> {
    for (const line of lines) {
      if (line.productId === null) continue;
      const product = await this.catalog.findVisible(
        tx,
        order.companyId,
        { id: line.productId },
        { includeOutOfStock: true },
      );
      if (!product) continue; // reported as NOT_IN_CATALOG by the issues
      const units = await this.catalog.unitsOf(tx, product);
      const unit = units.find((u) => u.unit.id === line.unitId);
      if (!unit) continue; // reported as UNIT_NOT_ALLOWED by the issues
      const [priced] = await this.lines.price(tx, order.companyId, order.currencyCode, [
        {
          product,
          unit: unit.unit,
          factor: unit.factor,
          quantity: line.quantity,
          baseQuantity: line.baseQuantity,
        },
      ]);
      if (!priced) throw new Error('A prepared line was not priced');
      const row = this.lines.toRow(order.id, line.position, priced, line.previousUnitPrice);
      if (!sameDecimal(row.unitPrice!, line.unitPrice) || !sameDecimal(row.lineTotal!, line.lineTotal)) {
        await tx.db.getRepository(OrderLine).update(
          { id: line.id },
          {
            unitPrice: row.unitPrice,
            lineTotal: row.lineTotal,
            priceRuleId: row.priceRuleId,
            priceExplanation: row.priceExplanation,
          },
        );
        Object.assign(line, { unitPrice: row.unitPrice, lineTotal: row.lineTotal });
      }
    }
    await this.lines.writeLinesAndTotals(tx, order, lines);
  }

  /** The domain's approval reasons for the company's rules and the author's role. */
  private async approvalReasons(
    tx: RequestContext,
    order: Order,
    lines: OrderLine[],
    role: Role,
  ): Promise<string[]> {
    const rows = await tx.db
      .getRepository(CompanyApprovalRule)
      .find({ where: { companyId: order.companyId }, order: { id: 'ASC' } });
    const categories = await this.catalog.categoriesById(tx);
    const rules: ApprovalRule[] = rows.map((r) => ({
      orderTotalAbove: r.orderTotalAbove === null ? null : Money.of(r.orderTotalAbove, order.currencyCode),
      lineCountAbove: r.lineCountAbove,
      category:
        r.categoryId === null
          ? null
          : { id: String(r.categoryId), name: categories.get(r.categoryId)?.name ?? 'restricted' },
    }));
    const productIds = [...new Set(lines.map((l) => l.productId).filter((id): id is number => id !== null))];
    const products = await tx.loaders.loadMany(Product, productIds);
    const categoryOf = new Map(
      products.filter((p): p is Product => p !== null).map((p) => [p.id, p.categoryId]),
    );
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
