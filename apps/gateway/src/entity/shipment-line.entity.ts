import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { OrderLine } from './order-line.entity';
import { Shipment } from './shipment.entity';
import { ForeignKeyColumn, IdColumn, QuantityColumn } from './columns';

/** What a shipment carries of an order line: in the line's unit and in base units. */
@Entity('shipment_line')
export class ShipmentLine {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  shipmentId: number;

  @ManyToOne(() => Shipment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shipmentId' })
  shipment?: Relation<Shipment>;

  @ForeignKeyColumn()
  orderLineId: number;

  @ManyToOne(() => OrderLine, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orderLineId' })
  orderLine?: Relation<OrderLine>;

  @QuantityColumn()
  quantity: string;

  @QuantityColumn()
  baseQuantity: string;
}
