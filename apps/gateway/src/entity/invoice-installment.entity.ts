import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Invoice } from './invoice.entity';
import { DateColumn, ForeignKeyColumn, IdColumn, MoneyColumn } from './columns';

/** A share of an invoice due at its own date (installment payment terms). */
@Entity('invoice_installment')
export class InvoiceInstallment {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoiceId' })
  invoice?: Relation<Invoice>;

  @DateColumn()
  dueOn: string;

  @MoneyColumn()
  amount: string;
}
