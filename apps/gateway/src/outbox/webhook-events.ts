import { randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { Permission, permissionsOf } from '@portal/domain';
import type { RequestContext } from '../context';
import { OutboxMessage, User, WebhookSubscription } from '../entity';
import type { EventType } from './event-types';

/** The body of a webhook delivery: the event's id, type, time and data shaped like the GraphQL types. */
export interface WebhookEventBody {
  id: string;
  type: EventType;
  createdAt: string;
  data: Record<string, unknown>;
}

/**
 * Writes a business event's webhook deliveries, inside the transaction of the change: one outbox
 * message per ACTIVE subscription to the type, of the event's company or of every company
 * (staff). `data(withPrices)` shapes the payload for a subscriber: contract figures only for a
 * subscription whose owner may read them (a requisitioner's token gets none).
 */
export async function publishEvent(
  tx: RequestContext,
  type: EventType,
  companyId: number,
  data: (withPrices: boolean) => Record<string, unknown>,
): Promise<void> {
  if (!tx.inTransaction) throw new Error('Webhook events are written in the transaction of their change');
  const subscriptions = (
    await tx.db.getRepository(WebhookSubscription).find({
      where: [
        { companyId, status: 'ACTIVE' },
        { companyId: IsNull(), status: 'ACTIVE' },
      ],
      order: { id: 'ASC' },
    })
  ).filter((s) => (JSON.parse(s.eventTypes) as string[]).includes(type));
  if (subscriptions.length === 0) return;
  const owners = await tx.db.getRepository(User).findBy({ id: In(subscriptions.map((s) => s.ownerId)) });
  const now = tx.now();
  const eventId = randomUUID();
  await tx.db.getRepository(OutboxMessage).insert(
    subscriptions.map((subscription) => {
      const owner = owners.find((o) => o.id === subscription.ownerId);
      const withPrices =
        subscription.mayReadPrices &&
        owner?.status === 'ACTIVE' &&
        permissionsOf(owner.role).includes(Permission.PRICES_CONTRACT);
      const body: WebhookEventBody = {
        id: eventId,
        type,
        createdAt: now.toISOString(),
        data: data(withPrices),
      };
      return {
        idempotencyKey: `${eventId}:${subscription.id}`,
        channel: 'WEBHOOK' as const,
        eventType: type,
        recipient: subscription.url,
        webhookSubscriptionId: subscription.id,
        lastStatusCode: null,
        body: JSON.stringify(body),
        status: 'PENDING' as const,
        attempts: 0,
        availableAt: now,
        lastError: null,
        createdAt: now,
        finishedAt: null,
      };
    }),
  );
  tx.runtime.outboxSignal?.wrote();
}
