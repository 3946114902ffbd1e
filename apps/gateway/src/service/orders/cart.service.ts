import { In } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { OrderAction, OrderStatus, dec, toDecimalString } from '@portal/domain';
import { idOfType, toGlobalId } from '../../common/node-id';
import { UserErrorCode, failWith, refuseIfAny, userError, type UserError } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Address, Company, Order, OrderLine, type OrderChannel } from '../../entity';
import type { AuditService } from '../support/audit.service';
import { refusalOf } from '../support/mutation';
import { NumberSequenceService } from '../support/number-sequence.service';
import {
  MAX_ORDER_LINES,
  type OrderLinesService,
  type LineInput,
  type PricedLine,
} from './order-lines.service';
import { orderPayload, type OrderResult } from './order-payload';
import type { OrderQueryService } from './order-query.service';
import type { OrderStateWriter } from './order-state-writer';
import { defaultShippingAddress } from './default-shipping-address';
import { activeCartOf, chooseCart, chosenCart } from './active-cart';

export { defaultShippingAddress };

/** Drafts are numbered DR-…; a draft takes its SO-… number when it is first placed. */
export const DRAFT_SEQUENCE = { name: 'draft_order', prefix: 'DR' };

/**
 * A draft's number comes from its row id ("DR-000042"): drafts need unique numbers, not
 * gap-free ones, and a counter row updated by every new draft would be one more hot row that
 * concurrent carts (and, on a Galera cluster, every node) conflict on.
 */
export function draftNumber(orderId: number): string {
  return NumberSequenceService.format(DRAFT_SEQUENCE.prefix, orderId);
}

const MAX_NOTES = 5000;
const MAX_PO_NUMBER = 64;

/** A new draft: its company, channel and priced lines. */
export interface NewDraft {
  companyId: number;
  channel: OrderChannel;
  lines: PricedLine[];
  purchaseOrderNumber?: string | null;
  sourceOrderId?: number | null;
  /** Where it ships to; default: the company's default shipping address. */
  shippingAddressId?: number | null;
  /** Per line, the unit price on the order copied (reorder). */
  previousUnitPrices?: (string | null)[];
}

export interface DraftDetailsInput {
  orderId: string;
  purchaseOrderNumber?: string | null;
  requestedDeliveryDate?: string | null;
  notes?: string | null;
  shippingAddressId?: string | null;
}

/**
 * The cart: drafts and their lines and details. Every change of a draft locks it, asks the
 * domain whether the viewer may EDIT it, and writes it back under its version.
 */
export class CartService {
  constructor(
    private readonly audit: AuditService,
    private readonly queries: OrderQueryService,
    private readonly states: OrderStateWriter,
    private readonly lines: OrderLinesService,
  ) {}

  /**
   * A new draft: customers order for their own company (PORTAL, or API with a token); staff
   * enter a customer's phone or e-mail order (PHONE or EMAIL) naming the company.
   */
  createDraft(
    ctx: RequestContext,
    input: {
      lines?: LineInput[] | null;
      purchaseOrderNumber?: string | null;
      companyId?: string | null;
      channel?: OrderChannel | null;
    },
  ): Promise<OrderResult> {
    return orderPayload(ctx, async () => {
      const { companyId, channel } = await this.orderingCompany(ctx, input);
      const purchaseOrderNumber = checkPurchaseOrderNumber(input.purchaseOrderNumber);
      const currency = await this.queries.currencyOf(ctx, companyId);
      const prepared = await this.lines.prepare(ctx, companyId, input.lines ?? [], (i) => [
        'input',
        'lines',
        String(i),
      ]);
      refuseIfAny(prepared.errors);
      const priced = await this.lines.price(ctx, companyId, currency, prepared.lines);
      return ctx.transaction(async (tx) => {
        const draft = await this.newDraft(tx, { companyId, channel, lines: priced, purchaseOrderNumber });
        // A customer's new draft is their cart (as the most recent draft always was).
        if (!tx.requireViewer().isStaff) await chooseCart(tx, tx.requireViewer().userId, draft.id);
        return draft;
      });
    });
  }

