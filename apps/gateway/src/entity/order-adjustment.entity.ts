import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { OrderAdjustmentKind } from '@portal/domain';
import { Order } from './order.entity';
import {
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  IntColumn,
  MoneyColumn,
  PercentColumn,
  VarcharColumn,
} from './columns';

/**
 * An order-level line of an order (the domain's orderIncentives): the portal-order discount
 * (negative) or the phone/e-mail surcharge, with the tax it adds or takes away. Rewritten with
 * the order's totals while it is a draft or quotation; fixed once the order is placed.
 */
@Entity('order_adjustment')
@Index(['orderId', 'position'])
export class OrderAdjustment {
  @IdColumn()
  id: number;

  @ForeignKeyColumn({ index: false })
  orderId: number;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orderId' })
  order?: Relation<Order>;

  @IntColumn()
  position: number;

  @EnumColumn()
  kind: OrderAdjustmentKind;

  @VarcharColumn(255)
  description: string;

  /** The discount percent a PORTAL_ORDER_DISCOUNT was computed at; null for a surcharge. */
  @PercentColumn({ nullable: true })
  percent: string | null;

  @MoneyColumn()
  amount: string;

  /** The rate it was taxed at; null for a discount spread over lines of several rates. */
  @PercentColumn({ nullable: true })
  taxRate: string | null;

  @MoneyColumn({ default: '0' })
  taxAmount: string;
}
