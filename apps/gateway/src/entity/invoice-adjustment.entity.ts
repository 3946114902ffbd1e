import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { AdjustmentColumns } from './adjustment-columns';
import { ForeignKeyColumn } from './columns';
import { Invoice } from './invoice.entity';

/** An order adjustment as invoiced: copied from the order with the tax it was invoiced at. */
@Entity('invoice_adjustment')
@Index(['invoiceId', 'position'])
export class InvoiceAdjustment extends AdjustmentColumns {
  @ForeignKeyColumn({ index: false })
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoiceId' })
  invoice?: Relation<Invoice>;
}
