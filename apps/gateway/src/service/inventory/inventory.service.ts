import {
  Decimal,
  StockMovementKind,
  ZERO,
  dec,
  planReservation,
  stockQuantityProblem,
  toDecimalString,
  type LocationStock,
  type StockFigures,
} from '@portal/domain';
import { In } from 'typeorm';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith, refuseIfAny, userError, type UserError } from '../../common/user-error';
import type { RequestContext } from '../../context';
import {
  OrderLine,
  Product,
  StockLevel,
  StockLocation,
  StockMovement,
  UnitOfMeasure,
  type Order,
} from '../../entity';
import type { AuditService } from '../support/audit.service';
import { InputChecks } from '../support/input-checks';
import { payload } from '../support/mutation';
import { pageRequest, toConnection, type Connection } from '../../common/connection';
import { pageOf } from '../support/paging';
import type { CappedConnection } from '../support/keyset-paging';
import {
  availableSql,
  availableStockOf,
  defaultLocation,
  figuresOf,
  lockLevel,
  lockLevels,
  MovementBatch,
  outstandingReservations,
  writeMovement,
} from './stock-ledger';

const MAX_REASON = 500;

export interface ReceiveStockInput {
  productId: string;
  locationId?: string | null;
  quantity: string;
  restockDate?: string | null;
  note?: string | null;
}

export interface AdjustStockInput {
  productId: string;
  locationId?: string | null;
  /** Signed change of on hand, in the base unit. */
  quantity: string;
  reason: string;
}

export interface StockListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  lowOnly?: boolean | null;
}

/** A product's stock at one location (the staff screen's row). */
export interface StockLevelView {
  level: StockLevel;
  figures: StockFigures;
}

/**
 * Inventory: the stock ledger per product and location. Staff receive and adjust stock
 * (INVENTORY_MANAGE); placing an order reserves its base quantities (OrderPlacementService),
 * leaving the reserving statuses releases them (OrderStateWriter), shipping turns them into
 * shipments (FulfilmentService). Every movement locks its stock rows and writes the ledger row and
 * the row's new figures in the caller's transaction; the arithmetic is the domain's.
 */
export class InventoryService {
  constructor(private readonly audit: AuditService) {}

  // ------------------------------------------------------------ orders

  /**
   * Reserves every product line of a placed order (base quantities, all lines of a product
   * together) under row locks on the products' stock rows: what is available goes first, a
   * backorder where the product's policy allows it (recorded on the line), else NOT_AVAILABLE
   * naming the product, and nothing is written. Lines are in the order's line order.
   */
  async reserveOrder(tx: RequestContext, order: Order, lines: OrderLine[], field: string[]): Promise<void> {
    const productLines = lines.filter((l) => l.productId !== null);
    if (productLines.length === 0) return;
    const productIds = [...new Set(productLines.map((l) => l.productId!))];
    const home = await defaultLocation(tx);
    let levels = await lockLevels(tx, productIds);
    const withoutHome = productIds.filter(
      (id) => !levels.some((l) => l.productId === id && l.locationId === home.id),
    );
    if (withoutHome.length) {
      for (const id of withoutHome) await lockLevel(tx, id, home.id);
      levels = await lockLevels(tx, productIds);
    }
    const products = new Map(
      (await tx.db.getRepository(Product).findBy({ id: In(productIds) })).map((p) => [p.id, p]),
    );
    const units = await this.baseUnits(tx, [...products.values()]);
    const errors: UserError[] = [];
    const movements = new MovementBatch(tx);
    for (const productId of productIds) {
      const product = products.get(productId)!;
      const mine = productLines.filter((l) => l.productId === productId);
      const total = mine.reduce((sum, l) => sum.plus(dec(l.baseQuantity)), ZERO);
      if (total.lte(0)) continue;
      const own = levels.filter((l) => l.productId === productId);
      // The default warehouse first (backorders wait there), then the others by id.
      const ordered = [
        ...own.filter((l) => l.locationId === home.id),
        ...own.filter((l) => l.locationId !== home.id),
      ];
      const unit = units.get(product.baseUnitId) ?? 'ea';
      const plan = planReservation<StockLevel>(
        ordered.map((l): LocationStock<StockLevel> => ({ location: l, figures: figuresOf(l) })),
        total,
        { sku: product.sku, policy: product.availabilityPolicy, unit },
      );
      if (!plan.ok) {
        errors.push(userError(UserErrorCode.NOT_AVAILABLE, plan.message, field));
        continue;
      }
      // Lines take from the allocations in order; the backorder falls on the last lines.
      const pool = plan.plan.allocations.map((a) => ({ level: a.location, left: a.quantity }));
      let backorderLeft = plan.plan.backordered;
      const coveredTotal = total.minus(backorderLeft);
      let covered = ZERO;
      for (const line of mine) {
        let need = dec(line.baseQuantity);
        const lineCovered = Decimal.min(need, Decimal.max(coveredTotal.minus(covered), ZERO));
        covered = covered.plus(lineCovered);
        const lineBackorder = need.minus(lineCovered);
        backorderLeft = backorderLeft.minus(lineBackorder);
        for (const slot of pool) {
          if (need.lte(0)) break;
          const take = Decimal.min(slot.left, need);
          if (take.lte(0)) continue;
          movements.add(
            slot.level,
            { kind: StockMovementKind.RESERVATION, quantity: take, unit },
            { orderId: order.id, orderLineId: line.id },
            { code: UserErrorCode.NOT_AVAILABLE, field },
          );
          slot.left = slot.left.minus(take);
          need = need.minus(take);
        }
        const backordered = toDecimalString(lineBackorder);
        if (!dec(line.backorderedBaseQuantity ?? '0').eq(lineBackorder)) {
          await tx.db
            .getRepository(OrderLine)
            .update({ id: line.id }, { backorderedBaseQuantity: backordered });
          line.backorderedBaseQuantity = backordered;
        }
      }
    }
    refuseIfAny(errors);
    await movements.flush();
  }