  /** Who a new draft is for and how it came in; refuses what the viewer may not do. */
  private async orderingCompany(
    ctx: RequestContext,
    input: { companyId?: string | null; channel?: OrderChannel | null },
  ): Promise<{ companyId: number; channel: OrderChannel }> {
    const viewer = ctx.requireViewer();
    const given = input.companyId ?? null;
    if (viewer.isStaff) {
      if (given === null)
        failWith(UserErrorCode.INVALID, 'Staff enter orders for a customer: give the companyId.', [
          'input',
          'companyId',
        ]);
      const id = idOfType(given, 'Company');
      if (id === null || !(await ctx.loaders.load(Company, id)))
        failWith(UserErrorCode.NOT_FOUND, 'No such company.', ['input', 'companyId']);
      const channel = input.channel ?? 'PHONE';
      if (channel !== 'PHONE' && channel !== 'EMAIL')
        failWith(
          UserErrorCode.INVALID,
          'Staff enter orders taken by phone or e-mail (channel PHONE or EMAIL).',
          ['input', 'channel'],
        );
      return { companyId: id, channel };
    }
    if (viewer.companyId === null) throw new Error('A portal user without a company');
    if (given !== null && idOfType(given, 'Company') !== viewer.companyId)
      failWith(UserErrorCode.NOT_FOUND, 'No such company.', ['input', 'companyId']);
    const channel = input.channel ?? (viewer.authMethod === 'api-token' ? 'API' : 'PORTAL');
    if (channel !== 'PORTAL' && channel !== 'API')
      failWith(UserErrorCode.INVALID, "Only the seller's team enters phone and e-mail orders.", [
        'input',
        'channel',
      ]);
    return { companyId: viewer.companyId, channel };
  }

