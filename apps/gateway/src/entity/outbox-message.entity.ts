import { Entity, Index } from 'typeorm';
import {
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  IntColumn,
  TextColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

/** What an outbox message is delivered as. */
export type OutboxChannel = 'EMAIL' | 'WEBHOOK';

/**
 * PENDING until delivered (SENT), given up (FAILED), or not delivered because the recipient
 * turned the e-mail's category off (SKIPPED).
 */
export type OutboxStatus = 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';

/**
 * One message of the transactional outbox: written in the same transaction as the business
 * change that causes it, delivered afterwards by a worker (outbox/outbox-worker.ts). A worker
 * claims a message by moving `availableAt` past a lease; a worker that dies mid-delivery leaves
 * it to be claimed again once the lease ends (at-least-once: receivers deduplicate on
 * `idempotencyKey`).
 */
@Entity('outbox_message')
@Index(['status', 'availableAt'])
@Index(['status', 'finishedAt'])
export class OutboxMessage {
  @IdColumn()
  id: number;

  /** Unique per message, constant across attempts: the Message-ID of an e-mail. */
  @VarcharColumn(64)
  @Index({ unique: true })
  idempotencyKey: string;

  @EnumColumn()
  channel: OutboxChannel;

  /** The business event that caused it, e.g. "order.submitted". */
  @VarcharColumn(64)
  eventType: string;

  /** The e-mail address of an e-mail; the URL of a webhook. */
  @VarcharColumn(2048)
  recipient: string;

  /** The subscription of a webhook delivery (null for an e-mail). */
  @ForeignKeyColumn({ nullable: true })
  webhookSubscriptionId: number | null;

  /** The HTTP status of the last attempt of a webhook (null: no answer, or an e-mail). */
  @IntColumn({ nullable: true })
  lastStatusCode: number | null;

  /** The message as JSON (a QueuedMail for an e-mail; the signed body of a webhook). */
  @TextColumn()
  body: string;

  @EnumColumn({ default: 'PENDING' })
  status: OutboxStatus;

  /** Delivery attempts begun so far. */
  @IntColumn({ default: 0 })
  attempts: number;

  /** When a worker may next claim it: now for a new message, after the lease or the backoff. */
  @TimestampColumn()
  availableAt: Date;

  @TextColumn({ nullable: true })
  lastError: string | null;

  @TimestampColumn()
  createdAt: Date;

  /** When it was delivered, or given up. */
  @TimestampColumn({ nullable: true })
  finishedAt: Date | null;
}
