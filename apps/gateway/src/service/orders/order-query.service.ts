import { CONTRACT_FIGURES, OrderStatus, Permission } from '@portal/domain';
import { pageRequest, toConnection } from '../../common/connection';
import { idOfType } from '../../common/node-id';
import type { RequestContext } from '../../context';
import { ForbiddenError } from '../../common/request-errors';
import { Approval, Company, Order, type OrderChannel } from '../../entity';
import { prefixPattern } from '../support/like';
import { withinCompaniesInReach } from '../support/companies-in-reach';
import { keysetPageOf, type CappedConnection, type KeysetSort, type SortKey } from '../support/keyset-paging';
import { pageOf } from '../support/paging';
import { activeCartOf } from './active-cart';
import { orderAccess } from './order-access.policy';

export interface OrderListArgs {
  first?: number | null;
  after?: string | null;
  /** Whether the client asked for totalCount: if not, nothing is counted. */
  countWanted?: boolean;
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
  sort?: {
    key: 'CREATED_AT' | 'SUBMITTED_AT' | 'NUMBER' | 'TOTAL' | 'PRIORITY';
    descending?: boolean | null;
  } | null;
}

type OrderSortKey = NonNullable<OrderListArgs['sort']>['key'];

const SORT_KEYS: Record<Exclude<OrderSortKey, 'PRIORITY'>, Omit<SortKey<Order>, 'descending'>> = {
  CREATED_AT: { column: 'o.createdAt', property: 'createdAt', kind: 'timestamp' },
  SUBMITTED_AT: { column: 'o.submittedAt', property: 'submittedAt', kind: 'timestamp', nullable: true },
  NUMBER: { column: 'o.number', property: 'number', kind: 'text' },
  TOTAL: { column: 'o.total', property: 'total', kind: 'decimal' },
};

/** The keyset sort of the `orders` list: the key, then the id in the same direction (ties). */
function orderSort(sort: OrderListArgs['sort']): KeysetSort<Order> {
  const key = sort?.key ?? 'CREATED_AT';
  if (key === 'PRIORITY')
    // The fulfilment queue: priority orders first, each group oldest submitted first.
    return {
      name: 'orders:PRIORITY',
      keys: [
        { column: 'o.priority', property: 'priority', kind: 'flag', descending: true },
        {
          column: 'o.submittedAt',
          property: 'submittedAt',
          kind: 'timestamp',
          nullable: true,
          descending: false,
        },
        { column: 'o.id', property: 'id', kind: 'id', descending: false },
      ],
    };
  const descending = sort?.descending ?? true;
  return {
    name: `orders:${key}:${descending ? 'DESC' : 'ASC'}`,
    keys: [
      { ...SORT_KEYS[key], descending },
      { column: 'o.id', property: 'id', kind: 'id', descending },
    ],
  };
}

/**
 * A placed order is dated by its submission, a draft or quotation by its creation: the same as
 * COALESCE(submittedAt, createdAt) in [from, to], written as two ranges, one per index
 * ((companyId, submittedAt) and (companyId, createdAt)), so that the date filter can use them.
 */
function placedBetween(
  from: string | null | undefined,
  to: string | null | undefined,
): [string, Record<string, Date>] {
  const parameters: Record<string, Date> = {};
  if (from) parameters.fFrom = new Date(`${from}T00:00:00.000Z`);
  if (to) parameters.fTo = new Date(new Date(`${to}T00:00:00.000Z`).getTime() + 86_400_000);
  const within = (column: string) =>
    [from ? `${column} >= :fFrom` : null, to ? `${column} < :fTo` : null].filter(Boolean).join(' AND ');
  return [
    `((${within('o.submittedAt')}) OR (o.submittedAt IS NULL AND ${within('o.createdAt')}))`,
    parameters,
  ];
}

/** Reading orders within the viewer's scope (orderAccess): by id, by number, lists and the cart. */
export class OrderQueryService {
  /** An order the viewer may read, or null (a foreign id behaves exactly like a missing one). */
  async findVisible(ctx: RequestContext, id: number | null): Promise<Order | null> {
    return id === null ? null : orderAccess.visible(ctx, await ctx.loaders.load(Order, id));
  }

  async findVisibleByNumber(ctx: RequestContext, number: string): Promise<Order | null> {
    const query = ctx.db.getRepository(Order).createQueryBuilder('o').where('o.number = :number', {
      number: number.trim(),
    });
    orderAccess.scope(ctx, query, 'o');
    const order = await query.getOne();
    if (order) ctx.loaders.prime(Order, order);
    return order;
  }

