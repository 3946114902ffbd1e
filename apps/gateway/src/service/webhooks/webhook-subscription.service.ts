import { randomBytes } from 'node:crypto';
import { Permission } from '@portal/domain';
import { pageRequest, type Connection } from '../../common/connection';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { OutboxMessage, WebhookSubscription } from '../../entity';
import { EVENT_TYPES, type EventType } from '../../outbox/event-types';
import { webhookUrlProblem } from '../../outbox/webhook-url';
import { InputChecks } from '../support/input-checks';
import { mutationPayload, type Payload } from '../support/mutation';
import { pageOf } from '../support/paging';
import { forUpdate } from '../support/row-lock';

/** Internal notices and security mails: e-mailed to their user, never published to partner apps. */
const NOT_SUBSCRIBABLE: ReadonlySet<EventType> = new Set<EventType>([
  'webhook.paused',
  'statement.nightly',
  'user.invited',
  'account.password_reset_requested',
  'account.password_changed',
]);

/** The event types a partner app may subscribe to (internal notices excluded). */
export const SUBSCRIBABLE_EVENT_TYPES: readonly EventType[] = EVENT_TYPES.filter(
  (t) => !NOT_SUBSCRIBABLE.has(t),
);

const MAX_SUBSCRIPTIONS_PER_OWNER_SCOPE = 20;

export type SubscriptionResult = Payload<{ subscription: WebhookSubscription | null; secret: string | null }>;

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

/**
 * Webhook subscriptions: a customer's portal admin manages their company's (scoped to it),
 * staff every company's (a staff subscription gets every company's events). The secret is
 * shown only when made (create, rotate).
 */
export class WebhookSubscriptionService {
  /** The event types a subscription may name, in the order of EVENT_TYPES. */
  subscribableEventTypes(): readonly EventType[] {
    return SUBSCRIBABLE_EVENT_TYPES;
  }

  /** The subscriptions the viewer manages: their company's, or every one for staff. */
  list(
    ctx: RequestContext,
    args: { first: number; after: string | null },
  ): Promise<Connection<WebhookSubscription>> {
    const viewer = ctx.requireViewer();
    const query = ctx.db.getRepository(WebhookSubscription).createQueryBuilder('s').orderBy('s.id', 'ASC');
    if (!viewer.isStaff) query.where('s.companyId = :companyId', { companyId: viewer.companyId ?? -1 });
    return pageOf(ctx, query, pageRequest(args.first, args.after));
  }

  /** One subscription by its global id, if the viewer manages it. */
  get(ctx: RequestContext, id: string): Promise<WebhookSubscription | null> {
    return this.findVisible(ctx, idOfType(id, 'WebhookSubscription'));
  }

  async findVisible(ctx: RequestContext, id: number | null): Promise<WebhookSubscription | null> {
    if (id === null) return null;
    const found = await ctx.db.getRepository(WebhookSubscription).findOneBy({ id });
    const viewer = ctx.requireViewer();
    return found && (viewer.isStaff || found.companyId === viewer.companyId) ? found : null;
  }

  /** A subscription's deliveries, newest first: the delivery log. */
  deliveries(
    ctx: RequestContext,
    subscription: WebhookSubscription,
    args: { first: number; after: string | null },
  ): Promise<Connection<OutboxMessage>> {
    const query = ctx.db
      .getRepository(OutboxMessage)
      .createQueryBuilder('m')
      .where('m.webhookSubscriptionId = :id', { id: subscription.id })
      .orderBy('m.id', 'DESC');
    return pageOf(ctx, query, pageRequest(args.first, args.after));
  }

  create(ctx: RequestContext, input: { url: string; eventTypes: string[] }): Promise<SubscriptionResult> {
    return mutationPayload<{ subscription: WebhookSubscription | null; secret: string | null }>(
      { subscription: null, secret: null },
      async () => {
        const viewer = ctx.requireViewer();
        if (!viewer.isStaff && viewer.companyId === null)
          failWith(UserErrorCode.FORBIDDEN, 'Only staff or a customer company may subscribe.', ['input']);
        const checks = new InputChecks();
        const url = input.url.trim();
        const problem = webhookUrlProblem(url, ctx.config.outbox.webhooks.production);
        if (problem) checks.add(UserErrorCode.INVALID, problem, ['input', 'url']);
        const types = [...new Set(input.eventTypes)];
        if (types.length === 0)
          checks.add(UserErrorCode.INVALID, 'Choose at least one event type.', ['input', 'eventTypes']);
        for (const [i, type] of types.entries())
          if (!SUBSCRIBABLE_EVENT_TYPES.includes(type as EventType))
            checks.add(
              UserErrorCode.INVALID,
              `Unknown event type "${type}"; one of ${SUBSCRIBABLE_EVENT_TYPES.join(', ')}.`,
              ['input', 'eventTypes', String(i)],
            );
        checks.throwIfAny();
        const companyId = viewer.isStaff ? null : viewer.companyId;
        return ctx.transaction(async (tx) => {
          const repo = tx.db.getRepository(WebhookSubscription);
          const existing = await repo.countBy({ ownerId: viewer.userId });
          if (existing >= MAX_SUBSCRIPTIONS_PER_OWNER_SCOPE)
            failWith(
              UserErrorCode.INVALID,
              `At most ${MAX_SUBSCRIPTIONS_PER_OWNER_SCOPE} subscriptions per user.`,
              ['input'],
            );
          const now = tx.now();
          const secret = newSecret();
          const subscription = await repo.save(
            repo.create({
              companyId,
              ownerId: viewer.userId,
              url,
              eventTypes: JSON.stringify(types),
              secret,
              // What the subscribing credential may read (a token's scopes included), now and later.
              mayReadPrices: viewer.can(Permission.PRICES_CONTRACT),
              status: 'ACTIVE',
              consecutiveFailures: 0,
              createdAt: now,
              updatedAt: now,
            }),
          );
          return { subscription, secret };
        });
      },
    );
  }

