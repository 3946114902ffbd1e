import { setTimeout as sleep } from 'node:timers/promises';
import { In, LessThanOrEqual, type EntityManager } from 'typeorm';
import { nextAttempt } from '@portal/domain';
import type { PortalRuntime } from '../context';
import { engineOf } from '../db/data-source';
import { runInTransaction } from '../db/transactions';
import { NotificationPreference, OutboxMessage, User } from '../entity';
import { mailHtml } from '../mail/mail-html';
import type { MailAttachment, OutgoingMail } from '../mail/mailer';
import { SECRET_EVENT_TYPES, categoryOfEvent } from './notification-categories';
import type { MailAttachmentRef, QueuedMail } from './queued-mail';
import type { Scheduler } from '../scheduler/scheduler';
import { DeliveryError, WebhookDelivery } from './webhook-delivery';

/** Renders a document attached to an e-mail when it is delivered. */
export type AttachmentRenderer = (ref: MailAttachmentRef) => Promise<MailAttachment | null>;

/** What one pass of the worker did. */
export interface WorkerPass {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  /** E-mails not delivered because their recipient turned the category off (SKIPPED). */
  skipped: number;
}

/**
 * Delivers the outbox. A pass claims a batch of due messages in a short transaction — with
 * `SELECT … FOR UPDATE SKIP LOCKED` on MySQL/MariaDB, so workers in several processes take
 * different rows, and plainly on SQLite, whose writers run one at a time — by moving their
 * `availableAt` one lease ahead; then delivers them outside any transaction and records the
 * outcome. A worker that dies after claiming leaves its messages to be claimed again when the
 * lease ends: delivery is at least once, and each message carries its idempotency key (the
 * e-mail's Message-ID). A failed delivery is retried with exponential backoff on the runtime's
 * clock and given up (FAILED, listed to staff) after the configured time.
 */
export class OutboxWorker {
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly webhooks: WebhookDelivery;

  /**
   * @param scheduler the scheduled jobs this worker runs when they are due, before each drain
   * (null: none, e.g. a second worker in a test).
   */
  constructor(
    private readonly runtime: PortalRuntime,
    private readonly attachments: AttachmentRenderer,
    readonly scheduler: Scheduler | null = null,
  ) {
    this.webhooks = new WebhookDelivery(runtime);
  }

  /** Claims one batch of due messages and delivers it. */
  async runOnce(): Promise<WorkerPass> {
    const claimed = await this.claim();
    const pass: WorkerPass = { claimed: claimed.length, sent: 0, retried: 0, failed: 0, skipped: 0 };
    // Side by side: a slow endpoint (up to its timeout) never holds the others back.
    const outcomes = await Promise.all(claimed.map((message) => this.deliver(message)));
    for (const outcome of outcomes) pass[outcome]++;
    return pass;
  }

