import type { PortalRuntime } from '../context';
import { OutboxMessage, User, WebhookSubscription } from '../entity';
import { enqueueMails } from './outbox';
import { systemContext } from './system-context';
import { SIGNATURE_HEADER, WEBHOOK_ID_HEADER, signWebhook } from './webhook-signature';
import { assertPublicDestination } from './webhook-url';

/** A delivery the receiver refused (its HTTP status), or one that cannot succeed (`permanent`). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | null = null,
    readonly permanent = false,
  ) {
    super(message);
  }
}

/**
 * Sends webhook deliveries: a POST of the stored body, signed under the subscription's current
 * secret at the time of the attempt, within the configured timeout; and keeps the subscription's
 * count of failures in a row, pausing it (and telling its owner) at the limit.
 */
export class WebhookDelivery {
  constructor(private readonly runtime: PortalRuntime) {}

  /** Posts one delivery; answers the 2xx status, throws a DeliveryError otherwise. */
  async post(message: OutboxMessage): Promise<number> {
    const subscription =
      message.webhookSubscriptionId === null
        ? null
        : await this.runtime.dataSource
            .getRepository(WebhookSubscription)
            .findOneBy({ id: message.webhookSubscriptionId });
    if (!subscription) throw new DeliveryError('The subscription was deleted', null, true);
    if (subscription.status !== 'ACTIVE') throw new DeliveryError('The subscription is paused', null, true);
    const { webhooks } = this.runtime.config.outbox;
    try {
      await assertPublicDestination(subscription.url, webhooks.production);
    } catch (error) {
      throw new DeliveryError((error as Error).message, null, true);
    }
    const timestamp = Math.floor(this.runtime.clock.now().getTime() / 1000);
    let response: Response;
    try {
      response = await fetch(subscription.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'buyer-portal-webhooks/1',
          [WEBHOOK_ID_HEADER]: message.idempotencyKey,
          [SIGNATURE_HEADER]: signWebhook(subscription.secret, timestamp, message.body),
        },
        body: message.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(webhooks.timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
    } catch (error) {
      const e = error as Error;
      throw new DeliveryError(
        e.name === 'TimeoutError'
          ? `No answer within ${webhooks.timeoutMs / 1000} s`
          : `Could not connect: ${e.message}`,
      );
    }
    if (response.status < 200 || response.status > 299)
      throw new DeliveryError(`The endpoint answered HTTP ${response.status}`, response.status);
    return response.status;
  }

  async succeeded(message: OutboxMessage): Promise<void> {
    if (message.webhookSubscriptionId === null) return;
    await this.runtime.dataSource
      .getRepository(WebhookSubscription)
      .update({ id: message.webhookSubscriptionId }, { consecutiveFailures: 0 });
  }

  /** Counts a failed attempt; the attempt that reaches the limit pauses the subscription and tells its owner. */
  async failed(message: OutboxMessage): Promise<void> {
    const id = message.webhookSubscriptionId;
    if (id === null) return;
    const limit = this.runtime.config.outbox.webhooks.pauseAfterFailures;
    await systemContext(this.runtime).transaction(async (tx) => {
      const repo = tx.db.getRepository(WebhookSubscription);
      await repo.update({ id }, { consecutiveFailures: () => 'consecutiveFailures + 1' });
      const paused = await tx.db
        .createQueryBuilder()
        .update(WebhookSubscription)
        .set({ status: 'PAUSED', updatedAt: tx.now() })
        .where('id = :id AND status = :active AND consecutiveFailures >= :limit', {
          id,
          active: 'ACTIVE',
          limit,
        })
        .execute();
      if (!paused.affected) return;
      const subscription = await repo.findOneByOrFail({ id });
      const owner = await tx.db.getRepository(User).findOneBy({ id: subscription.ownerId });
      if (!owner) return;
      await enqueueMails(tx, 'webhook.paused', [
        {
          to: owner.email,
          subject: 'A webhook subscription of the portal was paused',
          text: [
            `Hello ${owner.name},`,
            '',
            `Deliveries to ${subscription.url} failed ${limit} times in a row (last: ${message.eventType}), so the subscription is paused and gets no more events.`,
            'Fix the endpoint, then resume the subscription (resumeWebhookSubscription) and redeliver what it missed from its delivery log (redeliverWebhook).',
          ].join('\n'),
        },
      ]);
    });
  }
}