  /**
   * Gives back what an order (or some of its lines) still holds: a RELEASE per line and location
   * under the rows' locks. Nothing held, nothing written.
   */
  async releaseOrder(tx: RequestContext, order: Order, lineIds?: readonly number[]): Promise<void> {
    const held = await outstandingReservations(tx, order.id, lineIds);
    if (held.length === 0) return;
    const levels = await lockLevels(
      tx,
      held.map((h) => h.productId),
    );
    const units = await this.baseUnitsOfProducts(
      tx,
      held.map((h) => h.productId),
    );
    const movements = new MovementBatch(tx);
    for (const h of held) {
      const level = levels.find((l) => l.productId === h.productId && l.locationId === h.locationId);
      if (!level) continue;
      movements.add(
        level,
        { kind: StockMovementKind.RELEASE, quantity: h.quantity, unit: units.get(h.productId) ?? 'ea' },
        { orderId: order.id, orderLineId: h.orderLineId },
        { code: UserErrorCode.INVALID_STATE, field: ['input', 'orderId'] },
      );
    }
    await movements.flush();
  }

  /**
   * Ships `baseQuantity` of a line: its reservations become SHIPMENT movements location by
   * location; what the line does not hold (an order placed before the ledger) is reserved first
   * at the default warehouse. Refuses shipping more than is on hand (NOT_AVAILABLE at `field`).
   */
  async shipLine(
    tx: RequestContext,
    order: Order,
    line: OrderLine,
    baseQuantity: Decimal,
    shipmentId: number,
    field: string[],
  ): Promise<void> {
    if (line.productId === null || baseQuantity.lte(0)) return;
    const unit = (await this.baseUnitsOfProducts(tx, [line.productId])).get(line.productId) ?? 'ea';
    const held = await outstandingReservations(tx, order.id, [line.id]);
    const home = await defaultLocation(tx);
    await lockLevel(tx, line.productId, home.id);
    const levels = await lockLevels(tx, [line.productId]);
    let left = baseQuantity;
    const heldTotal = held.reduce((sum, h) => sum.plus(h.quantity), ZERO);
    if (heldTotal.lt(left)) {
      const homeLevel = levels.find((l) => l.locationId === home.id)!;
      await writeMovement(
        tx,
        homeLevel,
        { kind: StockMovementKind.RESERVATION, quantity: left.minus(heldTotal), unit },
        { orderId: order.id, orderLineId: line.id },
        { code: UserErrorCode.NOT_AVAILABLE, field },
      );
      held.push({
        orderLineId: line.id,
        productId: line.productId,
        locationId: home.id,
        quantity: left.minus(heldTotal),
      });
    }
    // Ship from where goods are on hand first, among the locations the line holds stock at.
    const sorted = [...held].sort(
      (a, b) =>
        Number(b.locationId === home.id) - Number(a.locationId === home.id) || a.locationId - b.locationId,
    );
    for (const h of sorted) {
      if (left.lte(0)) break;
      const level = levels.find((l) => l.locationId === h.locationId)!;
      const take = Decimal.min(h.quantity, left);
      await writeMovement(
        tx,
        level,
        { kind: StockMovementKind.SHIPMENT, quantity: take, unit },
        { orderId: order.id, orderLineId: line.id, shipmentId },
        { code: UserErrorCode.NOT_AVAILABLE, field, prefix: `${line.sku}: ` },
      );
      left = left.minus(take);
    }
  }