  /** Writes a DRAFT (numbered DR-…) with priced lines, inside the caller's transaction. */
  async newDraft(tx: RequestContext, draft: NewDraft): Promise<Order> {
    const viewer = tx.requireViewer();
    const now = tx.now();
    // Unique until the row has its id, then DR-<id>.
    const number = `${DRAFT_SEQUENCE.prefix}-new-${randomUUID().slice(0, 24)}`;
    const company = await tx.db.getRepository(Company).findOneByOrFail({ id: draft.companyId });
    const shipping =
      draft.shippingAddressId != null
        ? { id: draft.shippingAddressId }
        : await defaultShippingAddress(tx, company.id);
    const repo = tx.db.getRepository(Order);
    const order = await repo.save(
      repo.create({
        number,
        status: OrderStatus.DRAFT,
        channel: draft.channel,
        companyId: company.id,
        createdById: viewer.userId,
        assignedToId: null,
        currencyCode: company.currencyCode,
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
    order.number = draftNumber(order.id);
    await repo.update({ id: order.id }, { number: order.number });
    const rows = draft.lines.map((line, i) =>
      this.lines.toRow(order.id, i + 1, line, draft.previousUnitPrices?.[i] ?? null),
    );
    await this.lines.writeLinesAndTotals(tx, order, rows);
    await this.repriceAsOrdered(tx, order);
    await repo.update(
      { id: order.id },
      {
        subtotal: order.subtotal,
        adjustmentTotal: order.adjustmentTotal,
        taxTotal: order.taxTotal,
        total: order.total,
      },
    );
    await this.states.record(
      tx,
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

  addLines(ctx: RequestContext, orderId: string, inputs: LineInput[]): Promise<OrderResult> {
    return orderPayload(ctx, async () => {
      const order = await this.visibleDraft(ctx, orderId);
      if (inputs.length === 0) failWith(UserErrorCode.INVALID, 'Add at least one line.', ['input', 'lines']);
      const prepared = await this.lines.prepare(ctx, order.companyId, inputs, (i) => [
        'input',
        'lines',
        String(i),
      ]);
      refuseIfAny(prepared.errors);
      const priced = await this.lines.price(ctx, order.companyId, order.currencyCode, prepared.lines);
      return this.addPricedLines(ctx, order.id, priced);
    });
  }

  /**
   * Adds priced lines to a draft the caller checked the viewer may read: the same product in the
   * same unit adds its quantity to the existing line (one line per product and unit), the rest
   * are appended; the draft is priced again as a whole, under the EDIT check and the line cap.
   * `previousUnitPrices` (a reorder's) go with the appended lines.
   */
  addPricedLines(
    ctx: RequestContext,
    orderId: number,
    priced: PricedLine[],
    previousUnitPrices: (string | null)[] = [],
  ): Promise<Order> {
    return this.editDraft(ctx, orderId, async (tx, locked, lines) => {
      let position = lines.reduce((max, l) => Math.max(max, l.position), 0);
      const added: Partial<OrderLine>[] = [];
      const grown = new Set<OrderLine>();
      for (const [i, line] of priced.entries()) {
        const same =
          lines.find((l) => l.productId === line.product.id && l.unitId === line.unit.id) ??
          added.find((l) => l.productId === line.product.id && l.unitId === line.unit.id);
        if (!same) {
          added.push(this.lines.toRow(locked.id, ++position, line, previousUnitPrices[i] ?? null));
          continue;
        }
        same.quantity = sumOf(same.quantity!, line.quantity);
        same.baseQuantity = sumOf(same.baseQuantity!, line.baseQuantity);
        if (same.id !== undefined) grown.add(same as OrderLine);
      }
      for (const line of grown)
        await tx.db
          .getRepository(OrderLine)
          .update({ id: line.id }, { quantity: line.quantity, baseQuantity: line.baseQuantity });
      // The cap is the order's, not the call's: counted on the locked order's lines.
      if (lines.length + added.length > MAX_ORDER_LINES)
        failWith(
          UserErrorCode.INVALID,
          `An order has at most ${MAX_ORDER_LINES} lines; this one has ${lines.length} and ${added.length} would be added.`,
          ['input', 'lines'],
        );
      await this.lines.writeLinesAndTotals(tx, locked, [...lines, ...added]);
      await this.repriceAsOrdered(tx, locked);
      await this.audit.recordOn(tx, 'Order', locked, 'LINES_ADDED', {
        count: priced.length,
        addedTo: [...grown].map((l) => l.id),
      });
    });
  }

  /**
   * Makes one of the viewer's own drafts their cart (stored per user, so every tab and gateway
   * process shows the same one).
   */
  setActiveCart(ctx: RequestContext, orderId: string): Promise<OrderResult> {
    return orderPayload(ctx, async () => {
      const viewer = ctx.requireViewer();
      const order = await this.visibleDraft(ctx, orderId);
      if (order.status !== OrderStatus.DRAFT || order.createdById !== viewer.userId)
        failWith(UserErrorCode.INVALID_STATE, 'Only a draft you started can be your cart.', [
          'input',
          'orderId',
        ]);
      await ctx.transaction((tx) => chooseCart(tx, viewer.userId, order.id));
      return order;
    });
  }

  /**
   * A new draft made for the viewer by a reorder or a template: it becomes their cart only when
   * they have not chosen one (switching carts is the buyer's explicit choice).
   */
  async newSeparateDraft(tx: RequestContext, draft: NewDraft): Promise<Order> {
    const viewer = tx.requireViewer();
    const order = await this.newDraft(tx, draft);
    if (!viewer.isStaff && !(await chosenCart(tx, viewer.userId)))
      await chooseCart(tx, viewer.userId, order.id);
    return order;
  }

  /**
   * The viewer's cart for adding lines of `companyId` to (a reorder or a template into the
   * cart): null when they have none; refused when their cart is another company's.
   */
  async cartFor(ctx: RequestContext, companyId: number, field: string[]): Promise<Order | null> {
    const cart = await activeCartOf(ctx, ctx.requireViewer().userId);
    if (cart && cart.companyId !== companyId)
      failWith(
        UserErrorCode.INVALID,
        'Your cart is for another company: open a separate draft (into NEW_DRAFT) instead.',
        field,
      );
    return cart;
  }

  updateLine(
    ctx: RequestContext,
    input: { orderId: string; lineId: string; quantity: string; unitId?: string | null },
  ): Promise<OrderResult> {
    return orderPayload(ctx, async () => {
      const order = await this.visibleDraft(ctx, input.orderId);
      const lineId = idOfType(input.lineId, 'OrderLine');
      const current =
        lineId === null
          ? null
          : await ctx.db.getRepository(OrderLine).findOneBy({ id: lineId, orderId: order.id });
      if (!current) failWith(UserErrorCode.NOT_FOUND, 'No such line on this order.', ['input', 'lineId']);
      const goneMessage = `${current.sku} is no longer in the catalog; remove the line.`;
      if (current.productId === null)
        failWith(UserErrorCode.NOT_IN_CATALOG, goneMessage, ['input', 'lineId']);
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
      // The product of the line left the catalog: say so on the line, not on a productId the buyer never sent.
      refuseIfAny(
        prepared.errors.map((e) =>
          e.field?.[1] === 'productId'
            ? userError(UserErrorCode.NOT_IN_CATALOG, goneMessage, ['input', 'lineId'])
            : e,
        ),
      );
      const [priced] = await this.lines.price(ctx, order.companyId, order.currencyCode, prepared.lines);
      if (!priced) throw new Error('A prepared line was not priced');
      return this.editDraft(ctx, order.id, async (tx, locked, lines) => {
        const line = lines.find((l) => l.id === current.id);
        if (!line) failWith(UserErrorCode.NOT_FOUND, 'No such line on this order.', ['input', 'lineId']);
        const row = this.lines.toRow(locked.id, line.position, priced, line.previousUnitPrice);
        Object.assign(line, row, { id: line.id });
        await tx.db
          .getRepository(OrderLine)
          .update({ id: line.id }, { ...row, taxRate: line.taxRate, taxAmount: line.taxAmount });
        await this.lines.repriceDraft(tx, locked, lines);
        await this.audit.recordOn(tx, 'Order', locked, 'LINE_CHANGED', {
          lineId: line.id,
          quantity: row.quantity,
          unitId: row.unitId,
        });
      });
    });
  }

  removeLines(ctx: RequestContext, orderId: string, lineIds: string[]): Promise<OrderResult> {
    return orderPayload(ctx, async () => {
      const order = await this.visibleDraft(ctx, orderId);
      if (lineIds.length === 0)
        failWith(UserErrorCode.INVALID, 'Name at least one line.', ['input', 'lineIds']);
      return this.editDraft(ctx, order.id, async (tx, locked, lines) => {
        const ids = lineIds.map((id) => idOfType(id, 'OrderLine'));
        refuseIfAny(
          ids.flatMap((id, i) =>
            id !== null && lines.some((l) => l.id === id)
              ? []
              : [
                  userError(UserErrorCode.NOT_FOUND, 'No such line on this order.', [
                    'input',
                    'lineIds',
                    String(i),
                  ]),
                ],
          ),
        );
        const remove = new Set(ids as number[]);
        await tx.db.getRepository(OrderLine).delete({ id: In([...remove]) });
        await this.lines.repriceDraft(
          tx,
          locked,
          lines.filter((l) => !remove.has(l.id)),
        );
        await this.audit.recordOn(tx, 'Order', locked, 'LINES_REMOVED', { count: remove.size });
      });
    });
  }

  /**
   * The checked details a submit carries (what the buyer typed in the cart), to write onto the
   * draft as it is placed: only the fields given change; every refusal at once.
   */
  async submittedDetails(
    ctx: RequestContext,
    order: Order,
    input: DraftDetailsInput,
  ): Promise<Partial<Order>> {
    return this.detailChanges(ctx, order, input);
  }

  /** The draft's PO number, requested delivery date, notes and ship-to: only the fields given change. */
  updateDetails(ctx: RequestContext, input: DraftDetailsInput): Promise<OrderResult> {
    return orderPayload(ctx, async () => {
      const order = await this.visibleDraft(ctx, input.orderId);
      const changes = await this.detailChanges(ctx, order, input);
      return this.editDraft(ctx, order.id, async (tx, locked, lines) => {
        const shipToChanged =
          changes.shippingAddressId !== undefined && changes.shippingAddressId !== locked.shippingAddressId;
        Object.assign(locked, changes);
        // Tax follows the ship-to: the lines are taxed again at the new address's rates.
        if (shipToChanged) await this.lines.writeLinesAndTotals(tx, locked, lines);
        await this.audit.record(tx, {
          entityType: 'Order',
          entityId: locked.id,
          companyId: locked.companyId,
          action: 'DETAILS_CHANGED',
          changes,
        });
      });
    });
  }

  /** The checked changes of a draft's details (every refusal at once). */
  private async detailChanges(
    ctx: RequestContext,
    order: Order,
    input: DraftDetailsInput,
  ): Promise<Partial<Order>> {
    const changes: Partial<Order> = {};
    const errors: UserError[] = [];
    if (input.purchaseOrderNumber !== undefined)
      errors.push(
        ...(refusalOf(
          () => (changes.purchaseOrderNumber = checkPurchaseOrderNumber(input.purchaseOrderNumber)),
        ) ?? []),
      );
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
        if (!address || address.companyId !== order.companyId)
          errors.push(
            userError(UserErrorCode.NOT_FOUND, "No such address of the order's company.", [
              'input',
              'shippingAddressId',
            ]),
          );
        else changes.shippingAddressId = address.id;
      }
    }
    refuseIfAny(errors);
    return changes;
  }

  /**
   * Prices the draft's lines again as they now stand on the order: each product at its whole
   * quantity (two lines of one product reach a volume break together), with tax and totals.
   */
  private async repriceAsOrdered(tx: RequestContext, order: Order): Promise<void> {
    const lines = await tx.db
      .getRepository(OrderLine)
      .find({ where: { orderId: order.id }, order: { position: 'ASC', id: 'ASC' } });
    await this.lines.repriceDraft(tx, order, lines);
  }

  /** The order behind a global id if the viewer may read it; NOT_FOUND otherwise. */
  private async visibleDraft(ctx: RequestContext, orderId: string): Promise<Order> {
    const order = await this.queries.findVisible(ctx, idOfType(orderId, 'Order'));
    if (!order) failWith(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'orderId']);
    return order;
  }

  /**
   * Runs a change of a draft in one transaction: locks the order, lets the domain say whether
   * the viewer may EDIT it, then writes the changed order back with its version increased.
   */
  private editDraft(
    ctx: RequestContext,
    orderId: number,
    work: (tx: RequestContext, order: Order, lines: OrderLine[]) => Promise<void>,
  ): Promise<Order> {
    return ctx.transaction(async (tx) => {
      const order = await this.states.lock(tx, orderId);
      await this.states.check(tx, order, OrderAction.EDIT);
      const lines = await tx.db
        .getRepository(OrderLine)
        .find({ where: { orderId }, order: { position: 'ASC', id: 'ASC' } });
      await work(tx, order, lines);
      await this.states.saveVersioned(tx, order, {
        subtotal: order.subtotal,
        adjustmentTotal: order.adjustmentTotal,
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
}

/** A purchase order number: trimmed, empty is none, at most 64 characters. */
export function checkPurchaseOrderNumber(
  value: string | null | undefined,
  field: string[] = ['input', 'purchaseOrderNumber'],
): string | null {
  const po = value?.trim() ?? '';
  if (po.length > MAX_PO_NUMBER)
    failWith(
      UserErrorCode.INVALID,
      `A purchase order number has at most ${MAX_PO_NUMBER} characters.`,
      field,
    );
  return po.length ? po : null;
}

/** Two exact quantities added. */
function sumOf(a: string, b: string): string {
  return toDecimalString(dec(a).add(dec(b)));
}
