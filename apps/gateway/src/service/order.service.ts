import { Brackets, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  Money,
  OrderAction,
  OrderStatus,
  Permission,
  Role,
  approvalReasonText,
  approvalReasons,
  availableActions,
  checkTransition,
  formatMoney,
  permissionsOf,
  type AnyOrderAction,
  type ApprovalRule,
} from '@portal/domain';
import { pageRequest, toConnection, type Connection, type PageRequest } from '../common/connection';
import { idOfType, toGlobalId } from '../common/node-id';
import {
  UserErrorCode,
  UserErrorsException,
  failWith,
  userError,
  type UserError,
} from '../common/user-error';
import type { RequestContext, Viewer } from '../context';
import {
  Address,
  Approval,
  Company,
  CompanyApprovalRule,
  IdempotencyKey,
  Order,
  OrderEvent,
  OrderLine,
  Product,
  User,
  type OrderChannel,
} from '../entity';
import type { Mailer } from '../mail/mailer';
import type { AuditService } from './audit.service';
import type { CatalogService } from './catalog.service';
import { escapeLike } from './company.service';
import { NumberSequenceService, isUniqueViolation } from './number-sequence.service';
import { OrderLinesService, toUserErrorCode, type LineInput, type PricedLine } from './order-lines.service';

export interface OrderResult {
  order: Order | null;
  userErrors: UserError[];
}

export interface OrdersResult {
  orders: Order[];
  userErrors: UserError[];
}

export interface OrderListArgs {
  first?: number | null;
  after?: string | null;
  filter?: {
    statuses?: OrderStatus[] | null;
    number?: string | null;
    productId?: string | null;
    sku?: string | null;
    from?: string | null;
    to?: string | null;
    createdById?: string | null;
    companyId?: string | null;
    channel?: OrderChannel | null;
  } | null;
  sort?: { key: 'CREATED_AT' | 'SUBMITTED_AT' | 'NUMBER' | 'TOTAL'; descending?: boolean | null } | null;
}

export interface NewDraft {
  companyId: number;
  channel: OrderChannel;
  lines: PricedLine[];
  purchaseOrderNumber?: string | null;
  sourceOrderId?: number | null;
  /** Per line, the unit price on the order copied (reorder). */
  previousUnitPrices?: (string | null)[];
}

/** Number prefixes: drafts are numbered DR-…, placed orders SO-… (taken when first submitted). */
export const DRAFT_SEQUENCE = { name: 'draft_order', prefix: 'DR' };
export const ORDER_SEQUENCE = { name: 'sales_order', prefix: 'SO' };

const MAX_COMMENT = 2000;
const MAX_NOTES = 5000;

/** Events kinds written to the timeline. */
export type EventKind =
  | 'CREATED'
  | 'STATUS_CHANGED'
  | 'SUBMITTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'CANCELLED'
  // quotes and fulfilment (quote.service.ts, fulfilment.service.ts)
  | 'QUOTE_SENT'
  | 'QUOTE_ACCEPTED'
  | 'CHANGES_REQUESTED'
  | 'QUOTE_DECLINED'
  | 'FULFILMENT_STARTED'
  | 'SHIPPED'
  | 'DELIVERED'
  | 'RECEIPT_CONFIRMED'
  | 'ISSUE_REPORTED';

/**
 * Orders in every state: reading within the viewer's scope, the cart, submitting (with
 * idempotency keys), approvals and cancelling. Every status change goes through `transition`,
 * which asks the domain's state machine (one table for actions and mutations), writes the change
 * with an optimistic version check on the row it locked, and records an OrderEvent and an
 * AuditLog row in the same transaction. Quotes (status QUOTATION) and fulfilment are further
 * actions of the same table through the same `transition`.
 */
export class OrderService {
  constructor(
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    readonly lines: OrderLinesService,
    private readonly sequences: NumberSequenceService,
    private readonly mailer: Mailer,
  ) {}

  // ------------------------------------------------------------ reading, scoped

  /** An order the viewer may read, or null (a foreign id behaves exactly like a missing one). */
  async findVisible(ctx: RequestContext, id: number | null): Promise<Order | null> {
    if (id === null) return null;
    const order = await ctx.loaders.load(Order, id);
    return order && (await this.mayRead(ctx, order)) ? order : null;
  }

  async findVisibleByNumber(ctx: RequestContext, number: string): Promise<Order | null> {
    const query = ctx.db
      .getRepository(Order)
      .createQueryBuilder('o')
      .where('o.number = :number', { number: number.trim() });
    this.scope(ctx, query);
    const order = await query.getOne();
    if (order) ctx.loaders.prime(Order, order);
    return order;
  }

  /**
   * Who reads which orders: staff with ORDERS_READ_COMPANY every company's; in a customer
   * company, ORDERS_READ_COMPANY (admins, viewers) all of it, ORDERS_READ_OWN (buyers,
   * requisitioners) their own and assigned ones, approvers their queue and what they decided.
   */
  async mayRead(ctx: RequestContext, order: Order): Promise<boolean> {
    const viewer = ctx.requireViewer();
    if (viewer.isStaff)
      return viewer.can(Permission.ORDERS_READ_COMPANY) || order.createdById === viewer.userId;
    if (order.companyId !== viewer.companyId) return false;
    if (viewer.can(Permission.ORDERS_READ_COMPANY)) return true;
    if (
      viewer.can(Permission.ORDERS_READ_OWN) &&
      (order.createdById === viewer.userId || order.assignedToId === viewer.userId)
    )
      return true;
    if (viewer.can(Permission.ORDERS_APPROVE)) {
      if (order.status === OrderStatus.PENDING_APPROVAL) return true;
      const approvals = await ctx.loaders.children(Approval, 'orderId', order.id);
      return approvals.some((a) => a.decidedById === viewer.userId);
    }
    return false;
  }

