import { OrderStatus } from '@portal/domain';
import type { OrderChannel, User } from '../gateway';
import { Prng } from '../core/prng';
import { DAY, HOUR, type SeedContext } from '../core/seed-context';
import type { Catalog } from '../steps/catalog.step';
import type { SeededCompany } from '../steps/companies.step';
import type { SeededRfq } from '../steps/rfqs.step';
import type { Staff } from '../steps/staff.step';
import { planLines, type LinePlan } from './line-plans';

/** How an order came about: a buyer in the portal, the sales team from a call or e-mail, or a quotation. */
export type OrderPath = 'portal' | 'staff' | 'quote';

/** An order to write: who made it when, the status it has reached by now, and its lines. */
export interface OrderPlan {
  company: SeededCompany;
  target: OrderStatus;
  channel: OrderChannel;
  path: OrderPath;
  creator: User;
  /** Moved back with the whole history when it would otherwise reach past `now`. */
  createdAt: Date;
  lines: LinePlan[];
  /** The RFQ a quotation answers. */
  rfq?: SeededRfq;
  /** Why it was cancelled, when it was. */
  cancelReason?: string;
  reorderOf?: OrderPlan;
}

/**
 * Each company's orders: one in every status, some entered by the sales team, ≈ 6 months of
 * history (22 × scale orders, older ones further along), a reorder, and a quotation for every
 * RFQ that was answered. Sorted by creation time.
 */
