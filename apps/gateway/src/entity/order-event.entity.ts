import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Order, type OrderStatus } from './order.entity';
import { User } from './user.entity';
import { EnumColumn, ForeignKeyColumn, IdColumn, TextColumn, TimestampColumn } from './columns';

/** e.g. STATUS_CHANGED, QUOTE_SENT, CHANGES_REQUESTED, COMMENT, ISSUE_REPORTED, RECEIPT_CONFIRMED. */
export type OrderEventKind = string;

/** The history of an order. */
@Entity('order_event')
export class OrderEvent {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  orderId: number;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orderId' })
  order?: Relation<Order>;

  @TimestampColumn()
  at: Date;

  /** The order's status after the event. */
  @EnumColumn()
  status: OrderStatus;

  @ForeignKeyColumn({ nullable: true })
  actorId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actorId' })
  actor?: Relation<User> | null;

  @EnumColumn()
  kind: OrderEventKind;

  @TextColumn({ nullable: true })
  message: string | null;

  /** The message without contract figures, for readers without PRICES_CONTRACT; null: the same. */
  @TextColumn({ nullable: true })
  redactedMessage: string | null;
}
