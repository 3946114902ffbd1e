import {
  StockMovementKind,
  applyMovement,
  dec,
  toDecimalString,
  totalAvailable,
  type Decimal,
  type DecimalInput,
  type StockFigures,
} from '@portal/domain';
import { In, type EntityManager } from 'typeorm';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { StockLevel, StockLocation, StockMovement } from '../../entity';
import { forUpdate } from '../support/row-lock';

/** What a movement records besides its kind and quantity. */
export interface MovementRefs {
  orderId?: number | null;
  orderLineId?: number | null;
  shipmentId?: number | null;
  reason?: string | null;
}

/** The figures of a stock_level row as domain decimals. */
export function figuresOf(level: Pick<StockLevel, 'onHand' | 'reserved'>): StockFigures {
  return { onHand: dec(level.onHand), reserved: dec(level.reserved) };
}

/**
 * A product's available stock over its locations (on hand − reserved; negative while backorders
 * wait), from its stock rows: batched per request (one statement for a page of products), and
 * read through the transaction inside one.
 */
export async function availableStockOf(ctx: RequestContext, productId: number): Promise<Decimal> {
  const levels = await ctx.loaders.children(StockLevel, 'productId', productId, 'locationId');
  return totalAvailable(levels.map(figuresOf));
}

/** The default warehouse (receipts without a location, backorders). */
export async function defaultLocation(ctx: RequestContext): Promise<StockLocation> {
  return ctx.memo('inventory:default-location', async () => {
    const location = await ctx.db
      .getRepository(StockLocation)
      .findOne({ where: { isDefault: true }, order: { id: 'ASC' } });
    if (!location) throw new Error('No default stock location: run the migrations.');
    return location;
  });
}

/**
 * The stock rows of these products, read for update (a row lock on MySQL/MariaDB until the
 * commit; SQLite runs transactions one at a time), in one statement and always in the same order
 * (product, location), so two transactions locking overlapping products never deadlock.
 */
export async function lockLevels(tx: RequestContext, productIds: readonly number[]): Promise<StockLevel[]> {
  const ids = [...new Set(productIds)].sort((a, b) => a - b);
  if (ids.length === 0) return [];
  const query = tx.db
    .getRepository(StockLevel)
    .createQueryBuilder('level')
    .where('level.productId IN (:...ids)', { ids })
    .orderBy('level.productId', 'ASC')
    .addOrderBy('level.locationId', 'ASC');
  return forUpdate(tx, query).getMany();
}

/**
 * The locked stock row of a product at a location, created empty when the product has none
 * there yet (a concurrent creator wins the unique key; we then lock its row).
 */
export async function lockLevel(
  tx: RequestContext,
  productId: number,
  locationId: number,
): Promise<StockLevel> {
  const find = () =>
    forUpdate(
      tx,
      tx.db
        .getRepository(StockLevel)
        .createQueryBuilder('level')
        .where('level.productId = :productId AND level.locationId = :locationId', { productId, locationId }),
    ).getOne();
  const existing = await find();
  if (existing) return existing;
  try {
    await tx.db
      .getRepository(StockLevel)
      .insert({ productId, locationId, onHand: '0', reserved: '0', updatedAt: tx.now() });
  } catch (error) {
    // A concurrent transaction created it first: its row is the one to lock.
    if (!(await find())) throw error;
  }
  const created = await find();
  if (!created) throw new Error(`stock_level ${productId}/${locationId} vanished`);
  return created;
}

/**
 * Writes one movement on a locked stock row: the domain applies it (or refuses, as a user error
 * at `field` with `code`), the row gets the new figures and the ledger a row with the figures
 * after it, in the caller's transaction. Returns the new figures (the row object is updated too).
 */
