import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Product } from './product.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import { BooleanColumn, ForeignKeyColumn, IdColumn, RatioColumn } from './columns';

/** A unit a product is sold in, with how many base units one of it holds (Case = 24 Each). */
@Entity('product_unit')
@Index(['productId', 'unitId'], { unique: true })
export class ProductUnit {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  productId: number;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product>;

  @ForeignKeyColumn()
  unitId: number;

  @ManyToOne(() => UnitOfMeasure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<UnitOfMeasure>;

  @RatioColumn()
  factor: string;

  @BooleanColumn({ default: false })
  isDefault: boolean;
}
