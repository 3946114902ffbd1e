import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { OrderTemplate } from './order-template.entity';
import { Product } from './product.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import { ForeignKeyColumn, IdColumn, IntColumn, QuantityColumn } from './columns';

/** A line of an order template. */
@Entity('order_template_line')
export class OrderTemplateLine {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  templateId: number;

  @ManyToOne(() => OrderTemplate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'templateId' })
  template?: Relation<OrderTemplate>;

  @IntColumn()
  position: number;

  @ForeignKeyColumn()
  productId: number;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product>;

  @QuantityColumn()
  quantity: string;

  @ForeignKeyColumn()
  unitId: number;

  @ManyToOne(() => UnitOfMeasure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<UnitOfMeasure>;
}
