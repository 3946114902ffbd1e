import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Product } from './product.entity';
import { StockLocation } from './stock-location.entity';
import { ForeignKeyColumn, IdColumn, QuantityColumn, TimestampColumn } from './columns';

/**
 * The current figures of a product at a location, in its base unit: the sum of its ledger
 * (stock_movement), written in the same transaction as each movement under a row lock, so
 * reading availability is one indexed read.
 */
@Entity('stock_level')
@Index(['productId', 'locationId'], { unique: true })
export class StockLevel {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  productId: number;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product>;

  @ForeignKeyColumn()
  locationId: number;

  @ManyToOne(() => StockLocation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locationId' })
  location?: Relation<StockLocation>;

  @QuantityColumn({ default: '0' })
  onHand: string;

  /** Promised to placed orders, not shipped yet (may exceed on hand: backorders). */
  @QuantityColumn({ default: '0' })
  reserved: string;

  @TimestampColumn()
  updatedAt: Date;
}
