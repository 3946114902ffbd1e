import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Company } from './company.entity';
import { Order } from './order.entity';
import { User } from './user.entity';
import {
  DateColumn,
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  TextColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

export type RfqStatus =
  'SUBMITTED' | 'QUOTED' | 'CHANGES_REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'CANCELLED' | 'EXPIRED';

/** A buyer's request for quotation. */
@Entity('rfq')
@Index(['companyId', 'status'])
export class Rfq {
  @IdColumn()
  id: number;

  /** e.g. RFQ-000007; unique. */
  @Index({ unique: true })
  @VarcharColumn(32)
  number: string;

  @VarcharColumn(255)
  title: string;

  @Index()
  @EnumColumn()
  status: RfqStatus;

  @ForeignKeyColumn()
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company>;

  @ForeignKeyColumn()
  requestedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requestedById' })
  requestedBy?: Relation<User>;

  @DateColumn({ nullable: true })
  neededBy: string | null;

  @TextColumn({ nullable: true })
  notes: string | null;

  /** The seller's current quotation (an order in status QUOTATION or later). */
  @ForeignKeyColumn({ nullable: true })
  quotationOrderId: number | null;

  @ManyToOne(() => Order, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'quotationOrderId' })
  quotationOrder?: Relation<Order> | null;

  @Index()
  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
