import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Order } from './order.entity';
import { User } from './user.entity';
import { EnumColumn, ForeignKeyColumn, IdColumn, TextColumn, TimestampColumn } from './columns';

export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** An approval request of an order; the latest one per order is the order's `approval`. */
@Entity('approval')
export class Approval {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  orderId: number;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orderId' })
  order?: Relation<Order>;

  @Index()
  @EnumColumn()
  status: ApprovalStatus;

  /** Why approval was required. */
  @TextColumn()
  reason: string;

  /** The reason without contract figures, for readers without PRICES_CONTRACT; null: the same. */
  @TextColumn({ nullable: true })
  redactedReason: string | null;

  @ForeignKeyColumn({ nullable: true })
  requestedById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'requestedById' })
  requestedBy?: Relation<User> | null;

  @ForeignKeyColumn({ nullable: true })
  decidedById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'decidedById' })
  decidedBy?: Relation<User> | null;

  @TimestampColumn({ nullable: true })
  decidedAt: Date | null;

  @TextColumn({ nullable: true })
  comment: string | null;

  @TimestampColumn()
  createdAt: Date;
}
