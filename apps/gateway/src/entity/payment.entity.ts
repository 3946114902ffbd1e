import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Company } from './company.entity';
import { User } from './user.entity';
import {
  CurrencyColumn,
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  MoneyColumn,
  TextColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

export type PaymentMethod = 'CARD' | 'ACH' | 'WIRE' | 'CHECK';
/** CANCELLED: an announced bank transfer that accounting cancelled (it never arrived). */
export type PaymentStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'REFUNDED' | 'CANCELLED';

/** A payment by a company, allocated to one or more invoices. */
@Entity('payment')
export class Payment {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company>;

  /** The amount of money received (excluding discounts taken). */
  @MoneyColumn()
  amount: string;

  @CurrencyColumn()
  currencyCode: string;

  @EnumColumn()
  method: PaymentMethod;

  @Index()
  @EnumColumn()
  status: PaymentStatus;

  /** The payer's reference, e.g. a check number. */
  @VarcharColumn(128, { nullable: true })
  reference: string | null;

  /** Payment provider name, e.g. "fake", "stripe"; null for payments recorded by staff. */
  @VarcharColumn(32, { nullable: true })
  provider: string | null;

  @Index()
  @VarcharColumn(128, { nullable: true })
  providerReference: string | null;

  /** The key the payment was made with (sent to the provider too). */
  @Index()
  @VarcharColumn(128, { nullable: true })
  idempotencyKey: string | null;

  @Index()
  @TimestampColumn({ nullable: true })
  paidAt: Date | null;

  /** Total early payment discount taken over the allocations. */
  @MoneyColumn({ nullable: true })
  discountTaken: string | null;

  /** For WIRE/ACH/CHECK: how to pay. */
  @TextColumn({ nullable: true })
  remittanceInstructions: string | null;

  @ForeignKeyColumn({ nullable: true })
  createdById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'createdById' })
  createdBy?: Relation<User> | null;

  @TimestampColumn()
  createdAt: Date;
}
