import { OrderStatus } from '@portal/domain';
import type { RequestContext } from '../../context';
import { ActiveCart, Order } from '../../entity';

/** Where a reorder or a template's lines go: into the buyer's cart, or a draft of their own. */
export enum DraftDestination {
  CART = 'CART',
  NEW_DRAFT = 'NEW_DRAFT',
}

/**
 * The draft the user chose as their cart (ActiveCart row), when it is still one of their
 * drafts; null otherwise.
 */
export async function chosenCart(ctx: RequestContext, userId: number): Promise<Order | null> {
  const row = await ctx.db.getRepository(ActiveCart).findOneBy({ userId });
  if (!row) return null;
  return ctx.db
    .getRepository(Order)
    .findOneBy({ id: row.orderId, createdById: userId, status: OrderStatus.DRAFT });
}

/**
 * The user's cart: the draft they chose, else (nothing chosen, or it was placed or deleted)
 * their most recently changed draft.
 */
export async function activeCartOf(ctx: RequestContext, userId: number): Promise<Order | null> {
  return (
    (await chosenCart(ctx, userId)) ??
    ctx.db.getRepository(Order).findOne({
      where: { createdById: userId, status: OrderStatus.DRAFT },
      order: { updatedAt: 'DESC', id: 'DESC' },
    })
  );
}

/** Makes the order the user's cart: one row per user, written by upsert on its unique key. */
export async function chooseCart(tx: RequestContext, userId: number, orderId: number): Promise<void> {
  await tx.db
    .getRepository(ActiveCart)
    .upsert({ userId, orderId, updatedAt: tx.now() }, { conflictPaths: ['userId'] });
}
