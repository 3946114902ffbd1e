import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import type { Connection } from '../common/connection';
import { toGlobalId } from '../common/node-id';
import type { RequestContext } from '../context';
import type { OutboxMessage, WebhookSubscription } from '../entity';
import type { SubscriptionResult } from '../service/webhooks/webhook-subscription.service';
import type { Services } from '../service/services';
import { OutboxMessageStatus } from './types/outbox.type';
import {
  CreateWebhookSubscriptionInput,
  RedeliverWebhookInput,
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookSubscriptionActionInput,
  WebhookSubscriptionConnection,
  WebhookSubscriptionPayload,
  WebhookSubscriptionStatus,
  WebhookSubscriptionType,
} from './types/webhook.type';

function subscriptionType(s: WebhookSubscription): WebhookSubscriptionType {
  return Object.assign(new WebhookSubscriptionType(), {
    id: toGlobalId('WebhookSubscription', s.id),
    url: s.url,
    eventTypes: JSON.parse(s.eventTypes) as string[],
    status: s.status as WebhookSubscriptionStatus,
    consecutiveFailures: s.consecutiveFailures,
    includesPrices: s.mayReadPrices,
    createdAt: s.createdAt,
    entity: s,
  });
}

function deliveryType(m: OutboxMessage): WebhookDeliveryType {
  return Object.assign(new WebhookDeliveryType(), {
    id: toGlobalId('WebhookDelivery', m.id),
    eventType: m.eventType,
    status: m.status as OutboxMessageStatus,
    attempts: m.attempts,
    lastStatusCode: m.lastStatusCode,
    lastError: m.lastError,
    body: m.body,
    createdAt: m.createdAt,
    nextAttemptAt: m.status === 'PENDING' ? m.availableAt : null,
    finishedAt: m.finishedAt,
  });
}

function mapConnection<A, B>(page: Connection<A>, map: (a: A) => B): Connection<B> {
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })) };
}

function payloadOf(result: SubscriptionResult): WebhookSubscriptionPayload {
  return Object.assign(new WebhookSubscriptionPayload(), {
    subscription: result.subscription ? subscriptionType(result.subscription) : null,
    secret: result.secret,
    userErrors: result.userErrors,
  });
}

/** Webhook subscriptions of partner apps: a portal admin's for their company, staff's for all. */
@Resolver(() => WebhookSubscriptionType)
export class WebhookResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.USERS_MANAGE)
  @Query(() => WebhookSubscriptionConnection, {
    description:
      "The webhook subscriptions the viewer manages: their company's, or every one for staff (first at most 100). Requires USERS_MANAGE.",
  })
  async webhookSubscriptions(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<Connection<WebhookSubscriptionType>> {
    return mapConnection(await this.services.webhooks.list(ctx, { first, after }), subscriptionType);
  }

  @Allow(Permission.USERS_MANAGE)
  @Query(() => WebhookSubscriptionType, {
    nullable: true,
    description:
      "One subscription the viewer manages (their company's, or any for staff), or null. Requires USERS_MANAGE.",
  })
  async webhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<WebhookSubscriptionType | null> {
    const found = await this.services.webhooks.get(ctx, id);
    return found ? subscriptionType(found) : null;
  }

  @Allow(Permission.USERS_MANAGE)
  @Query(() => [String], {
    description:
      'The event types a subscription may name (createWebhookSubscription refuses others). Requires USERS_MANAGE.',
  })
  webhookEventTypes(): readonly string[] {
    return this.services.webhooks.subscribableEventTypes();
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: 'The delivery log, newest first (first at most 100).',
  })
  async deliveries(
    @Ctx() ctx: RequestContext,
    @Root() subscription: WebhookSubscriptionType,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<Connection<WebhookDeliveryType>> {
    return mapConnection(
      await this.services.webhooks.deliveries(ctx, subscription.entity, { first, after }),
      deliveryType,
    );
  }

  @Allow(Permission.USERS_MANAGE)
  @Mutation(() => WebhookSubscriptionPayload, {
    description:
      "Subscribes an https URL to event types: the company's events for a portal admin, every company's for staff. Answers the signing secret, once. Requires USERS_MANAGE.",
  })
  async createWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateWebhookSubscriptionInput) input: CreateWebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionPayload> {
    return payloadOf(await this.services.webhooks.create(ctx, input));
  }

  @Allow(Permission.USERS_MANAGE)
  @Mutation(() => WebhookSubscriptionPayload, {
    description:
      'A new signing secret (answered once); later deliveries are signed with it. Requires USERS_MANAGE.',
  })
  async rotateWebhookSecret(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WebhookSubscriptionActionInput) input: WebhookSubscriptionActionInput,
  ): Promise<WebhookSubscriptionPayload> {
    return payloadOf(await this.services.webhooks.rotateSecret(ctx, input.subscriptionId));
  }

  @Allow(Permission.USERS_MANAGE)
  @Mutation(() => WebhookSubscriptionPayload, {
    description: 'Resumes a paused subscription. Requires USERS_MANAGE.',
  })
  async resumeWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WebhookSubscriptionActionInput) input: WebhookSubscriptionActionInput,
  ): Promise<WebhookSubscriptionPayload> {
    return payloadOf(await this.services.webhooks.resume(ctx, input.subscriptionId));
  }

  @Allow(Permission.USERS_MANAGE)
  @Mutation(() => WebhookSubscriptionPayload, {
    description: 'Deletes a subscription; its pending deliveries are given up. Requires USERS_MANAGE.',
  })
  async deleteWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WebhookSubscriptionActionInput) input: WebhookSubscriptionActionInput,
  ): Promise<WebhookSubscriptionPayload> {
    return payloadOf(await this.services.webhooks.delete(ctx, input.subscriptionId));
  }

  @Allow(Permission.USERS_MANAGE)
  @Mutation(() => WebhookSubscriptionPayload, {
    description:
      'Sends a finished delivery again (same id, so the receiver can tell a repeat). Requires USERS_MANAGE.',
  })
  async redeliverWebhook(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RedeliverWebhookInput) input: RedeliverWebhookInput,
  ): Promise<WebhookSubscriptionPayload> {
    return payloadOf(await this.services.webhooks.redeliver(ctx, input.deliveryId));
  }
}