  // ------------------------------------------------------------ staff: receipts and adjustments

  /** Goods arrived: a RECEIPT at the location (default warehouse when none is named); a restock date for the rest may be set. */
  receiveStock(ctx: RequestContext, input: ReceiveStockInput) {
    return payload('product', async () => {
      const checks = new InputChecks();
      const productId = checks.id(input.productId, 'Product', ['input', 'productId'], 'product');
      const quantity = checks.decimal(input.quantity, ['input', 'quantity'], 'The quantity', {
        maxScale: 4,
        allowNegative: true,
      });
      const note = checks.optionalText(input.note, ['input', 'note'], 'The note', MAX_REASON);
      checks.throwIfAny();
      return ctx.transaction(async (tx) => {
        const { product, location } = await this.staffMovement(tx, {
          productId: productId!,
          locationId: input.locationId,
          kind: StockMovementKind.RECEIPT,
          quantity: quantity!,
          reason: note,
        });
        if (input.restockDate !== undefined) {
          await tx.db
            .getRepository(Product)
            .update({ id: product.id }, { restockDate: input.restockDate ?? null, updatedAt: tx.now() });
          product.restockDate = input.restockDate ?? null;
        }
        await this.audit.record(tx, {
          entityType: 'Product',
          entityId: product.id,
          action: 'stock_receipt',
          changes: { location: location.code, quantity, note, restockDate: input.restockDate ?? null },
        });
        return product;
      });
    });
  }

  /**
   * A count, damage or find: an ADJUSTMENT (signed) with its reason. On hand never goes below
   * zero nor below what is reserved for orders.
   */
  adjustStock(ctx: RequestContext, input: AdjustStockInput) {
    return payload('product', async () => {
      const checks = new InputChecks();
      const productId = checks.id(input.productId, 'Product', ['input', 'productId'], 'product');
      const quantity = checks.decimal(input.quantity, ['input', 'quantity'], 'The quantity', {
        maxScale: 4,
        allowNegative: true,
      });
      const reason = checks.text(input.reason, ['input', 'reason'], 'The reason', MAX_REASON);
      checks.throwIfAny();
      return ctx.transaction(async (tx) => {
        const { product, location } = await this.staffMovement(tx, {
          productId: productId!,
          locationId: input.locationId,
          kind: StockMovementKind.ADJUSTMENT,
          quantity: quantity!,
          reason,
        });
        await this.audit.record(tx, {
          entityType: 'Product',
          entityId: product.id,
          action: 'stock_adjustment',
          changes: { location: location.code, quantity, reason },
        });
        return product;
      });
    });
  }

  /**
   * A receipt (unsigned) or an adjustment (signed) entered by staff: the quantity checked against
   * the product's base unit, the stock row locked, the movement written. Refusals are INVALID at
   * the input's quantity.
   */
  private async staffMovement(
    tx: RequestContext,
    move: {
      productId: number;
      locationId: string | null | undefined;
      kind: StockMovementKind.RECEIPT | StockMovementKind.ADJUSTMENT;
      quantity: string;
      reason: string | null;
    },
  ): Promise<{ product: Product; location: StockLocation }> {
    const product = await this.productFor(tx, move.productId);
    const location = await this.locationFor(tx, move.locationId);
    const unit = await this.unitOf(tx, product);
    const problem = stockQuantityProblem(move.quantity, {
      step: unit.rounding,
      unit: unit.symbol,
      signed: move.kind === StockMovementKind.ADJUSTMENT,
    });
    if (problem) failWith(UserErrorCode.INVALID, problem, ['input', 'quantity']);
    const level = await lockLevel(tx, product.id, location.id);
    await writeMovement(
      tx,
      level,
      { kind: move.kind, quantity: move.quantity, unit: unit.symbol },
      { reason: move.reason },
      { code: UserErrorCode.INVALID, field: ['input', 'quantity'] },
    );
    return { product, location };
  }

  /**
   * The product editor's "stock on hand": counted stock at the default warehouse, written as an
   * adjustment to that figure (a receipt for a new product), in the caller's transaction.
   */
  async setOnHand(tx: RequestContext, product: Product, target: string, field: string[]): Promise<void> {
    const home = await defaultLocation(tx);
    const level = await lockLevel(tx, product.id, home.id);
    const change = dec(target).minus(dec(level.onHand));
    if (change.isZero()) return;
    const unit = await this.unitOf(tx, product);
    const fresh = dec(level.onHand).isZero() && dec(level.reserved).isZero() && change.gt(0);
    await writeMovement(
      tx,
      level,
      {
        kind: fresh ? StockMovementKind.RECEIPT : StockMovementKind.ADJUSTMENT,
        quantity: change,
        unit: unit.symbol,
      },
      { reason: 'Stock on hand set in the product editor' },
      { code: UserErrorCode.INVALID, field },
    );
  }