export function planOrders(
  ctx: SeedContext,
  world: {
    staff: Staff;
    catalog: Catalog;
    companies: readonly SeededCompany[];
    rfqs: readonly SeededRfq[];
  },
): OrderPlan[] {
  const { now, scale } = ctx;
  const { staff, catalog, companies, rfqs } = world;
  const plans: OrderPlan[] = [];
  for (const company of companies) {
    const rng = Prng.fromString(`orders:${company.spec.key}:${scale}`);
    const key = company.spec.key;
    const users = company.users;
    const someLines = (count: number, options?: { big?: boolean; include?: string[] }) =>
      planLines(catalog, company, rng, count, options);
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY - rng.int(0, 6) * HOUR);
    const portal = (target: OrderStatus, creator: User, daysAgo: number, lines: LinePlan[]): OrderPlan => ({
      company,
      target,
      channel: 'PORTAL',
      path: 'portal',
      creator,
      createdAt: at(daysAgo),
      lines,
    });

    // One order in every status, at an age that fits it.
    plans.push(portal(OrderStatus.DRAFT, users.BUYER, 1, someLines(4)));
    plans.push(portal(OrderStatus.DRAFT, users.REQUISITIONER, 3, someLines(2)));
    const pendingLines =
      key === 'acme'
        ? someLines(3, { include: ['OVEN-CMB-10'] })
        : key === 'globex'
          ? someLines(3, { include: ['SOLV-55'] })
          : someLines(3);
    plans.push(
      portal(
        OrderStatus.PENDING_APPROVAL,
        key === 'initech' ? users.REQUISITIONER : users.BUYER,
        1,
        pendingLines,
      ),
    );
    plans.push(portal(OrderStatus.SALES_ORDER, users.BUYER, 2, someLines(5)));
    plans.push(portal(OrderStatus.IN_PROGRESS, users.BUYER, 4, someLines(6)));
    plans.push(portal(OrderStatus.SHIPPED, users.BUYER, 8, someLines(3)));
    plans.push(portal(OrderStatus.DELIVERED, users.BUYER, 15, someLines(4)));
    plans.push(portal(OrderStatus.INVOICED, users.BUYER, 50, someLines(5)));
    plans.push({
      ...portal(OrderStatus.CANCELLED, users.BUYER, 25, someLines(2)),
      cancelReason: 'Ordered twice by mistake',
    });
    plans.push({
      company,
      target: OrderStatus.SALES_ORDER,
      channel: 'PHONE',
      path: 'staff',
      creator: staff.SALES,
      createdAt: at(3),
      lines: someLines(3),
    });
    plans.push({
      company,
      target: OrderStatus.INVOICED,
      channel: 'EMAIL',
      path: 'staff',
      creator: staff.SALES,
      createdAt: at(70),
      lines: someLines(4),
    });
    if (key === 'globex') {
      // More than 20 lines: approved by the approver before becoming a sales order.
      plans.push(portal(OrderStatus.INVOICED, users.BUYER, 95, someLines(22)));
    }

    // History: ≈ 6 months, older orders further along.
    const count = 22 * scale;
    for (let i = 0; i < count; i++) {
      const daysAgo = rng.int(1, 182);
      let target: OrderStatus;
      if (daysAgo > 40)
        target = rng.weighted([
          [OrderStatus.INVOICED, 80],
          [OrderStatus.CANCELLED, 8],
          [OrderStatus.DELIVERED, 4],
          [OrderStatus.DRAFT, 3],
          [OrderStatus.PENDING_APPROVAL, 0],
        ] as const);
      else if (daysAgo > 12)
        target = rng.weighted([
          [OrderStatus.INVOICED, 45],
          [OrderStatus.DELIVERED, 30],
          [OrderStatus.SHIPPED, 10],
          [OrderStatus.CANCELLED, 8],
          [OrderStatus.DRAFT, 7],
        ] as const);
      else
        target = rng.weighted([
          [OrderStatus.SALES_ORDER, 25],
          [OrderStatus.IN_PROGRESS, 20],
          [OrderStatus.SHIPPED, 20],
          [OrderStatus.DELIVERED, 10],
          [OrderStatus.PENDING_APPROVAL, 10],
          [OrderStatus.DRAFT, 10],
          [OrderStatus.CANCELLED, 5],
        ] as const);
      const channel: OrderChannel =
        target === OrderStatus.DRAFT || target === OrderStatus.PENDING_APPROVAL
          ? 'PORTAL'
          : rng.weighted([
              ['PORTAL', 76],
              ['PHONE', 12],
              ['EMAIL', 12],
            ] as const);
      const creator =
        channel === 'PORTAL'
          ? target === OrderStatus.PENDING_APPROVAL
            ? users.REQUISITIONER
            : rng.weighted([
                [users.BUYER, 80],
                [users.PORTAL_ADMIN, 10],
                [users.REQUISITIONER, 10],
              ] as const)
          : staff.SALES;
      const plan: OrderPlan = {
        company,
        target,
        channel,
        path: channel === 'PORTAL' ? 'portal' : 'staff',
        creator,
        createdAt: at(daysAgo),
        lines: someLines(rng.int(1, 8), { big: rng.chance(15) }),
      };
      if (target === OrderStatus.CANCELLED)
        plan.cancelReason = rng.pick([
          'Budget freeze this month',
          'Found stock in another location',
          'Wrong delivery address',
          'Replaced by a larger order',
        ]);
      plans.push(plan);
    }

    // A reorder of the oldest invoiced order.
    const source = plans
      .filter((p) => p.company === company && p.target === OrderStatus.INVOICED)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
    if (source) {
      plans.push({
        ...portal(
          OrderStatus.SALES_ORDER,
          users.BUYER,
          5,
          source.lines.map((l) => ({ ...l })),
        ),
        reorderOf: source,
      });
    }
  }

  // Quotations answering RFQs.
  for (const rfq of rfqs) {
    if (rfq.status === 'SUBMITTED' || rfq.status === OrderStatus.CANCELLED) continue;
    const rng = Prng.fromString(`quote:${rfq.title}:${rfq.createdAt.getTime()}`);
    const target: OrderStatus =
      rfq.status === 'ACCEPTED'
        ? rfq.createdAt.getTime() < now.getTime() - 40 * DAY
          ? OrderStatus.INVOICED
          : OrderStatus.IN_PROGRESS
        : rfq.status === 'QUOTED' || rfq.status === 'CHANGES_REQUESTED'
          ? OrderStatus.QUOTATION
          : OrderStatus.CANCELLED;
    plans.push({
      company: rfq.company,
      target,
      channel: 'EMAIL',
      path: 'quote',
      creator: staff.SALES,
      createdAt: new Date(rfq.createdAt.getTime() + rng.int(20, 40) * HOUR),
      lines: rfq.lines.map((l) => ({ ...l })),
      rfq,
      cancelReason:
        rfq.status === 'DECLINED'
          ? 'Quote declined: going with the incumbent supplier'
          : rfq.status === 'EXPIRED'
            ? 'Quote expired without an answer'
            : undefined,
    });
  }
  plans.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return plans;
}
