import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { PriceBase, PriceComputation, PriceRuleScope } from '@portal/domain';
import { Category } from './category.entity';
import { Pricelist } from './pricelist.entity';
import { Product } from './product.entity';
import {
  DateColumn,
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  IntColumn,
  MoneyColumn,
  PercentColumn,
  QuantityColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

export type { PriceBase, PriceComputation, PriceRuleScope };

/** One rule of a pricelist (see the contract's `PricelistRule`); amounts are per base unit. */
@Entity('pricelist_rule')
@Index(['pricelistId', 'position'])
export class PricelistRule {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  pricelistId: number;

  @ManyToOne(() => Pricelist, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pricelistId' })
  pricelist?: Relation<Pricelist>;

  /** Order of the rules as saved. */
  @IntColumn()
  position: number;

  /** The seller's internal name of the rule ("at cost plus 18%"): staff only, never shown to buyers. */
  @VarcharColumn(255, { nullable: true })
  label: string | null;

  /** What buyers read at the start of the rule's price explanation ("Gold tier"); null: a neutral text. */
  @VarcharColumn(255, { nullable: true })
  customerText: string | null;

  @EnumColumn()
  scope: PriceRuleScope;

  @ForeignKeyColumn({ nullable: true })
  categoryId: number | null;

  @ManyToOne(() => Category, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'categoryId' })
  category?: Relation<Category> | null;

  @ForeignKeyColumn({ nullable: true })
  productId: number | null;

  @ManyToOne(() => Product, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product> | null;

  /** In the product's base unit. */
  @QuantityColumn({ default: '0' })
  minQuantity: string;

  @DateColumn({ nullable: true })
  validFrom: string | null;

  @DateColumn({ nullable: true })
  validTo: string | null;

  @EnumColumn()
  computation: PriceComputation;

  @MoneyColumn({ nullable: true })
  fixedPrice: string | null;

  @PercentColumn({ nullable: true })
  percentDiscount: string | null;

  @EnumColumn({ nullable: true })
  base: PriceBase | null;

  @ForeignKeyColumn({ nullable: true })
  basePricelistId: number | null;

  @ManyToOne(() => Pricelist, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'basePricelistId' })
  basePricelist?: Relation<Pricelist> | null;

  @PercentColumn({ nullable: true })
  formulaDiscountPercent: string | null;

  @MoneyColumn({ nullable: true })
  formulaSurcharge: string | null;

  @MoneyColumn({ nullable: true })
  formulaRounding: string | null;

  @MoneyColumn({ nullable: true })
  formulaMinMargin: string | null;

  @MoneyColumn({ nullable: true })
  formulaMaxMargin: string | null;

  /** "Among equal rules the one created last" wins: compare createdAt, then id. */
  @TimestampColumn()
  createdAt: Date;
}
