import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Order } from './order.entity';
import { DateColumn, ForeignKeyColumn, IdColumn, TimestampColumn, VarcharColumn } from './columns';

/** A shipment of an order. */
@Entity('shipment')
export class Shipment {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  orderId: number;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orderId' })
  order?: Relation<Order>;

  @VarcharColumn(128, { nullable: true })
  carrier: string | null;

  @Index()
  @VarcharColumn(128, { nullable: true })
  trackingNumber: string | null;

  @VarcharColumn(1024, { nullable: true })
  trackingUrl: string | null;

  @VarcharColumn(128, { nullable: true })
  billOfLadingNumber: string | null;

  @DateColumn({ nullable: true })
  expectedShipDate: string | null;

  @TimestampColumn({ nullable: true })
  shippedAt: Date | null;

  @TimestampColumn({ nullable: true })
  deliveredAt: Date | null;

  @TimestampColumn()
  createdAt: Date;
}
