import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { StoredInvoiceStatus } from '@portal/domain';
import { Company } from './company.entity';
import { Order } from './order.entity';
import { PaymentTerm } from './payment-term.entity';
import { User } from './user.entity';
import {
  CurrencyColumn,
  DateColumn,
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  MoneyColumn,
  PercentColumn,
  TextColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

export type InvoiceKind = 'INVOICE' | 'CREDIT_NOTE';
/** Stored statuses; OVERDUE is derived (OPEN and past dueOn), never stored. */
export type { StoredInvoiceStatus };

/**
 * An invoice or credit note. Amounts of a credit note are positive; `kind` gives the sign.
 * amountDue = total - amountPaid.
 */
@Entity('invoice')
@Index(['companyId', 'status'])
// The `invoices` list within a company: newest issued first (keyset paging seeks along
// (companyId, issuedOn, id)), and the OVERDUE / OPEN filters (status and due date).
@Index(['companyId', 'issuedOn'])
@Index(['companyId', 'status', 'dueOn'])
export class Invoice {
  @IdColumn()
  id: number;

  /** e.g. INV-000123 or CN-000004; unique. */
  @Index({ unique: true })
  @VarcharColumn(32)
  number: string;

  @Index()
  @EnumColumn()
  kind: InvoiceKind;

  @Index()
  @EnumColumn()
  status: StoredInvoiceStatus;

  @ForeignKeyColumn()
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company>;

  @ForeignKeyColumn({ nullable: true })
  orderId: number | null;

  @ManyToOne(() => Order, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'orderId' })
  order?: Relation<Order> | null;

  /** For a credit note: the invoice it credits. */
  @ForeignKeyColumn({ nullable: true })
  creditedInvoiceId: number | null;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'creditedInvoiceId' })
  creditedInvoice?: Relation<Invoice> | null;

  /** For a credit note: why it was issued. */
  @TextColumn({ nullable: true })
  reason: string | null;

  @Index()
  @DateColumn({ nullable: true })
  issuedOn: string | null;

  @Index()
  @DateColumn({ nullable: true })
  dueOn: string | null;

  @CurrencyColumn()
  currencyCode: string;

  @MoneyColumn()
  subtotal: string;

  @MoneyColumn()
  taxTotal: string;

  @MoneyColumn()
  total: string;

  /** Payments, discounts taken and credits applied so far. */
  @MoneyColumn({ default: '0' })
  amountPaid: string;

  @ForeignKeyColumn({ nullable: true })
  paymentTermId: number | null;

  @ManyToOne(() => PaymentTerm, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'paymentTermId' })
  paymentTerm?: Relation<PaymentTerm> | null;

  @PercentColumn({ nullable: true })
  earlyPaymentDiscountPercent: string | null;

  @DateColumn({ nullable: true })
  earlyPaymentDiscountDeadline: string | null;

  /** Printed on invoices of tax-exempt companies. */
  @VarcharColumn(512, { nullable: true })
  taxExemptionText: string | null;

  @ForeignKeyColumn({ nullable: true })
  createdById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'createdById' })
  createdBy?: Relation<User> | null;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
