import { Entity } from 'typeorm';
import {
  BooleanColumn,
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  IntColumn,
  TextColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

/** ACTIVE subscriptions get deliveries; a PAUSED one (after repeated failures, or by its owner) none. */
export type WebhookSubscriptionStatus = 'ACTIVE' | 'PAUSED';

/**
 * A partner app's HTTPS endpoint subscribed to event types: a customer's portal admin for their
 * company's events, staff (companyId null) for every company's. Deliveries are outbox messages
 * (channel WEBHOOK), signed with `secret`.
 */
@Entity('webhook_subscription')
export class WebhookSubscription {
  @IdColumn()
  id: number;

  /** The company whose events it gets; null: every company's (a staff subscription). */
  @ForeignKeyColumn({ nullable: true })
  companyId: number | null;

  /** The user who subscribed: told when it is paused; its payloads show what they may read. */
  @ForeignKeyColumn()
  ownerId: number;

  @VarcharColumn(2048)
  url: string;

  /** The event types, JSON (e.g. ["order.confirmed","invoice.issued"]). */
  @TextColumn()
  eventTypes: string;

  /** The HMAC-SHA256 key of the signatures (shown once, at creation and rotation). */
  @VarcharColumn(128)
  secret: string;

  /** Whether its payloads carry contract figures: the subscribing credential could read them. */
  @BooleanColumn({ default: false })
  mayReadPrices: boolean;

  @EnumColumn({ default: 'ACTIVE' })
  status: WebhookSubscriptionStatus;

  /** Deliveries given up in a row since the last success; the subscription pauses at the limit. */
  @IntColumn({ default: 0 })
  consecutiveFailures: number;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
