import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Invoice } from './invoice.entity';
import { OrderLine } from './order-line.entity';
import { Product } from './product.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import {
  ForeignKeyColumn,
  IdColumn,
  IntColumn,
  MoneyColumn,
  PercentColumn,
  QuantityColumn,
  VarcharColumn,
} from './columns';

/** A line of an invoice or credit note. */
@Entity('invoice_line')
export class InvoiceLine {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoiceId' })
  invoice?: Relation<Invoice>;

  @IntColumn()
  position: number;

  @ForeignKeyColumn({ nullable: true })
  orderLineId: number | null;

  @ManyToOne(() => OrderLine, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'orderLineId' })
  orderLine?: Relation<OrderLine> | null;

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

  @MoneyColumn()
  unitPrice: string;

  @MoneyColumn()
  lineTotal: string;

  @PercentColumn({ default: '0' })
  taxRate: string;

  @MoneyColumn({ default: '0' })
  taxAmount: string;
}