export async function writeMovement(
  tx: RequestContext,
  level: StockLevel,
  movement: { kind: StockMovementKind; quantity: DecimalInput; unit: string },
  refs: MovementRefs,
  refusal: { code: UserErrorCode; field: string[] | null; prefix?: string },
): Promise<StockFigures> {
  const result = applyMovement(figuresOf(level), movement, movement.unit);
  if (!result.ok) failWith(refusal.code, `${refusal.prefix ?? ''}${result.message}`, refusal.field);
  const now = tx.now();
  const onHand = toDecimalString(result.figures.onHand);
  const reserved = toDecimalString(result.figures.reserved);
  await tx.db.getRepository(StockLevel).update({ id: level.id }, { onHand, reserved, updatedAt: now });
  level.onHand = onHand;
  level.reserved = reserved;
  await tx.db.getRepository(StockMovement).insert({
    productId: level.productId,
    locationId: level.locationId,
    kind: movement.kind,
    quantity: toDecimalString(dec(movement.quantity)),
    onHandAfter: onHand,
    reservedAfter: reserved,
    orderId: refs.orderId ?? null,
    orderLineId: refs.orderLineId ?? null,
    shipmentId: refs.shipmentId ?? null,
    reason: refs.reason ?? null,
    createdById: tx.viewer?.userId ?? null,
    createdAt: now,
  });
  return result.figures;
}

/** What an order still holds, per line and location: reservations less releases and shipments. */
export async function outstandingReservations(
  tx: RequestContext,
  orderId: number,
  lineIds?: readonly number[],
): Promise<{ orderLineId: number; productId: number; locationId: number; quantity: Decimal }[]> {
  const where: Record<string, unknown> = { orderId };
  if (lineIds) where.orderLineId = In([...lineIds]);
  const rows = await tx.db.getRepository(StockMovement).find({
    where: {
      ...where,
      kind: In([StockMovementKind.RESERVATION, StockMovementKind.RELEASE, StockMovementKind.SHIPMENT]),
    },
    order: { id: 'ASC' },
  });
  const held = new Map<
    string,
    { orderLineId: number; productId: number; locationId: number; quantity: Decimal }
  >();
  for (const row of rows) {
    if (row.orderLineId === null) continue;
    const key = `${row.orderLineId}:${row.locationId}`;
    const entry = held.get(key) ?? {
      orderLineId: row.orderLineId,
      productId: row.productId,
      locationId: row.locationId,
      quantity: dec('0'),
    };
    const q = dec(row.quantity);
    entry.quantity =
      row.kind === StockMovementKind.RESERVATION ? entry.quantity.plus(q) : entry.quantity.minus(q);
    held.set(key, entry);
  }
  return [...held.values()].filter((e) => e.quantity.gt(0));
}

/**
 * Opening stock outside a request (test fixtures, the demo seed): a RECEIPT through the ledger at
 * the default location, with the row's figures kept in step.
 */
export async function receiveOpeningStock(
  em: EntityManager,
  productId: number,
  quantity: string,
  at: Date,
  reason = 'Opening stock',
): Promise<void> {
  const location = await em
    .getRepository(StockLocation)
    .findOneOrFail({ where: { isDefault: true }, order: { id: 'ASC' } });
  let level = await em.getRepository(StockLevel).findOneBy({ productId, locationId: location.id });
  if (!level) {
    await em
      .getRepository(StockLevel)
      .insert({ productId, locationId: location.id, onHand: '0', reserved: '0', updatedAt: at });
    level = await em.getRepository(StockLevel).findOneByOrFail({ productId, locationId: location.id });
  }
  if (dec(quantity).isZero()) return;
  const result = applyMovement(figuresOf(level), { kind: StockMovementKind.RECEIPT, quantity }, 'units');
  if (!result.ok) throw new Error(result.message);
  const onHand = toDecimalString(result.figures.onHand);
  await em.getRepository(StockLevel).update({ id: level.id }, { onHand, updatedAt: at });
  await em.getRepository(StockMovement).insert({
    productId,
    locationId: location.id,
    kind: StockMovementKind.RECEIPT,
    quantity: toDecimalString(dec(quantity)),
    onHandAfter: onHand,
    reservedAfter: level.reserved,
    orderId: null,
    orderLineId: null,
    shipmentId: null,
    reason,
    createdById: null,
    createdAt: at,
  });
}

/**
 * SQL for a product's available stock over its locations (on hand − reserved; 0 without rows):
 * one indexed subquery on stock_level (productId, locationId), for filters on lists.
 */
export function availableSql(alias: string): string {
  return `(SELECT COALESCE(SUM(sl.onHand - sl.reserved), 0) FROM stock_level sl WHERE sl.productId = ${alias}.id)`;
}
