import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';

export enum OutboxMessageStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(OutboxMessageStatus, {
  name: 'OutboxMessageStatus',
  description:
    'PENDING until delivered (SENT), given up after the configured time (FAILED), or not delivered because the recipient turned its category off (SKIPPED).',
});

@ObjectType('OutboxMessage', {
  description:
    'A message of the transactional outbox (an e-mail or a webhook delivery), written with the change that caused it and delivered by a worker.',
})
export class OutboxMessageType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'The business event that caused it, e.g. order.confirmed.' })
  eventType: string;
  @Field(() => String, { description: 'EMAIL or WEBHOOK.' }) channel: string;
  @Field(() => String, { description: 'The e-mail address (or webhook URL) it goes to.' })
  recipient: string;
  @Field(() => String, { description: 'The e-mail\'s subject; for a webhook, "Webhook <event type>".' })
  subject: string;
  @Field(() => OutboxMessageStatus) status: OutboxMessageStatus;
  @Field(() => Int, { description: 'Delivery attempts begun so far.' }) attempts: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The next attempt, while PENDING.' })
  nextAttemptAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was delivered or given up.' })
  finishedAt: Date | null;
}