  /** Runs passes until no message is due (at most `maxPasses`, so a flood cannot hold it forever). */
  async drain(maxPasses = 50): Promise<WorkerPass> {
    const total: WorkerPass = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0 };
    for (let i = 0; i < maxPasses; i++) {
      const pass = await this.runOnce();
      total.claimed += pass.claimed;
      total.sent += pass.sent;
      total.retried += pass.retried;
      total.failed += pass.failed;
      total.skipped += pass.skipped;
      if (pass.claimed === 0) break;
    }
    return total;
  }

  /** Starts polling (every OUTBOX_POLL_SECONDS, and at once when this process commits messages). */
  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.unsubscribe = this.runtime.outboxSignal?.onWake(() => this.wake?.()) ?? null;
    this.running = this.loop();
  }

  /** Stops polling; waits for the pass under way to finish. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    this.wake?.();
    await this.running;
    this.running = null;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.scheduler?.runDue();
        await this.drain();
      } catch (error) {
        console.error('[outbox] worker pass failed:', error);
      }
      if (this.stopping) break;
      const controller = new AbortController();
      this.wake = () => controller.abort();
      await sleep(this.runtime.config.outbox.pollSeconds * 1000, undefined, {
        signal: controller.signal,
      }).catch(() => undefined);
      this.wake = null;
    }
  }

  private async claim(): Promise<OutboxMessage[]> {
    const { dataSource, clock, config } = this.runtime;
    const mysql = engineOf(dataSource) === 'mysql';
    return runInTransaction(dataSource, async (em: EntityManager) => {
      const now = clock.now();
      const repo = em.getRepository(OutboxMessage);
      const due = await repo.find({
        where: { status: 'PENDING', availableAt: LessThanOrEqual(now) },
        order: { availableAt: 'ASC', id: 'ASC' },
        take: config.outbox.batchSize,
        ...(mysql ? { lock: { mode: 'pessimistic_write' as const, onLocked: 'skip_locked' as const } } : {}),
      });
      if (due.length === 0) return [];
      const leaseEnd = new Date(now.getTime() + config.outbox.leaseSeconds * 1000);
      await repo.update(
        { id: In(due.map((m) => m.id)) },
        { availableAt: leaseEnd, attempts: () => 'attempts + 1' },
      );
      return due.map((m) => Object.assign(m, { availableAt: leaseEnd, attempts: m.attempts + 1 }));
    });
  }

  private async deliver(message: OutboxMessage): Promise<'sent' | 'retried' | 'failed' | 'skipped'> {
    const repo = this.runtime.dataSource.getRepository(OutboxMessage);
    let statusCode: number | null = null;
    try {
      const turnedOff = message.channel === 'EMAIL' ? await this.turnedOff(message) : null;
      if (turnedOff) {
        await repo.update(
          { id: message.id },
          {
            status: 'SKIPPED',
            finishedAt: this.runtime.clock.now(),
            lastError: `The recipient turned off ${turnedOff.toLowerCase()} e-mails`,
          },
        );
        return 'skipped';
      }
      if (message.channel === 'WEBHOOK') statusCode = await this.webhooks.post(message);
      else await this.runtime.mailer.send(await this.mailOf(message));
    } catch (error) {
      const now = this.runtime.clock.now();
      const reason = error instanceof Error ? error.message : String(error);
      statusCode = error instanceof DeliveryError ? error.statusCode : null;
      const next =
        error instanceof DeliveryError && error.permanent
          ? ({ kind: 'GIVE_UP' } as const)
          : nextAttempt(this.runtime.config.outbox.retry, message.createdAt, message.attempts, now);
      if (message.channel === 'WEBHOOK') await this.webhooks.failed(message);
      if (next.kind === 'GIVE_UP') {
        await repo.update(
          { id: message.id },
          {
            status: 'FAILED',
            lastError: reason,
            lastStatusCode: statusCode,
            finishedAt: now,
            // A link that was never delivered is not kept either (the user asks for a new one).
            ...(SECRET_EVENT_TYPES.has(message.eventType) ? { body: redacted(message) } : {}),
          },
        );
        console.error(`[outbox] gave up ${message.eventType} to ${message.recipient}: ${reason}`);
        return 'failed';
      }
      await repo.update(
        { id: message.id },
        { availableAt: next.at, lastError: reason, lastStatusCode: statusCode },
      );
      return 'retried';
    }
    await repo.update(
      { id: message.id },
      {
        status: 'SENT',
        finishedAt: this.runtime.clock.now(),
        lastError: null,
        lastStatusCode: statusCode,
        ...(SECRET_EVENT_TYPES.has(message.eventType) ? { body: redacted(message) } : {}),
      },
    );
    if (message.channel === 'WEBHOOK') await this.webhooks.succeeded(message);
    return 'sent';
  }

  /**
   * The category of an e-mail its recipient turned off, read now (not when it was written), or
   * null: it goes out. The recipient is the user who holds the address; security mails have no
   * category and always go out.
   */
  private async turnedOff(message: OutboxMessage): Promise<string | null> {
    const category = categoryOfEvent(message.eventType);
    if (category === null) return null;
    const { dataSource } = this.runtime;
    const holder = await dataSource
      .getRepository(User)
      .findOne({ where: { email: message.recipient, holdsAddress: true }, select: { id: true } });
    if (!holder) return null;
    const preference = await dataSource
      .getRepository(NotificationPreference)
      .findOneBy({ userId: holder.id, category });
    return preference && !preference.enabled ? category : null;
  }

  private async mailOf(message: OutboxMessage): Promise<OutgoingMail> {
    const queued = JSON.parse(message.body) as QueuedMail;
    const attachments: MailAttachment[] = [];
    for (const ref of queued.attach ?? []) {
      const attachment = await this.attachments(ref);
      if (attachment) attachments.push(attachment);
    }
    const host = new URL(this.runtime.config.publicUrl).hostname || 'portal';
    return {
      to: queued.to,
      subject: queued.subject,
      text: queued.text,
      html: mailHtml(queued.subject, queued.text, this.runtime.config.seller),
      messageId: `<${message.idempotencyKey}@${host}>`,
      ...(attachments.length ? { attachments } : {}),
    };
  }
}

/** A finished e-mail with a secret link, as kept afterwards: its subject, the text replaced by a note. */
function redacted(message: OutboxMessage): string {
  const queued = JSON.parse(message.body) as QueuedMail;
  const mail: QueuedMail = {
    to: queued.to,
    subject: queued.subject,
    text: '(The text carried a secret link and is not kept once the e-mail is finished.)',
  };
  return JSON.stringify(mail);
}
