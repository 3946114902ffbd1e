import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Company } from './company.entity';
import { Invoice } from './invoice.entity';
import { Payment } from './payment.entity';
import { User } from './user.entity';
import {
  CurrencyColumn,
  DateColumn,
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  MoneyColumn,
  TextColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

/** SUCCEEDED: the provider gave the money back; PENDING: it will (the credit is spent either way). */
export type RefundStatus = 'SUCCEEDED' | 'PENDING';

/**
 * Open credit of a credit note paid back to the customer through the card payment it came with
 * (refundPayment): the credit note's amountPaid grows by `amount` (its open credit shrinks), the
 * payment's refundable amount shrinks by it; the statement shows it as a debit (REFUND).
 */
@Entity('refund')
export class Refund {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company>;

  @ForeignKeyColumn()
  paymentId: number;

  @ManyToOne(() => Payment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'paymentId' })
  payment?: Relation<Payment>;

  @ForeignKeyColumn()
  creditNoteId: number;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'creditNoteId' })
  creditNote?: Relation<Invoice>;

  @MoneyColumn()
  amount: string;

  @CurrencyColumn()
  currencyCode: string;

  @EnumColumn()
  status: RefundStatus;

  /** The provider's name, as on the payment (e.g. "test-card"). */
  @VarcharColumn(32)
  provider: string;

  /** The provider's id of the refund (e.g. a Stripe re_… id); null when it gave none. */
  @Index()
  @VarcharColumn(128, { nullable: true })
  providerReference: string | null;

  @TextColumn()
  reason: string;

  /** The business date of the refund (the statement shows it then). */
  @Index()
  @DateColumn()
  refundedOn: string;

  @ForeignKeyColumn({ nullable: true })
  createdById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'createdById' })
  createdBy?: Relation<User> | null;

  @TimestampColumn()
  createdAt: Date;
}
