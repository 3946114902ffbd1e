import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Order } from './order.entity';
import { User } from './user.entity';
import { ForeignKeyColumn, IdColumn, TimestampColumn } from './columns';

/**
 * Which of a user's drafts is their cart: one row per user (a unique key, so two tabs or two
 * gateway processes agree). A row whose order is no longer a DRAFT of the user counts as none.
 */
@Entity('active_cart')
export class ActiveCart {
  @IdColumn()
  id: number;

  @Index({ unique: true })
  @ForeignKeyColumn({ index: false })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  @ForeignKeyColumn()
  orderId: number;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orderId' })
  order?: Relation<Order>;

  @TimestampColumn()
  updatedAt: Date;
}
