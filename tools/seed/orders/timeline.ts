import { OrderStatus, type GuardedText } from '@portal/domain';
import type { Order, User } from '../gateway';
import type { Prng } from '../core/prng';
import { HOUR, MINUTE } from '../core/seed-context';
import type { Staff } from '../steps/staff.step';
import type { OrderPlan } from './order-plans';

/** One event of an order's history. */
export interface TimelineStep {
  at: Date;
  status: OrderStatus;
  actor: User | null;
  kind: string;
  message: string | null;
}

/** The statuses an order passes through on its way to being invoiced. */
const FORWARD: readonly OrderStatus[] = [
  OrderStatus.DRAFT,
  OrderStatus.PENDING_APPROVAL,
  OrderStatus.QUOTATION,
  OrderStatus.SALES_ORDER,
  OrderStatus.IN_PROGRESS,
  OrderStatus.SHIPPED,
  OrderStatus.DELIVERED,
  OrderStatus.INVOICED,
];

/**
 * The history of an order up to the status it has reached: drafted, submitted (for approval
 * when `approvalReasons` has any), approved, picked, shipped, delivered, invoiced, or cancelled;
 * quotations are drafted, sent and accepted or cancelled. Sets the order's submission,
 * acceptance and receipt times. Nothing lies in the future: when the last event would be later
 * than ten minutes before `now`, the whole history (and the plan's creation time) moves back.
 */
