import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../common/connection';
import { DateTimeScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import type { WebhookSubscription } from '../../entity';
import { OutboxMessageStatus } from './outbox.type';

export enum WebhookSubscriptionStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
}
registerEnumType(WebhookSubscriptionStatus, {
  name: 'WebhookSubscriptionStatus',
  description: 'ACTIVE gets deliveries; PAUSED (after repeated failures) none until resumed.',
});

@ObjectType('WebhookDelivery', {
  description: 'One delivery of an event to a subscription: the delivery log.',
})
export class WebhookDeliveryType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'The event type, e.g. order.confirmed.' }) eventType: string;
  @Field(() => OutboxMessageStatus) status: OutboxMessageStatus;
  @Field(() => Int) attempts: number;
  @Field(() => Int, { nullable: true, description: "The HTTP status of the last attempt's answer." })
  lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => String, { description: 'The JSON body delivered (id, type, createdAt, data).' }) body: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) nextAttemptAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt: Date | null;
}

export const { ConnectionType: WebhookDeliveryConnection } = connectionTypes(
  WebhookDeliveryType,
  'WebhookDelivery',
);

@ObjectType('WebhookSubscription', {
  description:
    "A partner app's HTTPS endpoint subscribed to event types; deliveries are signed (header Portal-Signature: t=…,v1=HMAC-SHA256 of `t.body`).",
})
export class WebhookSubscriptionType {
  @Field(() => ID) id: string;
  @Field(() => String) url: string;
  @Field(() => [String]) eventTypes: string[];
  @Field(() => WebhookSubscriptionStatus) status: WebhookSubscriptionStatus;
  @Field(() => Int, { description: 'Failed attempts in a row since the last success.' })
  consecutiveFailures: number;
  @Field(() => Boolean, {
    description: 'Whether its payloads carry contract prices (the subscriber may read them).',
  })
  includesPrices: boolean;
  @Field(() => DateTimeScalar) createdAt: Date;
  entity: WebhookSubscription;
}

export const { ConnectionType: WebhookSubscriptionConnection } = connectionTypes(
  WebhookSubscriptionType,
  'WebhookSubscription',
);

@ObjectType('WebhookSubscriptionPayload')
export class WebhookSubscriptionPayload {
  @Field(() => WebhookSubscriptionType, { nullable: true }) subscription: WebhookSubscriptionType | null;
  @Field(() => String, {
    nullable: true,
    description: 'The signing secret: shown only by createWebhookSubscription and rotateWebhookSecret.',
  })
  secret: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field(() => String, { description: 'https URL (http://localhost only outside production).' }) url: string;
  @Field(() => [String], { description: 'Event types, e.g. ["order.confirmed", "invoice.issued"].' })
  eventTypes: string[];
}

@InputType()
export class WebhookSubscriptionActionInput {
  @Field(() => ID) subscriptionId: string;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID) deliveryId: string;
}
