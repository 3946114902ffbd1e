import {
  OrderAction,
  OrderStatus,
  QUANTITY_SCALE,
  StaffOrderAction,
  baseQuantityOfPart,
  dec,
  formatDecimal,
  fulfilmentComplete,
  isOnOrBefore,
  openQuantity,
  shipmentLineProblem,
  toDecimalString,
  type Decimal,
  type FulfilmentLine,
} from '@portal/domain';
import { In, IsNull } from 'typeorm';
import { idOfType } from '../../common/node-id';
import type { RequestContext } from '../../context';
import { OrderLine, Shipment, ShipmentLine, UnitOfMeasure, User, type Order } from '../../entity';
import type { InventoryService } from '../inventory/inventory.service';
import type {
  OrderActionInput,
  ReportIssueInput,
  SetExpectedShipDateInput,
  ShipOrderInput,
} from './fulfilment.inputs';
import { UserErrorCode, failWith } from '../../common/user-error';
import { InputChecks } from '../support/input-checks';
import { orderChange, type OrderResult } from './order-payload';
import type { OrderQueryService } from './order-query.service';
import type { EventKind, OrderStateWriter } from './order-state-writer';
import { lockVisibleOrder, mailsFor, orderLink, salesContactsOf } from './order-workflow';

const MAX_TEXT = 5000;

