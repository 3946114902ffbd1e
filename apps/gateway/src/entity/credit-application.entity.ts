import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Invoice } from './invoice.entity';
import { User } from './user.entity';
import { DateColumn, ForeignKeyColumn, IdColumn, MoneyColumn, TimestampColumn } from './columns';

/**
 * Open credit of a credit note applied to another invoice of the same company (credit on
 * account used): the credit note's amountPaid and the invoice's amountPaid both grow by `amount`.
 * The part of a credit note applied to its own invoice when it is issued is not a row here (it
 * is the credit note's amountPaid less its applications).
 */
@Entity('credit_application')
export class CreditApplication {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  creditNoteId: number;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'creditNoteId' })
  creditNote?: Relation<Invoice>;

  @ForeignKeyColumn()
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoiceId' })
  invoice?: Relation<Invoice>;

  @MoneyColumn()
  amount: string;

  /** The business date it was applied on (the aging counts it from then). */
  @Index()
  @DateColumn()
  appliedOn: string;

  @ForeignKeyColumn({ nullable: true })
  createdById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'createdById' })
  createdBy?: Relation<User> | null;

  @TimestampColumn()
  createdAt: Date;
}
