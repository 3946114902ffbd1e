import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { connectionTypes, type Connection } from '../common/connection';
import { toGlobalId } from '../common/node-id';
import type { RequestContext } from '../context';
import type { OutboxMessage } from '../entity';
import type { Services } from '../service/services';
import { OutboxMessageStatus, OutboxMessageType } from './types/outbox.type';

export const { ConnectionType: OutboxMessageConnection } = connectionTypes(
  OutboxMessageType,
  'OutboxMessage',
);

/** The outbox for staff: e-mails given up after their retries, or still waiting. */
@Resolver()
export class OutboxResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.CUSTOMERS_MANAGE)
  @Query(() => OutboxMessageConnection, {
    description:
      'Messages of the outbox in a status (default FAILED: given up after their retries), newest first (first at most 100). Requires CUSTOMERS_MANAGE.',
  })
  async outboxMessages(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => OutboxMessageStatus, { nullable: true, defaultValue: OutboxMessageStatus.FAILED })
    status: OutboxMessageStatus,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<Connection<OutboxMessageType>> {
    const page = await this.services.outboxMessages.list(ctx, { status, first, after });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.toType(e.node) })) };
  }

  private toType(message: OutboxMessage): OutboxMessageType {
    return Object.assign(new OutboxMessageType(), {
      id: toGlobalId('OutboxMessage', message.id),
      eventType: message.eventType,
      channel: message.channel,
      recipient: message.recipient,
      subject: this.services.outboxMessages.subjectOf(message),
      status: message.status as OutboxMessageStatus,
      attempts: message.attempts,
      lastError: message.lastError,
      createdAt: message.createdAt,
      nextAttemptAt: message.status === 'PENDING' ? message.availableAt : null,
      finishedAt: message.finishedAt,
    });
  }
}
