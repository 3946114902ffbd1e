import { pageRequest, type Connection } from '../../common/connection';
import type { RequestContext } from '../../context';
import { OutboxMessage, type OutboxStatus } from '../../entity';
import type { QueuedMail } from '../../outbox/queued-mail';
import { pageOf } from '../support/paging';

/** The outbox as staff read it: what was given up (or is still waiting, or went out), newest first. */
export class OutboxMessageService {
  list(
    ctx: RequestContext,
    args: { status: OutboxStatus; first: number; after: string | null },
  ): Promise<Connection<OutboxMessage>> {
    const query = ctx.readDb
      .getRepository(OutboxMessage)
      .createQueryBuilder('message')
      .where('message.status = :status', { status: args.status })
      .orderBy('message.id', 'DESC');
    return pageOf(ctx, query, pageRequest(args.first, args.after));
  }

  /**
   * The subject line of an e-mail message; a webhook delivery (whose body is the event, with no
   * subject) is named by its event type.
   */
  subjectOf(message: OutboxMessage): string {
    if (message.channel === 'WEBHOOK') return `Webhook ${message.eventType}`;
    return (JSON.parse(message.body) as QueuedMail).subject;
  }
}