/** Tracking pages of the carriers we know; any other carrier gets no link. */
const TRACKING_TEMPLATES: Readonly<Record<string, (trackingNumber: string) => string>> = {
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  usps: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  dhl: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id=${n}`,
};

/**
 * The tracking link of a shipment, from the carrier's first word ("UPS", "FedEx Ground",
 * "usps"): null for an unknown carrier or without a tracking number.
 */
export function trackingUrlFor(carrier: string, trackingNumber: string | null): string | null {
  if (!trackingNumber) return null;
  const key = carrier
    .trim()
    .split(/[\s(/-]+/, 1)
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const template = TRACKING_TEMPLATES[key];
  return template ? template(encodeURIComponent(trackingNumber)) : null;
}

/**
 * Fulfilment: the seller's warehouse (FULFILMENT_MANAGE) starts, ships and delivers orders; the
 * customer confirms receipt or reports a delivery issue. Every step asks the domain state
 * machine and goes through OrderStateWriter.transition (version-checked write, timeline event and
 * audit row) in one transaction, on an order the viewer may read (another company's is missing).
 */
export class FulfilmentService {
  constructor(
    private readonly queries: OrderQueryService,
    private readonly states: OrderStateWriter,
    private readonly inventory: InventoryService,
  ) {}

  /** SALES_ORDER → IN_PROGRESS. */
  startFulfilment(ctx: RequestContext, input: OrderActionInput): Promise<OrderResult> {
    return this.move(
      ctx,
      input,
      StaffOrderAction.START_FULFILMENT,
      'FULFILMENT_STARTED',
      'Fulfilment started',
    );
  }

  /** SHIPPED → DELIVERED, by the seller (the carrier confirmed delivery). */
  markDelivered(ctx: RequestContext, input: OrderActionInput): Promise<OrderResult> {
    return this.move(ctx, input, StaffOrderAction.MARK_DELIVERED, 'DELIVERED', 'Delivered');
  }

  /**
   * The customer confirms the goods arrived, once: SHIPPED → DELIVERED, or on an order the
   * warehouse already marked DELIVERED (per the state machine).
   */
  confirmReceipt(ctx: RequestContext, input: OrderActionInput): Promise<OrderResult> {
    return this.move(ctx, input, OrderAction.CONFIRM_RECEIPT, 'RECEIPT_CONFIRMED', 'Receipt confirmed', {
      receiptConfirmedAt: ctx.now(),
    });
  }

  private move(
    ctx: RequestContext,
    input: OrderActionInput,
    action: StaffOrderAction | OrderAction,
    kind: EventKind,
    text: string,
    set: Partial<Order> = {},
  ): Promise<OrderResult> {
    return orderChange(ctx, async (tx) => {
      const order = await lockVisibleOrder(tx, this.queries, this.states, input.orderId);
      await this.states.check(tx, order, action);
      const checks = new InputChecks();
      const comment = checks.optionalText(input.comment, ['input', 'comment'], 'The comment', MAX_TEXT);
      checks.throwIfAny();
      const to = await this.states.transition(tx, order, action, {
        kind,
        set,
        message: comment ? `${text}: ${comment}` : text,
      });
      if (to === OrderStatus.DELIVERED) {
        await tx.db
          .getRepository(Shipment)
          .update({ orderId: order.id, deliveredAt: IsNull() }, { deliveredAt: tx.now() });
      }
      return order;
    });
  }

  /**
   * A shipment of an order IN_PROGRESS: some lines, or part of a line (`lines`, in each line's
   * unit), or everything still open. It records carrier, tracking number and link, bill of lading
   * and ship date, turns the lines' reservations into shipment movements, and keeps the order
   * IN_PROGRESS while anything is left to ship (SHIPPED once nothing is). The order's author gets
   * an e-mail with the tracking link and what is still to come.
   */
  async ship(ctx: RequestContext, input: ShipOrderInput): Promise<OrderResult> {
    return orderChange(ctx, async (tx, mails) => {
      const order = await lockVisibleOrder(tx, this.queries, this.states, input.orderId);
      await this.states.check(tx, order, StaffOrderAction.SHIP);
      const checks = new InputChecks();
      const carrier = checks.text(input.carrier, ['input', 'carrier'], 'The carrier', 128);
      const trackingNumber = checks.optionalText(
        input.trackingNumber,
        ['input', 'trackingNumber'],
        'The tracking number',
        128,
      );
      if (trackingNumber && !/^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(trackingNumber)) {
        checks.add(UserErrorCode.INVALID, 'A tracking number has letters, digits, spaces and dashes only.', [
          'input',
          'trackingNumber',
        ]);
      }
      const billOfLadingNumber = checks.optionalText(
        input.billOfLadingNumber,
        ['input', 'billOfLadingNumber'],
        'The bill of lading number',
        128,
      );
      const lines = await this.linesOf(tx, order);
      const parts = this.partsToShip(lines, input, checks);
      checks.throwIfAny();
      if (parts.length === 0)
        failWith(UserErrorCode.INVALID_STATE, `Nothing is left to ship on ${order.number}.`, [
          'input',
          'orderId',
        ]);
      const leavesOpen = !fulfilmentComplete(
        lines.map(({ line, fulfilment }) => {
          const part = parts.find((p) => p.line.id === line.id);
          return part
            ? { ...fulfilment, shipped: dec(fulfilment.shipped).plus(part.quantity).toString() }
            : fulfilment;
        }),
      );
      const trackingUrl = trackingUrlFor(carrier!, trackingNumber);
      const now = tx.now();
      const tracking = trackingNumber ? `, tracking ${trackingNumber}` : '';
      const what = parts.map((p) => `${p.line.sku} ${formatDecimal(p.quantity)} ${p.unit}`).join(', ');
      const inserted = await tx.db.getRepository(Shipment).insert({
        orderId: order.id,
        carrier,
        trackingNumber,
        trackingUrl,
        billOfLadingNumber,
        expectedShipDate: input.expectedShipDate ?? tx.clock.today(),
        shippedAt: now,
        deliveredAt: null,
        createdAt: now,
      });
      const shipmentId = Number(inserted.identifiers[0]!.id);
      for (const [i, part] of parts.entries()) {
        const base = baseQuantityOfPart(part.line.quantity, part.line.baseQuantity, part.quantity);
        await tx.db.getRepository(ShipmentLine).insert({
          shipmentId,
          orderLineId: part.line.id,
          quantity: toDecimalString(part.quantity),
          baseQuantity: toDecimalString(base),
        });
        const shipped = toDecimalString(dec(part.line.shippedQuantity).plus(part.quantity));
        await tx.db.getRepository(OrderLine).update({ id: part.line.id }, { shippedQuantity: shipped });
        await this.inventory.shipLine(
          tx,
          order,
          part.line,
          base,
          shipmentId,
          part.field ?? ['input', 'lines', String(i)],
        );
      }
      // After the shipment's movements: leaving IN_PROGRESS releases only what is left.
      const to = await this.states.transition(tx, order, StaffOrderAction.SHIP, {
        leavesOpen,
        kind: leavesOpen ? 'PARTLY_SHIPPED' : 'SHIPPED',
        message: `${leavesOpen ? 'Partly shipped' : 'Shipped'} with ${carrier}${tracking}${billOfLadingNumber ? `, bill of lading ${billOfLadingNumber}` : ''}: ${what}`,
      });
      const author =
        order.createdById === null
          ? null
          : await tx.db.getRepository(User).findOneBy({ id: order.createdById });
      if (author && author.status === 'ACTIVE') {
        const still = lines
          .map(({ line, fulfilment, unit }) => {
            const part = parts.find((p) => p.line.id === line.id);
            const open = openQuantity({
              ...fulfilment,
              shipped: part ? dec(fulfilment.shipped).plus(part.quantity).toString() : fulfilment.shipped,
            });
            return open.gt(0) ? `${line.sku} ${formatDecimal(open)} ${unit}` : null;
          })
          .filter((t): t is string => t !== null);
        mails.add('shipment.shipped', {
          to: author.email,
          subject:
            to === OrderStatus.SHIPPED
              ? `Your order ${order.number} has shipped`
              : `Part of your order ${order.number} has shipped`,
          text: [
            `Hello ${author.name},`,
            '',
            `${to === OrderStatus.SHIPPED ? 'your order' : 'part of your order'} ${order.number}${order.purchaseOrderNumber ? ` (PO ${order.purchaseOrderNumber})` : ''} has shipped with ${carrier}${tracking}: ${what}.`,
            ...(trackingUrl ? [`Track it: ${trackingUrl}`] : []),
            ...(billOfLadingNumber ? [`Bill of lading: ${billOfLadingNumber}`] : []),
            ...(still.length
              ? [
                  '',
                  `Still to come: ${still.join(', ')}${order.expectedShipDate ? ` (expected to ship on ${order.expectedShipDate})` : ''}.`,
                ]
              : []),
            '',
            `Order details: ${orderLink(tx, order)}`,
          ].join('\n'),
        });
      }
      return order;
    });
  }

  /** The expected ship date of what is still open, while the order is IN_PROGRESS; shown to the buyer. */
  setExpectedShipDate(ctx: RequestContext, input: SetExpectedShipDateInput): Promise<OrderResult> {
    return orderChange(ctx, async (tx) => {
      const order = await lockVisibleOrder(tx, this.queries, this.states, input.orderId);
      await this.states.check(tx, order, StaffOrderAction.SET_EXPECTED_SHIP_DATE);
      if (!isOnOrBefore(tx.clock.today(), input.expectedShipDate))
        failWith(
          UserErrorCode.INVALID,
          `The expected ship date cannot be before today (${tx.clock.today()}).`,
          ['input', 'expectedShipDate'],
        );
      await this.states.transition(tx, order, StaffOrderAction.SET_EXPECTED_SHIP_DATE, {
        kind: 'EXPECTED_SHIP_DATE_SET',
        message: `Expected to ship on ${input.expectedShipDate}`,
        set: { expectedShipDate: input.expectedShipDate },
      });
      order.expectedShipDate = input.expectedShipDate;
      return order;
    });
  }

  /**
   * Gives up what is still open on a partly shipped order (the rest of a backorder): the lines'
   * open quantities become cancelled, their reservations are released, and the order is SHIPPED.
   */
  cancelOpenQuantities(ctx: RequestContext, input: OrderActionInput): Promise<OrderResult> {
    return orderChange(ctx, async (tx) => {
      const order = await lockVisibleOrder(tx, this.queries, this.states, input.orderId);
      const lines = await this.linesOf(tx, order);
      const shippedBefore = lines.some(({ line }) => dec(line.shippedQuantity).gt(0));
      await this.states.check(tx, order, StaffOrderAction.CANCEL_OPEN_QUANTITIES, { shippedBefore });
      const checks = new InputChecks();
      const comment = checks.optionalText(input.comment, ['input', 'comment'], 'The comment', MAX_TEXT);
      checks.throwIfAny();
      const open = lines.filter(({ fulfilment }) => openQuantity(fulfilment).gt(0));
      for (const { line, fulfilment } of open) {
        const cancelled = toDecimalString(dec(line.cancelledQuantity).plus(openQuantity(fulfilment)));
        await tx.db.getRepository(OrderLine).update({ id: line.id }, { cancelledQuantity: cancelled });
      }
      // The transition to SHIPPED releases what the order still holds.
      await this.states.transition(tx, order, StaffOrderAction.CANCEL_OPEN_QUANTITIES, {
        shippedBefore,
        kind: 'OPEN_QUANTITIES_CANCELLED',
        message: `Rest cancelled: ${open
          .map(
            ({ line, fulfilment, unit }) => `${line.sku} ${formatDecimal(openQuantity(fulfilment))} ${unit}`,
          )
          .join(', ')}${comment ? ` (${comment})` : ''}`,
      });
      return order;
    });
  }

  /** The order's lines with what the domain needs to know about their fulfilment. */
  private async linesOf(
    tx: RequestContext,
    order: Order,
  ): Promise<{ line: OrderLine; fulfilment: FulfilmentLine; unit: string }[]> {
    const lines = await tx.db
      .getRepository(OrderLine)
      .find({ where: { orderId: order.id }, order: { position: 'ASC', id: 'ASC' } });
    const units = await tx.loaders.loadMany(UnitOfMeasure, [...new Set(lines.map((l) => l.unitId))]);
    return lines.map((line) => {
      const unit = units.find((u) => u?.id === line.unitId) ?? null;
      return {
        line,
        unit: unit?.symbol ?? '',
        fulfilment: {
          sku: line.sku,
          quantity: line.quantity,
          shipped: line.shippedQuantity,
          cancelled: line.cancelledQuantity,
          unit: unit?.symbol ?? '',
          step: unit?.rounding ?? '0',
        },
      };
    });
  }

  /** The parts of lines this shipment carries: the input's, checked by the domain, or everything open. */
  private partsToShip(
    lines: { line: OrderLine; fulfilment: FulfilmentLine; unit: string }[],
    input: ShipOrderInput,
    checks: InputChecks,
  ): { line: OrderLine; quantity: Decimal; unit: string; field?: string[] }[] {
    if (!input.lines)
      return lines
        .map(({ line, fulfilment, unit }) => ({ line, quantity: openQuantity(fulfilment), unit }))
        .filter((p) => p.quantity.gt(0));
    const parts: { line: OrderLine; quantity: Decimal; unit: string; field: string[] }[] = [];
    input.lines.forEach((requested, i) => {
      const at = (key: string) => ['input', 'lines', String(i), key];
      const id = idOfType(requested.lineId, 'OrderLine');
      const found = lines.find((l) => l.line.id === id);
      if (!found) return checks.add(UserErrorCode.NOT_FOUND, 'No such line on this order.', at('lineId'));
      if (parts.some((p) => p.line.id === found.line.id))
        return checks.add(
          UserErrorCode.INVALID,
          `${found.line.sku} is named twice; give it once.`,
          at('lineId'),
        );
      const quantity = checks.decimal(requested.quantity, at('quantity'), `${found.line.sku}: the quantity`, {
        maxScale: QUANTITY_SCALE,
        allowNegative: true,
      });
      if (quantity === null) return;
      const problem = shipmentLineProblem(found.fulfilment, quantity);
      if (problem) return checks.add(UserErrorCode.INVALID, problem, at('quantity'));
      parts.push({ line: found.line, quantity: dec(quantity), unit: found.unit, field: at('quantity') });
    });
    if (input.lines.length === 0)
      checks.add(UserErrorCode.INVALID, 'Name at least one line to ship.', ['input', 'lines']);
    return parts;
  }

  /** The customer reports a problem with a delivery, optionally naming lines of that order; sales are e-mailed. */
  async reportDeliveryIssue(ctx: RequestContext, input: ReportIssueInput): Promise<OrderResult> {
    return orderChange(ctx, async (tx, mails) => {
      const order = await lockVisibleOrder(tx, this.queries, this.states, input.orderId);
      await this.states.check(tx, order, OrderAction.REPORT_ISSUE);
      const checks = new InputChecks();
      const description = checks.text(
        input.description,
        ['input', 'description'],
        'The description of the issue',
        MAX_TEXT,
      );
      const lineIds = (input.lineIds ?? []).map((id) => idOfType(id, 'OrderLine'));
      const known = lineIds.some((id) => id !== null)
        ? await tx.db
            .getRepository(OrderLine)
            .findBy({ orderId: order.id, id: In(lineIds.filter((id): id is number => id !== null)) })
        : [];
      const lines: OrderLine[] = [];
      lineIds.forEach((id, i) => {
        const line = known.find((l) => l.id === id);
        if (!line)
          checks.add(UserErrorCode.NOT_FOUND, `No such line on ${order.number}.`, ['input', 'lineIds', i]);
        else if (!lines.includes(line)) lines.push(line);
      });
      checks.throwIfAny();
      const about = lines.length ? ` (${lines.map((l) => l.sku || l.description).join(', ')})` : '';
      await this.states.transition(tx, order, OrderAction.REPORT_ISSUE, {
        kind: 'ISSUE_REPORTED',
        message: `Delivery issue${about}: ${description}`,
      });
      const viewer = tx.requireViewer();
      mails.add(
        'order.delivery_issue',
        ...mailsFor(await salesContactsOf(tx, order), () => ({
          subject: `Delivery issue reported on ${order.number}`,
          text: [
            `${viewer.user.name} (${viewer.user.email}) reported an issue with the delivery of ${order.number}${about}:`,
            '',
            description!,
            '',
            orderLink(tx, order),
          ].join('\n'),
        })),
      );
      return order;
    });
  }
}