  /** The same scope as `mayRead`, as SQL on alias `o`. */
  private scope(ctx: RequestContext, query: SelectQueryBuilder<Order>): void {
    const viewer = ctx.requireViewer();
    if (viewer.isStaff) {
      if (!viewer.can(Permission.ORDERS_READ_COMPANY))
        query.andWhere('o.createdById = :scopeMe', { scopeMe: viewer.userId });
      return;
    }
    query.andWhere('o.companyId = :scopeCompany', { scopeCompany: viewer.companyId ?? -1 });
    if (viewer.can(Permission.ORDERS_READ_COMPANY)) return;
    query.andWhere(
      new Brackets((qb) => {
        qb.where('1 = 0');
        if (viewer.can(Permission.ORDERS_READ_OWN))
          qb.orWhere('o.createdById = :scopeMe OR o.assignedToId = :scopeMe');
        if (viewer.can(Permission.ORDERS_APPROVE)) {
          qb.orWhere('o.status = :scopePending', { scopePending: OrderStatus.PENDING_APPROVAL });
          qb.orWhere(
            'EXISTS (SELECT 1 FROM approval sa WHERE sa.orderId = o.id AND sa.decidedById = :scopeMe)',
          );
        }
      }),
      { scopeMe: viewer.userId },
    );
  }

  /** The `orders` connection: filtered, sorted, paginated, within the viewer's scope. */
  async list(ctx: RequestContext, args: OrderListArgs): Promise<Connection<Order>> {
    const page = pageRequest(args.first, args.after);
    const viewer = ctx.requireViewer();
    const query = ctx.db.getRepository(Order).createQueryBuilder('o');
    this.scope(ctx, query);
    const f = args.filter ?? {};
    const nothing = () => toConnection<Order>([], 0, page);
    if (f.statuses?.length) query.andWhere('o.status IN (:...fStatuses)', { fStatuses: f.statuses });
    if (f.number?.trim()) {
      query.andWhere(
        "(o.number LIKE :fNumber ESCAPE '!' OR o.purchaseOrderNumber LIKE :fNumber ESCAPE '!')",
        { fNumber: `${escapeLike(f.number.trim())}%` },
      );
    }
    if (f.productId !== undefined && f.productId !== null) {
      const productId = idOfType(f.productId, 'Product');
      if (productId === null) return nothing();
      query.andWhere(
        'EXISTS (SELECT 1 FROM order_line fl WHERE fl.orderId = o.id AND fl.productId = :fProduct)',
        { fProduct: productId },
      );
    }
    if (f.sku?.trim())
      query.andWhere('EXISTS (SELECT 1 FROM order_line fs WHERE fs.orderId = o.id AND fs.sku = :fSku)', {
        fSku: f.sku.trim(),
      });
    if (f.from) query.andWhere('o.createdAt >= :fFrom', { fFrom: new Date(`${f.from}T00:00:00.000Z`) });
    if (f.to)
      query.andWhere('o.createdAt < :fTo', {
        fTo: new Date(new Date(`${f.to}T00:00:00.000Z`).getTime() + 86_400_000),
      });
    if (f.createdById !== undefined && f.createdById !== null) {
      const userId = idOfType(f.createdById, 'User');
      if (userId === null) return nothing();
      query.andWhere('o.createdById = :fAuthor', { fAuthor: userId });
    }
    if (f.companyId !== undefined && f.companyId !== null) {
      const companyId = idOfType(f.companyId, 'Company');
      if (companyId === null || (!viewer.isStaff && companyId !== viewer.companyId)) return nothing();
      query.andWhere('o.companyId = :fCompany', { fCompany: companyId });
    }
    if (f.channel) query.andWhere('o.channel = :fChannel', { fChannel: f.channel });

    const direction = (args.sort?.descending ?? true) ? 'DESC' : 'ASC';
    const column = {
      CREATED_AT: 'o.createdAt',
      SUBMITTED_AT: 'o.submittedAt',
      NUMBER: 'o.number',
      TOTAL: 'o.total',
    }[args.sort?.key ?? 'CREATED_AT'];
    query.orderBy(column, direction).addOrderBy('o.id', direction);
    return this.page(ctx, query, page);
  }

  /** Orders waiting for the viewer's decision: pending approval in their company, not their own. */
  async approvalQueue(
    ctx: RequestContext,
    first: number | null,
    after: string | null,
  ): Promise<Connection<Order>> {
    const page = pageRequest(first, after);
    const viewer = ctx.requireViewer();
    const query = ctx.db
      .getRepository(Order)
      .createQueryBuilder('o')
      .where('o.companyId = :company', { company: viewer.companyId ?? -1 })
      .andWhere('o.status = :status', { status: OrderStatus.PENDING_APPROVAL })
      .andWhere('(o.createdById IS NULL OR o.createdById <> :me)', { me: viewer.userId })
      .orderBy('o.submittedAt', 'ASC')
      .addOrderBy('o.id', 'ASC');
    return this.page(ctx, query, page);
  }

  /**
   * One page and the total in ONE statement (COUNT(*) OVER (), on SQLite 3.25+, MySQL 8 and
   * MariaDB 10.2+); only a page past the end needs a separate count.
   */
  private async page(
    ctx: RequestContext,
    query: SelectQueryBuilder<Order>,
    page: PageRequest,
  ): Promise<Connection<Order>> {
    const counted = query
      .clone()
      .addSelect('COUNT(*) OVER ()', 'total_count')
      .offset(page.offset)
      .limit(page.limit);
    const { entities, raw } = await counted.getRawAndEntities<{ total_count: number | string }>();
    const total =
      raw.length > 0 ? Number(raw[0].total_count) : page.offset === 0 ? 0 : await query.getCount();
    for (const o of entities) ctx.loaders.prime(Order, o);
    return toConnection(entities, total, page);
  }