  /** The `orders` connection: filtered, sorted, paginated, within the viewer's scope. */
  async list(ctx: RequestContext, args: OrderListArgs): Promise<CappedConnection<Order>> {
    const page = pageRequest(args.first, null);
    const viewer = ctx.requireViewer();
    const query = ctx.readDb.getRepository(Order).createQueryBuilder('o');
    orderAccess.scope(ctx, query, 'o');
    await withinCompaniesInReach(ctx, query, 'o');
    const f = args.filter ?? {};
    const nothing = () => ({ ...toConnection<Order>([], 0, page), totalCountIsCapped: false });
    if (f.statuses?.length) query.andWhere('o.status IN (:...fStatuses)', { fStatuses: f.statuses });
    if (f.number?.trim()) {
      query.andWhere(
        "(o.number LIKE :fNumber ESCAPE '!' OR o.purchaseOrderNumber LIKE :fNumber ESCAPE '!')",
        {
          fNumber: prefixPattern(f.number.trim()),
        },
      );
    }
    if (f.productId !== undefined && f.productId !== null) {
      const productId = idOfType(f.productId, 'Product');
      if (productId === null) return nothing();
      query.andWhere(
        'EXISTS (SELECT 1 FROM order_line fl WHERE fl.orderId = o.id AND fl.productId = :fProduct)',
        {
          fProduct: productId,
        },
      );
    }
    if (f.sku?.trim())
      query.andWhere('EXISTS (SELECT 1 FROM order_line fs WHERE fs.orderId = o.id AND fs.sku = :fSku)', {
        fSku: f.sku.trim(),
      });
    if (f.from || f.to) query.andWhere(...placedBetween(f.from, f.to));
    if (f.createdById !== undefined && f.createdById !== null) {
      const userId = idOfType(f.createdById, 'User');
      if (userId === null) return nothing();
      query.andWhere('o.createdById = :fAuthor', { fAuthor: userId });
    }
    if (f.companyId !== undefined && f.companyId !== null) {
      const companyId = idOfType(f.companyId, 'Company');
      // The access rule above keeps the rows in scope: a parent's readers may pick a subsidiary.
      if (companyId === null) return nothing();
      query.andWhere('o.companyId = :fCompany', { fCompany: companyId });
    }
    if (f.channel) query.andWhere('o.channel = :fChannel', { fChannel: f.channel });

    // A sort by a guarded figure reveals it (the order of the totals): it needs the same permission.
    if (args.sort?.key === 'TOTAL' && !viewer.can(CONTRACT_FIGURES))
      throw new ForbiddenError(`Sorting orders by total requires ${CONTRACT_FIGURES}.`);
    return keysetPageOf(ctx, query, orderSort(args.sort), {
      first: args.first,
      after: args.after,
      countWanted: args.countWanted ?? true,
    });
  }

  /** Orders waiting for the viewer's decision: pending approval in their company, not their own. */
  async approvalQueue(
    ctx: RequestContext,
    first: number | null,
    after: string | null,
  ): Promise<CappedConnection<Order>> {
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
    // A short list (one approver's queue): counted exactly.
    return { ...(await pageOf(ctx, query, page)), totalCountIsCapped: false };
  }

  /**
   * Orders of the viewer's company whose approval the viewer decided (approved or rejected),
   * the latest decision first.
   */
  async approvalHistory(
    ctx: RequestContext,
    first: number | null,
    after: string | null,
  ): Promise<CappedConnection<Order>> {
    const page = pageRequest(first, after);
    const viewer = ctx.requireViewer();
    const query = ctx.db
      .getRepository(Order)
      .createQueryBuilder('o')
      .innerJoin(Approval, 'a', 'a.orderId = o.id')
      .where('o.companyId = :company', { company: viewer.companyId ?? -1 })
      .andWhere('a.decidedById = :me', { me: viewer.userId })
      .orderBy('a.decidedAt', 'DESC')
      .addOrderBy('o.id', 'DESC');
    return { ...(await pageOf(ctx, query, page)), totalCountIsCapped: false };
  }

  /**
   * The viewer's cart: the draft they made their cart (setActiveCart), else their most recently
   * changed DRAFT.
   */
  async cartOf(ctx: RequestContext): Promise<Order | null> {
    const viewer = ctx.viewer;
    if (!viewer || !viewer.can(Permission.ORDERS_DRAFT)) return null;
    const order = await activeCartOf(ctx, viewer.userId);
    if (order) ctx.loaders.prime(Order, order);
    return order;
  }

  /** The currency a company orders in. */
  async currencyOf(ctx: RequestContext, companyId: number): Promise<string> {
    const company = await ctx.loaders.load(Company, companyId);
    return company?.currencyCode ?? 'USD';
  }
}
