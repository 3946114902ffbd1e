import {
  approvalReasons,
  approvalReasonText,
  isOpenText,
  Money,
  OrderStatus,
  type GuardedText,
  type Role,
} from '@portal/domain';
import { Approval, Order, OrderEvent, OrderLine } from '../gateway';
import { Prng } from '../core/prng';
import { CURRENCY, type SeedContext } from '../core/seed-context';
import { planOrders, type OrderPlan } from '../orders/order-plans';
import { priceOrder } from '../orders/price-order';
import { changesRequestedAt, lastStep, orderTimeline, type TimelineStep } from '../orders/timeline';
import type { Catalog } from './catalog.step';
import type { SeededCompany } from './companies.step';
import type { DemoPricing } from './pricelists.step';
import type { ReferenceData } from './reference-data.step';
import type { SeededRfq } from './rfqs.step';
import type { Staff } from './staff.step';

/** An order as written, with its lines and history. */
export interface SeededOrder {
  plan: OrderPlan;
  order: Order;
  lines: OrderLine[];
  timeline: TimelineStep[];
  /** The order's own random stream, drawn on by later steps (its shipment) in a fixed order. */
  rng: Prng;
}

/**
 * The orders of every company in every status, with their lines, status history and approvals:
 * priced, taxed and checked for approval by the domain.
 */
export async function seedOrders(
  ctx: SeedContext,
  world: {
    staff: Staff;
    reference: ReferenceData;
    catalog: Catalog;
    pricing: DemoPricing;
    companies: readonly SeededCompany[];
    rfqs: readonly SeededRfq[];
  },
): Promise<SeededOrder[]> {
  const { writer } = ctx;
  const seeded: SeededOrder[] = [];
  const byPlan = new Map<OrderPlan, SeededOrder>();
  const events: OrderEvent[] = [];
  const approvals: Approval[] = [];
  const event = (orderId: number, step: TimelineStep) =>
    events.push({
      id: writer.id(OrderEvent),
      orderId,
      at: step.at,
      status: step.status,
      actorId: step.actor?.id ?? null,
      kind: step.kind,
      message: step.message,
      redactedMessage: null,
    });

  for (const plan of planOrders(ctx, world)) {
    const rng = Prng.fromString(`order:${plan.company.spec.key}:${plan.createdAt.getTime()}`);
    const source = plan.reorderOf ? byPlan.get(plan.reorderOf) : undefined;
    const { order, lines } = priceOrder(ctx, plan, rng, {
      ...world,
      previousLines: source?.lines,
      sourceOrderId: source?.order.id ?? null,
    });
    // Staff-entered orders and quotations are not submitted through the approval rules.
    const reasons = plan.path === 'portal' ? approvalReasonsOf(plan, order, world.catalog) : [];
    const timeline = orderTimeline(plan, order, rng, {
      staff: world.staff,
      now: ctx.now,
      approvalReasons: reasons,
    });
    timeline.forEach((step) => event(order.id, step));
    order.updatedAt = lastStep(timeline).at;
    // A buyer's request for changes is an event of the quotation (its message comes with the quote replies).
    const askedAt = changesRequestedAt(plan, timeline);
    if (askedAt && plan.rfq) {
      event(order.id, {
        at: askedAt,
        status: OrderStatus.QUOTATION,
        actor: plan.rfq.requester,
        kind: 'CHANGES_REQUESTED',
        message: 'Better price asked for double quantity on line 1',
      });
    }

    // Approval rows: pending now, or granted in the past.
    const pending = timeline.find((s) => s.status === 'PENDING_APPROVAL');
    if (pending) {
      const decided = timeline.find((s) => s.at > pending.at && s.kind === 'APPROVED');
      approvals.push({
        id: writer.id(Approval),
        orderId: order.id,
        status: decided ? 'APPROVED' : 'PENDING',
        reason: approvalReasonText(reasons).text,
        redactedReason: redactedOf(approvalReasonText(reasons)),
        requestedById: plan.creator.id,
        decidedById: decided ? plan.company.users.APPROVER.id : null,
        decidedAt: decided ? decided.at : null,
        comment: decided ? "Approved, within this month's budget." : null,
        createdAt: pending.at,
      });
    }
    const placed: SeededOrder = { plan, order, lines, timeline, rng };
    seeded.push(placed);
    byPlan.set(plan, placed);
  }

  await writer.insert(
    Order,
    seeded.map((s) => s.order),
  );
  await writer.insert(
    OrderLine,
    seeded.flatMap((s) => s.lines),
  );
  await writer.insert(OrderEvent, events);
  await writer.insert(Approval, approvals);
  return seeded;
}

/** Why submitting the order needs approval under the company's rules (the domain's approvalReasons). */
function approvalReasonsOf(plan: OrderPlan, order: Order, catalog: Catalog): GuardedText[] {
  return approvalReasons(
    {
      total: Money.of(order.total, CURRENCY),
      lines: plan.lines.map((l) => ({
        sku: l.sku,
        categoryId: l.product ? String(l.product.row.categoryId) : null,
      })),
    },
    plan.company.approvalRules,
    plan.creator.role as Role,
    { categoryParents: catalog.categoryParents },
  );
}

/** The reason as stored for readers without contract prices (null: the same words). */
function redactedOf(reason: GuardedText): string | null {
  return isOpenText(reason) ? null : reason.redacted;
}
