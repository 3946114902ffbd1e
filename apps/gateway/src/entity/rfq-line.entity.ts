import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Product } from './product.entity';
import { Rfq } from './rfq.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import { ForeignKeyColumn, IdColumn, IntColumn, MoneyColumn, QuantityColumn, VarcharColumn } from './columns';

/** A line of an RFQ: a catalog product or a free-text description. */
@Entity('rfq_line')
export class RfqLine {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  rfqId: number;

  @ManyToOne(() => Rfq, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rfqId' })
  rfq?: Relation<Rfq>;

  @IntColumn()
  position: number;

  @ForeignKeyColumn({ nullable: true })
  productId: number | null;

  @ManyToOne(() => Product, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product> | null;

  @VarcharColumn(512)
  description: string;

  @QuantityColumn()
  quantity: string;

  @ForeignKeyColumn({ nullable: true })
  unitId: number | null;

  @ManyToOne(() => UnitOfMeasure, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<UnitOfMeasure> | null;

  /** In the company's currency. */
  @MoneyColumn({ nullable: true })
  targetUnitPrice: string | null;
}
