import {
  AvailabilityPolicy,
  Decimal,
  StockMovementKind,
  ZERO,
  allowsOrderingBeyondStock,
  applyMovement,
  dec,
  toDecimalString,
  type StockFigures,
} from '@portal/domain';
import { OrderLine, ShipmentLine, StockLevel, StockLocation, StockMovement, type Shipment } from '../gateway';
import { HOUR, type SeedContext } from '../core/seed-context';
import type { Catalog } from './catalog.step';
import type { SeededOrder } from './orders.step';

const HOLDING = ['PENDING_APPROVAL', 'SALES_ORDER', 'IN_PROGRESS'];
const SHIPPED = ['SHIPPED', 'DELIVERED', 'INVOICED'];

interface Event {
  at: Date;
  kind: StockMovementKind;
  quantity: Decimal;
  orderId: number | null;
  orderLineId: number | null;
  shipmentId: number | null;
  reason: string | null;
}

/**
 * The stock ledger of the demo, consistent with its orders: every product's opening stock is a
 * receipt at the main warehouse (what the catalog data says is on hand now, plus what shipped
 * since); shipped orders reserved their lines when placed and shipped them with their shipment;
 * open orders (pending approval, confirmed, in progress) hold their reservations. Where open
 * orders hold more than is on hand, a product that allows backorders shows the rest as
 * backordered on the newest lines; any other gets a receipt that covers them (it cannot oversell).
 * Every movement goes through the domain's applyMovement, so the stock rows are the ledger's sum.
 */
export async function seedInventory(
  ctx: SeedContext,
  world: { catalog: Catalog; orders: readonly SeededOrder[]; shipments: readonly Shipment[] },
): Promise<void> {
  const location = await ctx.em.getRepository(StockLocation).findOneByOrFail({ isDefault: true });
  const shipmentOf = new Map(world.shipments.map((s) => [s.orderId, s]));
  const events = new Map<number, Event[]>();
  const push = (productId: number, event: Event) =>
    events.set(productId, [...(events.get(productId) ?? []), event]);
  const shipmentLines: ShipmentLine[] = [];
  const shippedOrders: number[] = [];
  const openLines = new Map<number, { line: OrderLine; at: Date }[]>();

  for (const seeded of world.orders) {
    const status = seeded.order.status;
    const placedAt = seeded.order.submittedAt ?? seeded.order.createdAt;
    const shipment = shipmentOf.get(seeded.order.id);
    const ships = SHIPPED.includes(status) && shipment;
    if (!HOLDING.includes(status) && !ships) continue;
    if (ships) shippedOrders.push(seeded.order.id);
    for (const line of seeded.lines) {
      if (ships)
        shipmentLines.push({
          id: ctx.writer.id(ShipmentLine),
          shipmentId: shipment.id,
          orderLineId: line.id,
          quantity: line.quantity,
          baseQuantity: line.baseQuantity,
        });
      if (line.productId === null) continue;
      const quantity = dec(line.baseQuantity);
      const refs = { orderId: seeded.order.id, orderLineId: line.id, reason: null };
      push(line.productId, {
        at: placedAt,
        kind: StockMovementKind.RESERVATION,
        quantity,
        shipmentId: null,
        ...refs,
      });
      if (ships)
        push(line.productId, {
          at: shipment.shippedAt ?? placedAt,
          kind: StockMovementKind.SHIPMENT,
          quantity,
          shipmentId: shipment.id,
          ...refs,
        });
      else openLines.set(line.productId, [...(openLines.get(line.productId) ?? []), { line, at: placedAt }]);
    }
  }

  const opened = new Date(ctx.now.getTime() - 240 * 24 * HOUR);
  const levels: StockLevel[] = [];
  const movements: StockMovement[] = [];
  const backordered: { id: number; base: string }[] = [];
  for (const product of world.catalog.products) {
    const id = product.row.id;
    const own = (events.get(id) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime());
    const shipped = own
      .filter((e) => e.kind === StockMovementKind.SHIPMENT)
      .reduce((s, e) => s.plus(e.quantity), ZERO);
    const held = (openLines.get(id) ?? []).reduce((s, l) => s.plus(dec(l.line.baseQuantity)), ZERO);
    let onHand = dec(product.spec.stockOnHand);
    const policy = AvailabilityPolicy[product.spec.availabilityPolicy];
    if (held.gt(onHand)) {
      if (allowsOrderingBeyondStock(policy)) {
        // The newest open lines wait for goods.
        let short = held.minus(onHand);
        for (const { line } of [...(openLines.get(id) ?? [])].sort(
          (a, b) => b.at.getTime() - a.at.getTime(),
        )) {
          if (short.lte(0)) break;
          const part = Decimal.min(short, dec(line.baseQuantity));
          backordered.push({ id: line.id, base: toDecimalString(part, 4) });
          short = short.minus(part);
        }
      } else onHand = held;
    }
    const opening = onHand.plus(shipped);
    const ledger: Event[] = [
      ...(opening.gt(0)
        ? [
            {
              at: opened,
              kind: StockMovementKind.RECEIPT,
              quantity: opening,
              orderId: null,
              orderLineId: null,
              shipmentId: null,
              reason: 'Opening stock',
            },
          ]
        : []),
      ...own,
    ];
    let figures: StockFigures = { onHand: ZERO, reserved: ZERO };
    for (const event of ledger) {
      const result = applyMovement(figures, event, 'units');
      if (!result.ok) throw new Error(`${product.spec.sku}: ${result.message}`);
      figures = result.figures;
      movements.push({
        id: ctx.writer.id(StockMovement),
        productId: id,
        locationId: location.id,
        kind: event.kind,
        quantity: toDecimalString(event.quantity, 4),
        onHandAfter: toDecimalString(figures.onHand, 4),
        reservedAfter: toDecimalString(figures.reserved, 4),
        orderId: event.orderId,
        orderLineId: event.orderLineId,
        shipmentId: event.shipmentId,
        reason: event.reason,
        createdById: null,
        createdAt: event.at,
      });
    }
    levels.push({
      id: ctx.writer.id(StockLevel),
      productId: id,
      locationId: location.id,
      onHand: toDecimalString(figures.onHand, 4),
      reserved: toDecimalString(figures.reserved, 4),
      updatedAt: ledger.at(-1)?.at ?? opened,
    });
  }
  await ctx.writer.insert(StockLevel, levels);
  // The ledger in time order: newest last, as the gateway appends it.
  movements.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  const ids = movements.map((m) => m.id).sort((a, b) => a - b);
  movements.forEach((m, i) => (m.id = ids[i]!));
  await ctx.writer.insert(StockMovement, movements);
  await ctx.writer.insert(ShipmentLine, shipmentLines);
  for (let i = 0; i < shippedOrders.length; i += 500)
    await ctx.em
      .createQueryBuilder()
      .update(OrderLine)
      .set({ shippedQuantity: () => 'quantity' })
      .where('orderId IN (:...ids)', { ids: shippedOrders.slice(i, i + 500) })
      .execute();
  for (const b of backordered)
    await ctx.em.getRepository(OrderLine).update({ id: b.id }, { backorderedBaseQuantity: b.base });
}
