import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn, type Relation } from 'typeorm';
import { OrderStatus } from '@portal/domain';
import { Address } from './address.entity';
import { Company } from './company.entity';
import { Rfq } from './rfq.entity';
import { User } from './user.entity';
import {
  BooleanColumn,
  CurrencyColumn,
  DateColumn,
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  IntColumn,
  MoneyColumn,
  TextColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

export { OrderStatus };

export type OrderChannel = 'PORTAL' | 'PHONE' | 'EMAIL' | 'EDI' | 'PUNCHOUT' | 'API';

/**
 * An order in every state of its life: cart (DRAFT), quotation, sales order, ... The quote
 * fields describe the current quotation revision.
 */
@Entity('sales_order')
@Index(['companyId', 'status'])
// The `orders` list's sorts and filters within a company (keyset paging seeks along them; on
// both engines a secondary index ends with the primary key, so (companyId, createdAt) is
// (companyId, createdAt, id)): creation (the default sort), submission (that sort, the date
// filter), number (that sort, the number-prefix search), total, and a buyer's own orders.
@Index(['companyId', 'createdAt'])
@Index(['companyId', 'submittedAt'])
@Index(['companyId', 'number'])
@Index(['companyId', 'total'])
@Index(['companyId', 'createdById', 'createdAt'])
// The fulfilment queue (sort PRIORITY) across companies.
@Index(['priority', 'submittedAt'])
export class Order {
  @IdColumn()
  id: number;

  /** e.g. SO-000042; unique. */
  @Index({ unique: true })
  @VarcharColumn(32)
  number: string;

  @Index()
  @EnumColumn()
  status: OrderStatus;

  @Index()
  @EnumColumn()
  channel: OrderChannel;

  @ForeignKeyColumn()
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company>;

  @ForeignKeyColumn({ nullable: true })
  createdById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'createdById' })
  createdBy?: Relation<User> | null;

  /** The seller's salesperson in charge, if any. */
  @ForeignKeyColumn({ nullable: true })
  assignedToId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'assignedToId' })
  assignedTo?: Relation<User> | null;

  @CurrencyColumn()
  currencyCode: string;

  @Index()
  @VarcharColumn(64, { nullable: true })
  purchaseOrderNumber: string | null;

  @DateColumn({ nullable: true })
  requestedDeliveryDate: string | null;

  @TextColumn({ nullable: true })
  notes: string | null;

  @ForeignKeyColumn({ nullable: true })
  shippingAddressId: number | null;

  @ManyToOne(() => Address, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'shippingAddressId' })
  shippingAddress?: Relation<Address> | null;

  @MoneyColumn({ default: '0' })
  subtotal: string;

  /** The sum of the order's adjustments (portal discount, channel surcharge), before tax. */
  @MoneyColumn({ default: '0' })
  adjustmentTotal: string;

  @MoneyColumn({ default: '0' })
  taxTotal: string;

  @MoneyColumn({ default: '0' })
  total: string;

  /** A self-service order of a company with priority handling: listed first in fulfilment. */
  @BooleanColumn({ default: false })
  priority: boolean;

  /** On a reorder: the order this one was copied from. */
  @ForeignKeyColumn({ nullable: true })
  sourceOrderId: number | null;

  @ManyToOne(() => Order, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'sourceOrderId' })
  sourceOrder?: Relation<Order> | null;

  /** The request for quotation this quotation answers. */
  @ForeignKeyColumn({ nullable: true })
  rfqId: number | null;

  @ManyToOne(() => Rfq, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'rfqId' })
  rfq?: Relation<Rfq> | null;

  @Index()
  @TimestampColumn({ nullable: true })
  submittedAt: Date | null;

  @Index()
  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;

  /** Optimistic concurrency: TypeORM's save() increments it; query-builder updates must too. */
  @VersionColumn({ type: 'int' })
  version: number;

  // ---- current quotation (status QUOTATION and after acceptance)

  /** 0 until a quotation is sent; increments with each revision. */
  @IntColumn({ default: 0 })
  quoteRevision: number;

  @DateColumn({ nullable: true })
  quoteValidUntil: string | null;

  @TimestampColumn({ nullable: true })
  quoteSentAt: Date | null;

  @TimestampColumn({ nullable: true })
  quoteAcceptedAt: Date | null;

  @VarcharColumn(255, { nullable: true })
  quoteSignedByName: string | null;

  /** Hex SHA-256 of the quoted content the signer accepted. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  quoteContentHash: string | null;

  /** When the warehouse expects to ship what is still open (set while IN_PROGRESS). */
  @DateColumn({ nullable: true })
  expectedShipDate: string | null;

  /** When the customer confirmed the goods arrived (at most once). */
  @TimestampColumn({ nullable: true })
  receiptConfirmedAt: Date | null;
}
