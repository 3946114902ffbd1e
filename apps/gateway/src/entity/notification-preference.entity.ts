import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { User } from './user.entity';
import { BooleanColumn, EnumColumn, ForeignKeyColumn, IdColumn, TimestampColumn } from './columns';

/** The e-mail categories a user may turn off (security mails — invitations, password resets — are not among them). */
export type NotificationCategory =
  'ORDERS' | 'APPROVALS' | 'QUOTES' | 'SHIPMENTS' | 'INVOICES' | 'STATEMENTS';

/**
 * Whether a user gets the e-mails of a category; no row: they do. Read by the outbox worker when
 * it delivers, so a change made after an e-mail was written still applies to it.
 */
@Entity('notification_preference')
@Index(['userId', 'category'], { unique: true })
export class NotificationPreference {
  @IdColumn()
  id: number;

  @ForeignKeyColumn({ index: false })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  @EnumColumn()
  category: NotificationCategory;

  @BooleanColumn()
  enabled: boolean;

  @TimestampColumn()
  updatedAt: Date;
}
