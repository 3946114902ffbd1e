import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { AdjustmentColumns } from './adjustment-columns';
import { ForeignKeyColumn } from './columns';
import { Order } from './order.entity';

/**
 * An order-level line of an order: the portal-order discount (negative) or the phone/e-mail
 * surcharge, with the tax it adds or takes away. Rewritten with the order's totals while it is a
 * draft or quotation; fixed once the order is placed.
 */
@Entity('order_adjustment')
@Index(['orderId', 'position'])
export class OrderAdjustment extends AdjustmentColumns {
  @ForeignKeyColumn({ index: false })
  orderId: number;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orderId' })
  order?: Relation<Order>;
}