export function orderTimeline(
  plan: OrderPlan,
  order: Order,
  rng: Prng,
  context: { staff: Staff; now: Date; approvalReasons: readonly GuardedText[] },
): TimelineStep[] {
  const { staff, now } = context;
  const steps: TimelineStep[] = [];
  const users = plan.company.users;
  let t = plan.createdAt.getTime();
  const step = (
    hours: number,
    status: OrderStatus,
    actor: User | null,
    kind: string,
    message: string | null,
  ) => {
    t += hours * HOUR;
    steps.push({ at: new Date(t), status, actor, kind, message });
  };
  const target = plan.target;
  const reach = (status: OrderStatus) =>
    target !== OrderStatus.CANCELLED && FORWARD.indexOf(target) >= FORWARD.indexOf(status);

  if (plan.path === 'quote') {
    steps.push({
      at: plan.createdAt,
      status: OrderStatus.DRAFT,
      actor: staff.SALES,
      kind: 'STATUS_CHANGED',
      message: `Quotation drafted for ${plan.rfq?.row.number ?? 'an RFQ'}`,
    });
    step(2, OrderStatus.QUOTATION, staff.SALES, 'QUOTE_SENT', 'Quotation revision 1 sent');
    if (target !== OrderStatus.QUOTATION) {
      if (target === OrderStatus.CANCELLED) {
        step(
          plan.rfq?.status === 'EXPIRED' ? 15 * 24 : rng.int(24, 24 * 12),
          OrderStatus.CANCELLED,
          plan.rfq?.status === 'EXPIRED' ? null : (plan.rfq?.requester ?? null),
          'STATUS_CHANGED',
          plan.cancelReason ?? 'Quote declined',
        );
      } else {
        const signer = plan.rfq?.requester ?? users.BUYER;
        step(
          rng.int(6, 72),
          OrderStatus.SALES_ORDER,
          signer,
          'STATUS_CHANGED',
          `Quote accepted and signed by ${signer.name}`,
        );
        order.quoteAcceptedAt = new Date(t);
        order.quoteSignedByName = signer.name;
        order.submittedAt = new Date(t);
      }
    }
  } else {
    const staffEntered = plan.path === 'staff';
    steps.push({
      at: plan.createdAt,
      status: OrderStatus.DRAFT,
      actor: plan.creator,
      kind: 'STATUS_CHANGED',
      message: staffEntered
        ? `Entered from ${plan.channel === 'PHONE' ? 'a phone call' : 'an e-mail'} by ${plan.creator.name}`
        : 'Cart created',
    });
    if (target !== OrderStatus.DRAFT) {
      if (!staffEntered && context.approvalReasons.length > 0) {
        step(
          rng.int(1, 5),
          OrderStatus.PENDING_APPROVAL,
          plan.creator,
          'SUBMITTED',
          'Submitted for approval',
        );
        order.submittedAt = new Date(t);
        if (target !== OrderStatus.PENDING_APPROVAL) {
          step(rng.int(2, 30), OrderStatus.SALES_ORDER, users.APPROVER, 'APPROVED', 'Approved');
        }
      } else if (target !== OrderStatus.PENDING_APPROVAL) {
        step(
          rng.int(1, 5),
          OrderStatus.SALES_ORDER,
          plan.creator,
          'SUBMITTED',
          staffEntered ? 'Order confirmed to the customer' : 'Order placed',
        );
        order.submittedAt = new Date(t);
      }
      if (target === OrderStatus.CANCELLED) {
        step(
          rng.int(2, 40),
          OrderStatus.CANCELLED,
          rng.chance(70) ? users.BUYER : staff.SALES,
          'STATUS_CHANGED',
          plan.cancelReason ?? "Cancelled at the customer's request",
        );
      }
    }
  }
  if (reach(OrderStatus.IN_PROGRESS))
    step(rng.int(12, 40), OrderStatus.IN_PROGRESS, staff.WAREHOUSE, 'STATUS_CHANGED', 'Picking started');
  if (reach(OrderStatus.SHIPPED))
    step(rng.int(10, 48), OrderStatus.SHIPPED, staff.WAREHOUSE, 'STATUS_CHANGED', 'Shipped');
  if (reach(OrderStatus.DELIVERED)) {
    step(rng.int(20, 96), OrderStatus.DELIVERED, null, 'STATUS_CHANGED', 'Delivered');
    if (rng.chance(50)) {
      step(
        rng.int(1, 8),
        OrderStatus.DELIVERED,
        users.BUYER,
        'RECEIPT_CONFIRMED',
        'Receipt confirmed, all items in good condition',
      );
      order.receiptConfirmedAt = new Date(t);
    }
  }
  if (reach(OrderStatus.INVOICED))
    step(rng.int(4, 30), OrderStatus.INVOICED, staff.ACCOUNTING, 'STATUS_CHANGED', 'Invoiced');

  // Nothing may lie in the future: move the whole history back if needed.
  const [first] = steps;
  if (!first) throw new Error('An order timeline without steps');
  const latest = lastStep(steps).at.getTime();
  const limit = now.getTime() - 10 * MINUTE;
  if (latest > limit) {
    const shift = latest - limit;
    for (const s of steps) s.at = new Date(s.at.getTime() - shift);
    for (const key of ['submittedAt', 'quoteSentAt', 'quoteAcceptedAt', 'receiptConfirmedAt'] as const) {
      const value = order[key];
      if (value) order[key] = new Date(value.getTime() - shift);
    }
    order.createdAt = first.at;
    plan.createdAt = first.at;
  }
  return steps;
}

/** The last step of an order's history (every history has at least its first status). */
export function lastStep(timeline: readonly TimelineStep[]): TimelineStep {
  const last = timeline.at(-1);
  if (!last) throw new Error('An order timeline without steps');
  return last;
}

/**
 * When the buyer asked for changes to a quotation whose RFQ is in CHANGES_REQUESTED: 20 hours
 * after it was sent (null for every other order).
 */
export function changesRequestedAt(plan: OrderPlan, timeline: readonly TimelineStep[]): Date | null {
  if (plan.rfq?.status !== 'CHANGES_REQUESTED') return null;
  const sent = timeline.find((s) => s.kind === 'QUOTE_SENT');
  return sent ? new Date(sent.at.getTime() + 20 * HOUR) : null;
}
