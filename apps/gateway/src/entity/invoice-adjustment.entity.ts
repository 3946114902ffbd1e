import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { OrderAdjustmentKind } from '@portal/domain';
import { Invoice } from './invoice.entity';
import {
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  IntColumn,
  MoneyColumn,
  PercentColumn,
  VarcharColumn,
} from './columns';

/** An order adjustment as invoiced: copied from the order with the tax it was invoiced at. */
@Entity('invoice_adjustment')
@Index(['invoiceId', 'position'])
export class InvoiceAdjustment {
  @IdColumn()
  id: number;

  @ForeignKeyColumn({ index: false })
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoiceId' })
  invoice?: Relation<Invoice>;

  @IntColumn()
  position: number;

  @EnumColumn()
  kind: OrderAdjustmentKind;

  @VarcharColumn(255)
  description: string;

  /** The discount percent a PORTAL_ORDER_DISCOUNT was computed at; null for a surcharge. */
  @PercentColumn({ nullable: true })
  percent: string | null;

  @MoneyColumn()
  amount: string;

  /** The rate it was taxed at; null for a discount spread over lines of several rates. */
  @PercentColumn({ nullable: true })
  taxRate: string | null;

  @MoneyColumn({ default: '0' })
  taxAmount: string;
}
