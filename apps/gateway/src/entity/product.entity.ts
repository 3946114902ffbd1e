import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { AvailabilityPolicy } from '@portal/domain';
import { Category } from './category.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import {
  BooleanColumn,
  DateColumn,
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  IntColumn,
  MoneyColumn,
  QuantityColumn,
  TextColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

export { AvailabilityPolicy };

/** A catalog product. Prices, stock and quantities are per base unit (stock: stock_level and its ledger). */
@Entity('product')
/**
 * Full-text search over sku, name and description, made by hand-written migrations (MySQL/MariaDB:
 * this FULLTEXT index; SQLite: the FTS5 table product_fts with its triggers), so never synchronised.
 */
@Index('FT_product_search', { synchronize: false })
export class Product {
  @IdColumn()
  id: number;

  @Index({ unique: true })
  @VarcharColumn(64)
  sku: string;

  @Index()
  @VarcharColumn(255)
  name: string;

  @TextColumn({ nullable: true })
  description: string | null;

  @ForeignKeyColumn({ nullable: true })
  categoryId: number | null;

  @ManyToOne(() => Category, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'categoryId' })
  category?: Relation<Category> | null;

  @ForeignKeyColumn()
  baseUnitId: number;

  @ManyToOne(() => UnitOfMeasure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'baseUnitId' })
  baseUnit?: Relation<UnitOfMeasure>;

  /**
   * Catalog price per base unit, in the seller's currency. Indexed: the PRICE sort by list price
   * (and the list-priced part of a contract-price sort) walks it in order and stops at the page.
   */
  @Index()
  @MoneyColumn()
  listPrice: string;

  @MoneyColumn({ nullable: true })
  cost: string | null;

  @QuantityColumn({ nullable: true })
  minimumOrderQuantity: string | null;

  @QuantityColumn({ nullable: true })
  orderMultiple: string | null;

  @Index()
  @BooleanColumn({ default: true })
  published: boolean;

  /** At or below this (but above zero) the product shows LOW_STOCK. */
  @QuantityColumn({ nullable: true })
  lowStockThreshold: string | null;

  @EnumColumn({ default: 'SHOW_UNAVAILABLE' })
  availabilityPolicy: AvailabilityPolicy;

  @DateColumn({ nullable: true })
  restockDate: string | null;

  @IntColumn({ nullable: true })
  leadTimeDays: number | null;

  /** Key into `tax_rate.taxClass`. */
  @VarcharColumn(32, { default: 'STANDARD' })
  taxClass: string;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
