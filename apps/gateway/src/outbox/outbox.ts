import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { OutboxMessage } from '../entity';
import type { OutgoingMail } from '../mail/mailer';
import type { EventType } from './event-types';
import type { MailAttachmentRef, QueuedMail } from './queued-mail';

/**
 * Writes e-mails to the outbox inside the caller's transaction: they exist exactly when the
 * change that caused them is committed, and a worker delivers them afterwards (a crash after the
 * commit loses nothing; a refusal that rolls back sends nothing).
 */
export async function enqueueMails(
  tx: RequestContext,
  eventType: EventType,
  mails: readonly (OutgoingMail | QueuedMail)[],
): Promise<void> {
  if (!tx.inTransaction) throw new Error('Outbox messages are written in the transaction of their change');
  if (mails.length === 0) return;
  const now = tx.now();
  await tx.db.getRepository(OutboxMessage).insert(
    mails.map((mail) => ({
      idempotencyKey: randomUUID(),
      channel: 'EMAIL' as const,
      eventType,
      recipient: mail.to,
      body: JSON.stringify(toQueued(mail)),
      status: 'PENDING' as const,
      attempts: 0,
      availableAt: now,
      lastError: null,
      webhookSubscriptionId: null,
      lastStatusCode: null,
      createdAt: now,
      finishedAt: null,
    })),
  );
  tx.runtime.outboxSignal?.wrote();
}

function toQueued(mail: OutgoingMail | QueuedMail): QueuedMail {
  const attachments: MailAttachmentRef[] = 'attach' in mail && mail.attach ? mail.attach : [];
  return { to: mail.to, subject: mail.subject, text: mail.text, attach: attachments };
}