  /** A new secret; deliveries from now on are signed with it. */
  rotateSecret(ctx: RequestContext, subscriptionId: string): Promise<SubscriptionResult> {
    return this.change(ctx, subscriptionId, async (tx, subscription) => {
      const secret = newSecret();
      await tx.db
        .getRepository(WebhookSubscription)
        .update({ id: subscription.id }, { secret, updatedAt: tx.now() });
      return { subscription: Object.assign(subscription, { secret }), secret };
    });
  }

  /** Resumes a paused subscription (its failure count starts again). */
  resume(ctx: RequestContext, subscriptionId: string): Promise<SubscriptionResult> {
    return this.change(ctx, subscriptionId, async (tx, subscription) => {
      const set = { status: 'ACTIVE' as const, consecutiveFailures: 0, updatedAt: tx.now() };
      await tx.db.getRepository(WebhookSubscription).update({ id: subscription.id }, set);
      return { subscription: Object.assign(subscription, set), secret: null };
    });
  }

  delete(ctx: RequestContext, subscriptionId: string): Promise<SubscriptionResult> {
    return this.change(ctx, subscriptionId, async (tx, subscription) => {
      await tx.db.getRepository(WebhookSubscription).delete({ id: subscription.id });
      return { subscription: null, secret: null };
    });
  }

  /**
   * Sends a delivery again (one that failed, or went out and is wanted again): back to PENDING,
   * due now, its give-up time counted afresh; same id, so the receiver can tell a repeat.
   */
  redeliver(ctx: RequestContext, deliveryId: string): Promise<SubscriptionResult> {
    return mutationPayload<{ subscription: WebhookSubscription | null; secret: string | null }>(
      { subscription: null, secret: null },
      () =>
        ctx.transaction(async (tx) => {
          const id = idOfType(deliveryId, 'WebhookDelivery');
          const delivery =
            id === null
              ? null
              : await tx.db.getRepository(OutboxMessage).findOneBy({ id, channel: 'WEBHOOK' });
          const subscription = await this.findVisible(tx, delivery?.webhookSubscriptionId ?? null);
          if (!delivery || !subscription)
            return failWith(UserErrorCode.NOT_FOUND, 'No such delivery.', ['input', 'deliveryId']);
          if (delivery.status === 'PENDING')
            failWith(UserErrorCode.INVALID_STATE, 'This delivery is still being tried.', [
              'input',
              'deliveryId',
            ]);
          const now = tx.now();
          await tx.db
            .getRepository(OutboxMessage)
            .update(
              { id: delivery.id },
              { status: 'PENDING', availableAt: now, createdAt: now, finishedAt: null },
            );
          tx.runtime.outboxSignal?.wrote();
          return { subscription, secret: null };
        }),
    );
  }

  private change(
    ctx: RequestContext,
    subscriptionId: string,
    work: (
      tx: RequestContext,
      subscription: WebhookSubscription,
    ) => Promise<{ subscription: WebhookSubscription | null; secret: string | null }>,
  ): Promise<SubscriptionResult> {
    return mutationPayload<{ subscription: WebhookSubscription | null; secret: string | null }>(
      { subscription: null, secret: null },
      () =>
        ctx.transaction(async (tx) => {
          const visible = await this.findVisible(tx, idOfType(subscriptionId, 'WebhookSubscription'));
          if (!visible)
            return failWith(UserErrorCode.NOT_FOUND, 'No such subscription.', ['input', 'subscriptionId']);
          const query = tx.db
            .getRepository(WebhookSubscription)
            .createQueryBuilder('s')
            .where('s.id = :id', { id: visible.id });
          return work(tx, await forUpdate(tx, query).getOneOrFail());
        }),
    );
  }
}
