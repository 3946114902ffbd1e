import { OrderAction, OrderStatus, StaffOrderAction } from '@portal/domain';
import { In, IsNull } from 'typeorm';
import { idOfType } from '../../common/node-id';
import type { RequestContext } from '../../context';
import { OrderLine, Shipment, User, type Order } from '../../entity';
import type { OrderActionInput, ReportIssueInput, ShipOrderInput } from './fulfilment.inputs';
import { UserErrorCode } from '../../common/user-error';
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
   * IN_PROGRESS → SHIPPED with a shipment (carrier, tracking number and link, bill of lading,
   * expected ship date); the order's author gets an e-mail with the tracking link.
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
      checks.throwIfAny();
      const trackingUrl = trackingUrlFor(carrier!, trackingNumber);
      const now = tx.now();
      const tracking = trackingNumber ? `, tracking ${trackingNumber}` : '';
      await this.states.transition(tx, order, StaffOrderAction.SHIP, {
        kind: 'SHIPPED',
        message: `Shipped with ${carrier}${tracking}${billOfLadingNumber ? `, bill of lading ${billOfLadingNumber}` : ''}`,
      });
      await tx.db.getRepository(Shipment).insert({
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
      const author =
        order.createdById === null
          ? null
          : await tx.db.getRepository(User).findOneBy({ id: order.createdById });
      if (author && author.status === 'ACTIVE') {
        mails.push({
          to: author.email,
          subject: `Your order ${order.number} has shipped`,
          text: [
            `Hello ${author.name},`,
            '',
            `your order ${order.number}${order.purchaseOrderNumber ? ` (PO ${order.purchaseOrderNumber})` : ''} has shipped with ${carrier}${tracking}.`,
            ...(trackingUrl ? [`Track it: ${trackingUrl}`] : []),
            ...(billOfLadingNumber ? [`Bill of lading: ${billOfLadingNumber}`] : []),
            '',
            `Order details: ${orderLink(tx, order)}`,
          ].join('\n'),
        });
      }
      return order;
    });
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
      mails.push(
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
