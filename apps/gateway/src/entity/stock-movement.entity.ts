import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { StockMovementKind } from '@portal/domain';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { Product } from './product.entity';
import { Shipment } from './shipment.entity';
import { StockLocation } from './stock-location.entity';
import { User } from './user.entity';
import {
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  QuantityColumn,
  TextColumn,
  TimestampColumn,
} from './columns';

/**
 * One row of the stock ledger (append-only): a receipt, an adjustment with its reason, a
 * reservation or release for an order line, or a shipment. Quantities in the product's base
 * unit; the figures after the movement are kept for the history.
 */
@Entity('stock_movement')
@Index(['productId', 'id'])
export class StockMovement {
  @IdColumn()
  id: number;

  @ForeignKeyColumn({ index: false })
  productId: number;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product>;

  @ForeignKeyColumn()
  locationId: number;

  @ManyToOne(() => StockLocation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locationId' })
  location?: Relation<StockLocation>;

  @EnumColumn()
  kind: StockMovementKind;

  /** Positive; signed for adjustments. */
  @QuantityColumn()
  quantity: string;

  @QuantityColumn()
  onHandAfter: string;

  @QuantityColumn()
  reservedAfter: string;

  @ForeignKeyColumn({ nullable: true })
  orderId: number | null;

  @ManyToOne(() => Order, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'orderId' })
  order?: Relation<Order> | null;

  @ForeignKeyColumn({ nullable: true })
  orderLineId: number | null;

  @ManyToOne(() => OrderLine, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'orderLineId' })
  orderLine?: Relation<OrderLine> | null;

  @ForeignKeyColumn({ nullable: true })
  shipmentId: number | null;

  @ManyToOne(() => Shipment, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'shipmentId' })
  shipment?: Relation<Shipment> | null;

  /** Why: the adjustment's reason, the receipt's note (supplier, delivery note). */
  @TextColumn({ nullable: true })
  reason: string | null;

  @ForeignKeyColumn({ nullable: true })
  createdById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'createdById' })
  createdBy?: Relation<User> | null;

  @TimestampColumn()
  createdAt: Date;
}