  /** The viewer's open cart: their most recently changed DRAFT. */
  async cartOf(ctx: RequestContext): Promise<Order | null> {
    const viewer = ctx.viewer;
    if (!viewer || !viewer.can(Permission.ORDERS_DRAFT)) return null;
    const order = await ctx.db.getRepository(Order).findOne({
      where: { createdById: viewer.userId, status: OrderStatus.DRAFT },
      order: { updatedAt: 'DESC', id: 'DESC' },
    });
    if (order) ctx.loaders.prime(Order, order);
    return order;
  }

  /** What the viewer may do with the order now, from the domain's state machine. */
  actionsFor(ctx: RequestContext, order: Order): OrderAction[] {
    const viewer = ctx.requireViewer();
    return availableActions(this.stateOf(ctx, order), this.domainViewer(viewer));
  }

  // ------------------------------------------------------------ the cart

  async createDraft(
    ctx: RequestContext,
    input: {
      lines?: LineInput[] | null;
      purchaseOrderNumber?: string | null;
      companyId?: string | null;
      channel?: OrderChannel | null;
    },
  ): Promise<OrderResult> {
    const viewer = ctx.requireViewer();
    let companyId: number;
    let channel: OrderChannel;
    if (viewer.isStaff) {
      const id = idOfType(input.companyId ?? null, 'Company');
      if (input.companyId === undefined || input.companyId === null) {
        return fail(UserErrorCode.INVALID, 'Staff enter orders for a customer: give the companyId.', [
          'input',
          'companyId',
        ]);
      }
      if (id === null || !(await ctx.loaders.load(Company, id)))
        return fail(UserErrorCode.NOT_FOUND, 'No such company.', ['input', 'companyId']);
      companyId = id;
      channel = input.channel ?? 'PHONE';
      if (channel !== 'PHONE' && channel !== 'EMAIL') {
        return fail(
          UserErrorCode.INVALID,
          'Staff enter orders taken by phone or e-mail (channel PHONE or EMAIL).',
          ['input', 'channel'],
        );
      }
    } else {
      if (viewer.companyId === null) throw new Error('A portal user without a company');
      if (
        input.companyId !== undefined &&
        input.companyId !== null &&
        idOfType(input.companyId, 'Company') !== viewer.companyId
      ) {
        return fail(UserErrorCode.NOT_FOUND, 'No such company.', ['input', 'companyId']);
      }
      companyId = viewer.companyId;
      channel = input.channel ?? (viewer.authMethod === 'api-token' ? 'API' : 'PORTAL');
      if (channel !== 'PORTAL' && channel !== 'API') {
        return fail(UserErrorCode.INVALID, "Only the seller's team enters phone and e-mail orders.", [
          'input',
          'channel',
        ]);
      }
    }
    const po = this.checkPurchaseOrderNumber(input.purchaseOrderNumber, ['input', 'purchaseOrderNumber']);
    if (po.error) return { order: null, userErrors: [po.error] };
    const currency = await this.currencyOf(ctx, companyId);
    const prepared = await this.lines.prepare(ctx, companyId, input.lines ?? [], (i) => [
      'input',
      'lines',
      String(i),
    ]);
    if (prepared.errors.length) return { order: null, userErrors: prepared.errors };
    const priced = await this.lines.price(ctx, companyId, currency, prepared.lines);
    return this.run(ctx, async (em) =>
      this.createDraftInTx(ctx, em, { companyId, channel, lines: priced, purchaseOrderNumber: po.value }),
    );
  }

