import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Order } from './order.entity';
import { PricelistRule } from './pricelist-rule.entity';
import { Product } from './product.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import {
  ForeignKeyColumn,
  IdColumn,
  IntColumn,
  MoneyColumn,
  PercentColumn,
  QuantityColumn,
  TextColumn,
  VarcharColumn,
} from './columns';

/** A line of an order; sku and description are copied so the line survives catalog changes. */
@Entity('order_line')
@Index(['orderId', 'position'])
// Search of orders by SKU or product: the matching orders' ids straight from the index.
@Index(['sku', 'orderId'])
@Index(['productId', 'orderId'])
export class OrderLine {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  orderId: number;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orderId' })
  order?: Relation<Order>;

  @IntColumn()
  position: number;

  @ForeignKeyColumn({ nullable: true })
  productId: number | null;

  @ManyToOne(() => Product, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product> | null;

  @VarcharColumn(64)
  sku: string;

  @VarcharColumn(512)
  description: string;

  @QuantityColumn()
  quantity: string;

  @ForeignKeyColumn()
  unitId: number;

  @ManyToOne(() => UnitOfMeasure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<UnitOfMeasure>;

  /** The same quantity in the product's base unit. */
  @QuantityColumn()
  baseQuantity: string;

  /** Price of one `unit`. */
  @MoneyColumn()
  unitPrice: string;

  @MoneyColumn()
  lineTotal: string;

  /** On a reorder: the unit price on the source order. */
  @MoneyColumn({ nullable: true })
  previousUnitPrice: string | null;

  @PercentColumn({ default: '0' })
  taxRate: string;

  @MoneyColumn({ default: '0' })
  taxAmount: string;

  /** The pricelist rule that produced the price, if any. */
  @ForeignKeyColumn({ nullable: true })
  priceRuleId: number | null;

  @ManyToOne(() => PricelistRule, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'priceRuleId' })
  priceRule?: Relation<PricelistRule> | null;

  /** Shipped so far, in the line's unit. */
  @QuantityColumn({ default: '0' })
  shippedQuantity: string;

  /** Given up after part of the order shipped (the rest of a backorder), in the line's unit. */
  @QuantityColumn({ default: '0' })
  cancelledQuantity: string;

  /** The part not covered by available stock when the order was placed, in base units. */
  @QuantityColumn({ default: '0' })
  backorderedBaseQuantity: string;

  /** Human-readable explanation of the price computation. */
  @TextColumn({ nullable: true })
  priceExplanation: string | null;
}