  /** Makes sure a product has its row at the default warehouse (a new product). */
  async ensureLevel(tx: RequestContext, productId: number): Promise<void> {
    await lockLevel(tx, productId, (await defaultLocation(tx)).id);
  }

  // ------------------------------------------------------------ reading

  /** A product's stock rows (batched per request: one statement for a page of products). */
  levelsOf(ctx: RequestContext, productId: number): Promise<StockLevel[]> {
    return ctx.loaders.children(StockLevel, 'productId', productId, 'locationId');
  }

  /** Available over all locations (on hand − reserved; negative while backorders wait). */
  availableOf(ctx: RequestContext, productId: number): Promise<Decimal> {
    return availableStockOf(ctx, productId);
  }

  location(ctx: RequestContext, id: number): Promise<StockLocation | null> {
    return ctx.loaders.load(StockLocation, id);
  }

  locations(ctx: RequestContext): Promise<StockLocation[]> {
    return ctx.db.getRepository(StockLocation).find({ order: { isDefault: 'DESC', code: 'ASC' } });
  }

  /** The ledger of a product, newest first. */
  async movements(
    ctx: RequestContext,
    productId: number,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<StockMovement>> {
    const page = pageRequest(args.first, args.after);
    const [rows, total] = await ctx.db.getRepository(StockMovement).findAndCount({
      where: { productId },
      order: { id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return toConnection(rows, total, page);
  }

  /**
   * Products with their stock, for the warehouse: by SKU, optionally only those at or below
   * their threshold. Counted exactly (the products connection's totalCountIsCapped is false).
   */
  async stockList(ctx: RequestContext, args: StockListArgs): Promise<CappedConnection<Product>> {
    const query = ctx.db.getRepository(Product).createQueryBuilder('p');
    const search = args.search?.trim().toLowerCase();
    if (search)
      query.andWhere("(LOWER(p.sku) LIKE :term ESCAPE '!' OR LOWER(p.name) LIKE :term ESCAPE '!')", {
        term: `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`,
      });
    if (args.lowOnly) query.andWhere(`${availableSql('p')} <= COALESCE(p.lowStockThreshold, 0)`);
    query.orderBy('p.sku', 'ASC').addOrderBy('p.id', 'ASC');
    return { ...(await pageOf(ctx, query, pageRequest(args.first, args.after))), totalCountIsCapped: false };
  }

  // ------------------------------------------------------------ helpers

  private async productFor(tx: RequestContext, id: number): Promise<Product> {
    const product = await tx.db.getRepository(Product).findOneBy({ id });
    if (!product) failWith(UserErrorCode.NOT_FOUND, 'No such product.', ['input', 'productId']);
    return product;
  }

  private async locationFor(tx: RequestContext, globalId: string | null | undefined): Promise<StockLocation> {
    if (globalId === null || globalId === undefined) return defaultLocation(tx);
    const id = idOfType(globalId, 'StockLocation');
    const location = id === null ? null : await tx.db.getRepository(StockLocation).findOneBy({ id });
    if (!location) failWith(UserErrorCode.NOT_FOUND, 'No such stock location.', ['input', 'locationId']);
    return location;
  }

  private async unitOf(tx: RequestContext, product: Product): Promise<UnitOfMeasure> {
    const unit = await tx.loaders.load(UnitOfMeasure, product.baseUnitId);
    if (!unit) throw new Error(`Product ${product.sku} has no base unit`);
    return unit;
  }

  private async baseUnits(tx: RequestContext, products: Product[]): Promise<Map<number, string>> {
    const units = await tx.loaders.loadMany(
      UnitOfMeasure,
      products.map((p) => p.baseUnitId),
    );
    return new Map(units.filter((u): u is UnitOfMeasure => u !== null).map((u) => [u.id, u.symbol]));
  }

  private async baseUnitsOfProducts(tx: RequestContext, productIds: number[]): Promise<Map<number, string>> {
    const products = (await tx.loaders.loadMany(Product, [...new Set(productIds)])).filter(
      (p): p is Product => p !== null,
    );
    const byUnit = await this.baseUnits(tx, products);
    return new Map(products.map((p) => [p.id, byUnit.get(p.baseUnitId) ?? 'ea']));
  }
}