  /** Creates a DRAFT (numbered DR-…) with priced lines; inside the caller's transaction. */
  async createDraftInTx(ctx: RequestContext, em: EntityManager, draft: NewDraft): Promise<Order> {
    const viewer = ctx.requireViewer();
    const now = ctx.now();
    const number = NumberSequenceService.format(
      DRAFT_SEQUENCE.prefix,
      await this.sequences.next(em, DRAFT_SEQUENCE.name),
    );
    const company = await em.getRepository(Company).findOneByOrFail({ id: draft.companyId });
    const shipping = await em
      .getRepository(Address)
      .findOne({ where: { companyId: company.id }, order: { id: 'ASC' } });
    const order = await em.getRepository(Order).save(
      em.getRepository(Order).create({
        number,
        status: OrderStatus.DRAFT,
        channel: draft.channel,
        companyId: company.id,
        createdById: viewer.userId,
        assignedToId: null,
        currencyCode: await this.currencyOf(ctx, company.id),
        purchaseOrderNumber: draft.purchaseOrderNumber ?? null,
        requestedDeliveryDate: null,
        notes: null,
        shippingAddressId: shipping?.id ?? null,
        subtotal: '0',
        taxTotal: '0',
        total: '0',
        sourceOrderId: draft.sourceOrderId ?? null,
        rfqId: null,
        submittedAt: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    const rows = draft.lines.map((line, i) =>
      this.lines.toRow(order.id, i + 1, line, draft.previousUnitPrices?.[i] ?? null),
    );
    await this.lines.writeLinesAndTotals(ctx, em, order, rows);
    await em
      .getRepository(Order)
      .update({ id: order.id }, { subtotal: order.subtotal, taxTotal: order.taxTotal, total: order.total });
    await this.record(
      ctx,
      em,
      order,
      'CREATED',
      OrderStatus.DRAFT,
      draft.sourceOrderId ? 'Reordered' : 'Draft created',
      {
        channel: draft.channel,
        lines: rows.length,
      },
    );
    return order;
  }

  async addLines(ctx: RequestContext, orderId: string, inputs: LineInput[]): Promise<OrderResult> {
    const order = await this.findVisible(ctx, idOfType(orderId, 'Order'));
    if (!order) return notFound();
    if (inputs.length === 0) return fail(UserErrorCode.INVALID, 'Add at least one line.', ['input', 'lines']);
    const prepared = await this.lines.prepare(ctx, order.companyId, inputs, (i) => [
      'input',
      'lines',
      String(i),
    ]);
    if (prepared.errors.length) return { order: null, userErrors: prepared.errors };
    const priced = await this.lines.price(ctx, order.companyId, order.currencyCode, prepared.lines);
    return this.editDraft(ctx, order.id, async (em, locked, lines) => {
      let position = lines.reduce((max, l) => Math.max(max, l.position), 0);
      const rows = [...lines, ...priced.map((line) => this.lines.toRow(locked.id, ++position, line))];
      await this.lines.writeLinesAndTotals(ctx, em, locked, rows);
      await this.audit.record(ctx, em, {
        entityType: 'Order',
        entityId: locked.id,
        companyId: locked.companyId,
        action: 'LINES_ADDED',
        changes: { count: priced.length },
      });
    });
  }

  async updateLine(
    ctx: RequestContext,
    input: { orderId: string; lineId: string; quantity: string; unitId?: string | null },
  ): Promise<OrderResult> {
    const order = await this.findVisible(ctx, idOfType(input.orderId, 'Order'));
    if (!order) return notFound();
    const lineId = idOfType(input.lineId, 'OrderLine');
    const current =
      lineId === null
        ? null
        : await ctx.db.getRepository(OrderLine).findOneBy({ id: lineId, orderId: order.id });
    if (!current) return fail(UserErrorCode.NOT_FOUND, 'No such line on this order.', ['input', 'lineId']);
    if (current.productId === null)
      return fail(
        UserErrorCode.NOT_IN_CATALOG,
        `${current.sku} is no longer in the catalog; remove the line.`,
        ['input', 'lineId'],
      );
    const prepared = await this.lines.prepare(
      ctx,
      order.companyId,
      [
        {
          productId: toGlobalId('Product', current.productId),
          quantity: input.quantity,
          unitId: input.unitId ?? toGlobalId('UnitOfMeasure', current.unitId),
        },
      ],
      () => ['input'],
    );
    if (prepared.errors.length) {
      // The product of the line left the catalog: say so on the line, not on a productId the buyer never sent.
      return {
        order: null,
        userErrors: prepared.errors.map((e) =>
          e.field?.[1] === 'productId'
            ? userError(
                UserErrorCode.NOT_IN_CATALOG,
                `${current.sku} is no longer in the catalog; remove the line.`,
                ['input', 'lineId'],
              )
            : e,
        ),
      };
    }
    const [priced] = await this.lines.price(ctx, order.companyId, order.currencyCode, prepared.lines);
    return this.editDraft(ctx, order.id, async (em, locked, lines) => {
      const line = lines.find((l) => l.id === current.id);
      if (!line) failWith(UserErrorCode.NOT_FOUND, 'No such line on this order.', ['input', 'lineId']);
      const row = this.lines.toRow(locked.id, line.position, priced, line.previousUnitPrice);
      Object.assign(line, row, { id: line.id });
      await em
        .getRepository(OrderLine)
        .update({ id: line.id }, { ...row, taxRate: line.taxRate, taxAmount: line.taxAmount });
      await this.lines.writeLinesAndTotals(ctx, em, locked, lines);
      await this.audit.record(ctx, em, {
        entityType: 'Order',
        entityId: locked.id,
        companyId: locked.companyId,
        action: 'LINE_CHANGED',
        changes: { lineId: line.id, quantity: row.quantity, unitId: row.unitId },
      });
    });
  }

  async removeLines(ctx: RequestContext, orderId: string, lineIds: string[]): Promise<OrderResult> {
    const order = await this.findVisible(ctx, idOfType(orderId, 'Order'));
    if (!order) return notFound();
    if (lineIds.length === 0)
      return fail(UserErrorCode.INVALID, 'Name at least one line.', ['input', 'lineIds']);
    return this.editDraft(ctx, order.id, async (em, locked, lines) => {
      const ids = lineIds.map((id) => idOfType(id, 'OrderLine'));
      const errors = ids.flatMap((id, i) =>
        id !== null && lines.some((l) => l.id === id)
          ? []
          : [
              userError(UserErrorCode.NOT_FOUND, 'No such line on this order.', [
                'input',
                'lineIds',
                String(i),
              ]),
            ],
      );
      if (errors.length) throw new UserErrorsException(errors);
      const remove = new Set(ids as number[]);
      await em.getRepository(OrderLine).delete({ id: In([...remove]) });
      await this.lines.writeLinesAndTotals(
        ctx,
        em,
        locked,
        lines.filter((l) => !remove.has(l.id)),
      );
      await this.audit.record(ctx, em, {
        entityType: 'Order',
        entityId: locked.id,
        companyId: locked.companyId,
        action: 'LINES_REMOVED',
        changes: { count: remove.size },
      });
    });
  }

  async updateDetails(
    ctx: RequestContext,
    input: {
      orderId: string;
      purchaseOrderNumber?: string | null;
      requestedDeliveryDate?: string | null;
      notes?: string | null;
      shippingAddressId?: string | null;
    },
  ): Promise<OrderResult> {
    const order = await this.findVisible(ctx, idOfType(input.orderId, 'Order'));
    if (!order) return notFound();
    const changes: Partial<Order> = {};
    const errors: UserError[] = [];
    if (input.purchaseOrderNumber !== undefined) {
      const po = this.checkPurchaseOrderNumber(input.purchaseOrderNumber, ['input', 'purchaseOrderNumber']);
      if (po.error) errors.push(po.error);
      else changes.purchaseOrderNumber = po.value;
    }
    if (input.requestedDeliveryDate !== undefined) {
      if (input.requestedDeliveryDate !== null && input.requestedDeliveryDate < ctx.clock.today()) {
        errors.push(
          userError(UserErrorCode.INVALID, 'The requested delivery date cannot be in the past.', [
            'input',
            'requestedDeliveryDate',
          ]),
        );
      } else changes.requestedDeliveryDate = input.requestedDeliveryDate;
    }
    if (input.notes !== undefined) {
      const notes = input.notes?.trim() ?? '';
      if (notes.length > MAX_NOTES)
        errors.push(
          userError(UserErrorCode.INVALID, `Notes are limited to ${MAX_NOTES} characters.`, [
            'input',
            'notes',
          ]),
        );
      else changes.notes = notes.length ? notes : null;
    }
    if (input.shippingAddressId !== undefined) {
      if (input.shippingAddressId === null) changes.shippingAddressId = null;
      else {
        const id = idOfType(input.shippingAddressId, 'Address');
        const address = id === null ? null : await ctx.loaders.load(Address, id);
        if (!address || address.companyId !== order.companyId) {
          errors.push(
            userError(UserErrorCode.NOT_FOUND, "No such address of the order's company.", [
              'input',
              'shippingAddressId',
            ]),
          );
        } else changes.shippingAddressId = address.id;
      }
    }
    if (errors.length) return { order: null, userErrors: errors };
    return this.editDraft(ctx, order.id, async (em, locked) => {
      Object.assign(locked, changes);
      await this.audit.record(ctx, em, {
        entityType: 'Order',
        entityId: locked.id,
        companyId: locked.companyId,
        action: 'DETAILS_CHANGED',
        changes,
      });
    });
  }

  /**
   * Runs a change of a draft in one transaction: locks the order, lets the domain say whether
   * the viewer may EDIT it, then writes the changed order back with its version increased.
   */
  private editDraft(
    ctx: RequestContext,
    orderId: number,
    work: (em: EntityManager, order: Order, lines: OrderLine[]) => Promise<void>,
  ): Promise<OrderResult> {
    return this.run(ctx, async (em) => {
      const order = await this.lock(em, orderId);
      this.check(ctx, order, OrderAction.EDIT);
      const lines = await em
        .getRepository(OrderLine)
        .find({ where: { orderId }, order: { position: 'ASC', id: 'ASC' } });
      await work(em, order, lines);
      await this.saveVersioned(ctx, em, order, {
        subtotal: order.subtotal,
        taxTotal: order.taxTotal,
        total: order.total,
        purchaseOrderNumber: order.purchaseOrderNumber,
        requestedDeliveryDate: order.requestedDeliveryDate,
        notes: order.notes,
        shippingAddressId: order.shippingAddressId,
      });
      return order;
    });
  }

  // ------------------------------------------------------------ submitting

  /**
   * Places a draft: SALES_ORDER, or PENDING_APPROVAL for a requisitioner or when a company
   * approval rule matches. Idempotent per (viewer, key): the key row is inserted in the same
   * transaction (unique index), so a retry, or a concurrent duplicate, gets the first result.
   */
  async submit(ctx: RequestContext, orderId: string, idempotencyKey: string): Promise<OrderResult> {
    const key = idempotencyKey.trim();
    if (key.length === 0 || key.length > 128)
      return fail(UserErrorCode.INVALID, 'The idempotency key must be 1 to 128 characters.', [
        'input',
        'idempotencyKey',
      ]);
    const id = idOfType(orderId, 'Order');
    const replay = await this.replay(ctx, 'submitOrder', key, id);
    if (replay) return replay;
    const order = await this.findVisible(ctx, id);
    if (!order) return notFound();
    return this.idempotent(ctx, 'submitOrder', key, id, (em) => this.placeInTx(ctx, em, order.id));
  }

  /** The first result of an idempotency key, if it was used already. */
  async replay(
    ctx: RequestContext,
    scope: string,
    key: string,
    expectedOrderId: number | null,
    settled = false,
  ): Promise<OrderResult | null> {
    const viewer = ctx.requireViewer();
    const used = await ctx.db.getRepository(IdempotencyKey).findOneBy({ userId: viewer.userId, scope, key });
    if (!used) return null;
    const resultId = used.resultId === null ? null : Number(used.resultId);
    // Not settled yet (a concurrent request's transaction is still running): take the transactional path, which waits for it.
    if (resultId === null && !settled) return null;
    if (resultId === null)
      return fail(UserErrorCode.INVALID_STATE, 'A request with this idempotency key is still in progress.', [
        'input',
        'idempotencyKey',
      ]);
    if (expectedOrderId !== null && resultId !== expectedOrderId) {
      return fail(UserErrorCode.ALREADY_EXISTS, 'This idempotency key was already used for another order.', [
        'input',
        'idempotencyKey',
      ]);
    }
    ctx.loaders.clear(Order);
    return { order: await this.findVisible(ctx, resultId), userErrors: [] };
  }

  /** Runs `work` once per (viewer, scope, key); the key row commits or rolls back with it. */
  async idempotent(
    ctx: RequestContext,
    scope: string,
    key: string,
    expectedOrderId: number | null,
    work: (em: EntityManager) => Promise<Order>,
  ): Promise<OrderResult> {
    const viewer = ctx.requireViewer();
    try {
      const result = await this.run(ctx, async (em) => {
        await em.getRepository(IdempotencyKey).insert({
          userId: viewer.userId,
          scope,
          key,
          resultType: 'Order',
          resultId: null,
          createdAt: ctx.now(),
        });
        const order = await work(em);
        await em
          .getRepository(IdempotencyKey)
          .update({ userId: viewer.userId, scope, key }, { resultId: String(order.id) });
        return order;
      });
      if (result.order) await this.notifyAfterCommit(ctx, result.order);
      return result;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // A concurrent request with the same key committed first: answer with its result.
      return (
        (await this.replay(ctx, scope, key, expectedOrderId, true)) ??
        fail(UserErrorCode.INVALID_STATE, 'Try again.', ['input', 'idempotencyKey'])
      );
    }
  }

  /** Submits a draft inside the caller's transaction; throws UserErrorsException when it may not. */
  async placeInTx(ctx: RequestContext, em: EntityManager, orderId: number): Promise<Order> {
    const viewer = ctx.requireViewer();
    const order = await this.lock(em, orderId);
    // State and permission first: nothing else matters for an order that is not a draft any more.
    this.check(ctx, order, OrderAction.SUBMIT);
    const lines = await em
      .getRepository(OrderLine)
      .find({ where: { orderId }, order: { position: 'ASC', id: 'ASC' } });
    if (lines.length === 0)
      failWith(UserErrorCode.INVALID, 'Add at least one line before submitting.', ['input', 'orderId']);
    await this.repriceInTx(ctx, em, order, lines);
    const blocking = OrderLinesService.blocking(await this.lines.issuesOf(ctx, order, lines));
    if (blocking.length) throw new UserErrorsException(blocking);

    const reasons = viewer.isStaff ? [] : await this.approvalReasons(ctx, em, order, lines, viewer.role);
    const number = order.number.startsWith(`${DRAFT_SEQUENCE.prefix}-`)
      ? NumberSequenceService.format(
          ORDER_SEQUENCE.prefix,
          await this.sequences.next(em, ORDER_SEQUENCE.name),
        )
      : order.number;
    const to = await this.transition(ctx, em, order, OrderAction.SUBMIT, {
      approvalRequired: reasons.length > 0,
      set: {
        number,
        submittedAt: ctx.now(),
        subtotal: order.subtotal,
        taxTotal: order.taxTotal,
        total: order.total,
      },
      kind: 'SUBMITTED',
      message: reasons.length ? `Submitted for approval: ${approvalReasonText(reasons)}` : 'Order placed',
    });
    if (to === OrderStatus.PENDING_APPROVAL) {
      await em.getRepository(Approval).insert({
        orderId: order.id,
        status: 'PENDING',
        reason: approvalReasonText(reasons),
        requestedById: viewer.userId,
        decidedById: null,
        decidedAt: null,
        comment: null,
        createdAt: ctx.now(),
      });
    }
    return order;
  }

  /** Prices every line again under today's pricelist (a cart may be days old). */
  private async repriceInTx(
    ctx: RequestContext,
    em: EntityManager,
    order: Order,
    lines: OrderLine[],
  ): Promise<void> {
    for (const line of lines) {
      if (line.productId === null) continue;
      const product = await this.catalog.findVisible(
        ctx,
        order.companyId,
        { id: line.productId },
        { includeOutOfStock: true },
      );
      if (!product) continue; // reported as NOT_IN_CATALOG by the issues
      const units = await this.catalog.unitsOf(ctx, product);
      const unit = units.find((u) => u.unit.id === line.unitId);
      if (!unit) continue; // reported as UNIT_NOT_ALLOWED by the issues
      const [priced] = await this.lines.price(ctx, order.companyId, order.currencyCode, [
        {
          product,
          unit: unit.unit,
          factor: unit.factor,
          quantity: line.quantity,
          baseQuantity: line.baseQuantity,
        },
      ]);
      const row = this.lines.toRow(order.id, line.position, priced, line.previousUnitPrice);
      if (row.unitPrice !== line.unitPrice || row.lineTotal !== line.lineTotal) {
        await em.getRepository(OrderLine).update(
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
    await this.lines.writeLinesAndTotals(ctx, em, order, lines);
  }

  /** The domain's approval reasons for the company's rules and the author's role. */
  private async approvalReasons(
    ctx: RequestContext,
    em: EntityManager,
    order: Order,
    lines: OrderLine[],
    role: Role,
  ): Promise<string[]> {
    const rows = await em
      .getRepository(CompanyApprovalRule)
      .find({ where: { companyId: order.companyId }, order: { id: 'ASC' } });
    const categories = await this.catalog.categoriesById(ctx);
    const rules: ApprovalRule[] = rows.map((r) => ({
      orderTotalAbove: r.orderTotalAbove === null ? null : Money.of(r.orderTotalAbove, order.currencyCode),
      lineCountAbove: r.lineCountAbove,
      category:
        r.categoryId === null
          ? null
          : { id: String(r.categoryId), name: categories.get(r.categoryId)?.name ?? 'restricted' },
    }));
    const products = await ctx.loaders.loadMany(Product, [
      ...new Set(lines.map((l) => l.productId).filter((id): id is number => id !== null)),
    ]);
    const categoryOf = new Map(products.filter((p) => p !== null).map((p) => [p!.id, p!.categoryId]));
    return approvalReasons(
      {
        total: Money.of(order.total, order.currencyCode),
        lines: lines.map((l) => ({
          sku: l.sku,
          categoryId: l.productId === null ? null : String(categoryOf.get(l.productId) ?? '') || null,
        })),
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

  // ------------------------------------------------------------ approvals and cancelling

  /** Approves or rejects orders: all of them in one transaction, or none (userErrors by index). */
  async decide(
    ctx: RequestContext,
    action: OrderAction.APPROVE | OrderAction.REJECT,
    orderIds: string[],
    comment: string | null | undefined,
    fieldOf: (index: number) => string[],
  ): Promise<OrdersResult> {
    const text = comment?.trim() || null;
    if (text && text.length > MAX_COMMENT)
      return {
        orders: [],
        userErrors: [
          userError(UserErrorCode.INVALID, `Comments are limited to ${MAX_COMMENT} characters.`, [
            'input',
            'comment',
          ]),
        ],
      };
    if (orderIds.length === 0 || orderIds.length > 100)
      return {
        orders: [],
        userErrors: [userError(UserErrorCode.INVALID, 'Choose 1 to 100 orders.', fieldOf(0).slice(0, -1))],
      };
    const ids: number[] = [];
    const errors: UserError[] = [];
    for (const [i, globalId] of orderIds.entries()) {
      const order = await this.findVisible(ctx, idOfType(globalId, 'Order'));
      if (!order) errors.push(userError(UserErrorCode.NOT_FOUND, 'No such order.', fieldOf(i)));
      else ids.push(order.id);
    }
    if (errors.length) return { orders: [], userErrors: errors };
    try {
      const orders = await ctx.transaction(async (em) => {
        const decided: Order[] = [];
        const failures: UserError[] = [];
        for (const [i, id] of ids.entries()) {
          try {
            decided.push(await this.decideInTx(ctx, em, id, action, text, fieldOf(i)));
          } catch (e) {
            if (!(e instanceof UserErrorsException)) throw e;
            failures.push(...e.userErrors);
          }
        }
        if (failures.length) throw new UserErrorsException(failures);
        return decided;
      });
      ctx.loaders.clear(Order);
      for (const order of orders) await this.notifyAfterCommit(ctx, order);
      return {
        orders: await Promise.all(orders.map(async (o) => (await this.findVisible(ctx, o.id)) ?? o)),
        userErrors: [],
      };
    } catch (e) {
      if (e instanceof UserErrorsException) return { orders: [], userErrors: e.userErrors };
      throw e;
    }
  }

  private async decideInTx(
    ctx: RequestContext,
    em: EntityManager,
    orderId: number,
    action: OrderAction.APPROVE | OrderAction.REJECT,
    comment: string | null,
    field: string[],
  ): Promise<Order> {
    const viewer = ctx.requireViewer();
    const order = await this.lock(em, orderId);
    const approve = action === OrderAction.APPROVE;
    await this.transition(ctx, em, order, action, {
      field,
      set: approve ? {} : { submittedAt: null },
      kind: approve ? 'APPROVED' : 'REJECTED',
      message: comment ?? (approve ? 'Approved' : 'Rejected'),
    });
    const decided = await em
      .createQueryBuilder()
      .update(Approval)
      .set({
        status: approve ? 'APPROVED' : 'REJECTED',
        decidedById: viewer.userId,
        decidedAt: ctx.now(),
        comment,
      })
      .where('orderId = :orderId AND status = :pending', { orderId, pending: 'PENDING' })
      .execute();
    if ((decided.affected ?? 0) === 0) {
      // An order sent for approval before approvals were recorded: record the decision anyway.
      await em.getRepository(Approval).insert({
        orderId,
        status: approve ? 'APPROVED' : 'REJECTED',
        reason: 'Approval required',
        requestedById: order.createdById,
        decidedById: viewer.userId,
        decidedAt: ctx.now(),
        comment,
        createdAt: ctx.now(),
      });
    }
    return order;
  }

  async cancel(ctx: RequestContext, orderId: string, comment?: string | null): Promise<OrderResult> {
    const order = await this.findVisible(ctx, idOfType(orderId, 'Order'));
    if (!order) return notFound();
    const text = comment?.trim() || null;
    if (text && text.length > MAX_COMMENT)
      return fail(UserErrorCode.INVALID, `Comments are limited to ${MAX_COMMENT} characters.`, [
        'input',
        'comment',
      ]);
    return this.run(ctx, async (em) => {
      const locked = await this.lock(em, order.id);
      await this.transition(ctx, em, locked, OrderAction.CANCEL, {
        kind: 'CANCELLED',
        message: text ?? 'Cancelled',
      });
      return locked;
    });
  }

  // ------------------------------------------------------------ the state machine, written

  /** The domain's view of an order. */
  stateOf(ctx: RequestContext, order: Order, approvalRequired = false) {
    return {
      status: order.status as OrderStatus,
      today: ctx.clock.today(),
      createdById: order.createdById === null ? null : String(order.createdById),
      quoteValidUntil: order.quoteValidUntil,
      approvalRequired,
      receiptConfirmed: order.receiptConfirmedAt !== null,
    };
  }

  domainViewer(viewer: Viewer) {
    return { permissions: [...viewer.permissions], userId: String(viewer.userId), isStaff: viewer.isStaff };
  }

  /** Throws the domain's refusal as a user error (INVALID_STATE or FORBIDDEN). */
  check(
    ctx: RequestContext,
    order: Order,
    action: AnyOrderAction,
    approvalRequired = false,
    field: string[] = ['input', 'orderId'],
  ) {
    const result = checkTransition(
      this.stateOf(ctx, order, approvalRequired),
      action,
      this.domainViewer(ctx.requireViewer()),
    );
    if (!result.ok)
      failWith(
        result.code === 'FORBIDDEN' ? UserErrorCode.FORBIDDEN : UserErrorCode.INVALID_STATE,
        result.message,
        field,
      );
    return result;
  }

  /**
   * Moves a locked order along the state machine: checks the action with the domain, writes the
   * new status and `set` under the version the order was read with (a concurrent change makes
   * this fail with INVALID_STATE instead of overwriting it), and records the timeline event and
   * the audit row. Returns the new status.
   */
  async transition(
    ctx: RequestContext,
    em: EntityManager,
    order: Order,
    action: AnyOrderAction,
    options: {
      approvalRequired?: boolean;
      set?: Partial<Order>;
      kind?: EventKind;
      message?: string | null;
      field?: string[];
    },
  ): Promise<OrderStatus> {
    const result = this.check(ctx, order, action, options.approvalRequired ?? false, options.field);
    if (!result.ok) throw new Error('unreachable');
    const from = order.status;
    await this.saveVersioned(ctx, em, order, { ...(options.set ?? {}), status: result.to }, options.field);
    await this.record(ctx, em, order, options.kind ?? 'STATUS_CHANGED', result.to, options.message ?? null, {
      status: [from, result.to],
      action,
    });
    return result.to;
  }

  /** UPDATE … WHERE id AND version: 0 rows means someone else changed the order first. */
  private async saveVersioned(
    ctx: RequestContext,
    em: EntityManager,
    order: Order,
    set: Partial<Order>,
    field: string[] = ['input', 'orderId'],
  ): Promise<void> {
    const now = ctx.now();
    const updated = await em
      .createQueryBuilder()
      .update(Order)
      .set({ ...set, updatedAt: now, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id: order.id, version: order.version })
      .execute();
    if ((updated.affected ?? 0) === 0)
      failWith(
        UserErrorCode.INVALID_STATE,
        'The order was changed meanwhile; reload it and try again.',
        field,
      );
    Object.assign(order, set, { updatedAt: now, version: order.version + 1 });
  }

  /** One OrderEvent (timeline) and one AuditLog row. */
  private async record(
    ctx: RequestContext,
    em: EntityManager,
    order: Order,
    kind: EventKind,
    status: OrderStatus,
    message: string | null,
    changes: Record<string, unknown>,
  ) {
    await em.getRepository(OrderEvent).insert({
      orderId: order.id,
      at: ctx.now(),
      status,
      actorId: ctx.viewer?.userId ?? null,
      kind,
      message,
    });
    await this.audit.record(ctx, em, {
      entityType: 'Order',
      entityId: order.id,
      companyId: order.companyId,
      action: kind,
      changes: { number: order.number, ...changes },
    });
  }

  /** Reads the order for update: a row lock on MySQL/MariaDB (SQLite transactions are serialised). */
  async lock(em: EntityManager, orderId: number): Promise<Order> {
    const query = em.getRepository(Order).createQueryBuilder('o').where('o.id = :id', { id: orderId });
    if (em.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    const order = await query.getOne();
    if (!order) failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
    return order;
  }

  // ------------------------------------------------------------ helpers

  /** Runs a mutation in one transaction; user errors roll it back and become the payload. */
  async run(ctx: RequestContext, work: (em: EntityManager) => Promise<Order>): Promise<OrderResult> {
    try {
      const order = await ctx.transaction(work);
      ctx.loaders.clear(Order);
      ctx.loaders.clear(OrderLine);
      return { order: (await ctx.loaders.load(Order, order.id)) ?? order, userErrors: [] };
    } catch (e) {
      if (e instanceof UserErrorsException) return { order: null, userErrors: e.userErrors };
      throw e;
    }
  }

  async currencyOf(ctx: RequestContext, companyId: number): Promise<string> {
    const company = await ctx.loaders.load(Company, companyId);
    return company?.currencyCode ?? 'USD';
  }

  private checkPurchaseOrderNumber(
    value: string | null | undefined,
    field: string[],
  ): { value: string | null; error?: UserError } {
    const po = value?.trim() ?? '';
    if (po.length > 64)
      return {
        value: null,
        error: userError(UserErrorCode.INVALID, 'A purchase order number has at most 64 characters.', field),
      };
    return { value: po.length ? po : null };
  }

  // ------------------------------------------------------------ notifications

  /** After a commit: approval needed (to the company's approvers) or decided (to the author). */
  private async notifyAfterCommit(ctx: RequestContext, order: Order): Promise<void> {
    try {
      const fresh = await ctx.db.getRepository(Order).findOneBy({ id: order.id });
      if (!fresh) return;
      const approval = await ctx.db
        .getRepository(Approval)
        .findOne({ where: { orderId: order.id }, order: { id: 'DESC' } });
      if (!approval) return;
      const author =
        fresh.createdById === null
          ? null
          : await ctx.db.getRepository(User).findOneBy({ id: fresh.createdById });
      const company = await ctx.loaders.load(Company, fresh.companyId);
      const link = `${ctx.config.publicUrl}/orders/${fresh.number}`;
      const total = formatMoney(Money.of(fresh.total, fresh.currencyCode), { withCurrency: true });
      if (
        fresh.status === OrderStatus.PENDING_APPROVAL &&
        approval.status === 'PENDING' &&
        approval.decidedAt === null &&
        ctx.viewer?.userId === approval.requestedById
      ) {
        const approverRoles = Object.values(Role).filter((r) =>
          permissionsOf(r).includes(Permission.ORDERS_APPROVE),
        );
        const approvers = await ctx.db
          .getRepository(User)
          .find({ where: { companyId: fresh.companyId, role: In(approverRoles), status: 'ACTIVE' } });
        for (const approver of approvers.filter((u) => u.id !== fresh.createdById)) {
          await this.mailer.send({
            to: approver.email,
            subject: `Approval needed: order ${fresh.number} (${total})`,
            text: [
              `Hello ${approver.name},`,
              '',
              `${author?.name ?? 'A colleague'} submitted order ${fresh.number} for ${company?.name ?? 'your company'} (${total}).`,
              `It needs your approval: ${approval.reason}.`,
              '',
              `Approve or reject it here: ${link}`,
            ].join('\n'),
          });
        }
      } else if (approval.decidedById === ctx.viewer?.userId && approval.decidedAt && author) {
        const verdict = approval.status === 'APPROVED' ? 'approved' : 'rejected';
        await this.mailer.send({
          to: author.email,
          subject: `Order ${fresh.number} was ${verdict}`,
          text: [
            `Hello ${author.name},`,
            '',
            `${ctx.viewer?.user.name ?? 'An approver'} ${verdict} your order ${fresh.number} (${total}).`,
            approval.comment ? `Comment: ${approval.comment}` : '',
            verdict === 'rejected'
              ? 'The order is a draft again: change it and submit it once more.'
              : 'The order is now confirmed.',
            '',
            link,
          ]
            .filter((line, i, all) => line !== '' || all[i - 1] !== '')
            .join('\n'),
        });
      }
    } catch (e) {
      // The order is placed; a mail server hiccup must not turn that into an error.
      console.error('[orders] notification failed', e);
    }
  }
}

function fail(code: UserErrorCode, message: string, field: string[]): OrderResult {
  return { order: null, userErrors: [userError(code, message, field)] };
}

function notFound(): OrderResult {
  return fail(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
}

export { toUserErrorCode };
