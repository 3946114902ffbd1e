import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Document } from './document.entity';
import { PaymentTerm } from './payment-term.entity';
import { Pricelist } from './pricelist.entity';
import {
  BooleanColumn,
  CurrencyColumn,
  DateColumn,
  ForeignKeyColumn,
  IdColumn,
  IntColumn,
  MoneyColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

/** A customer company (account); `parentId` makes account hierarchies. */
@Entity('company')
export class Company {
  @IdColumn()
  id: number;

  @Index()
  @VarcharColumn(255)
  name: string;

  @ForeignKeyColumn({ nullable: true })
  parentId: number | null;

  @ManyToOne(() => Company, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'parentId' })
  parent?: Relation<Company> | null;

  @ForeignKeyColumn({ nullable: true })
  pricelistId: number | null;

  @ManyToOne(() => Pricelist, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'pricelistId' })
  pricelist?: Relation<Pricelist> | null;

  @ForeignKeyColumn({ nullable: true })
  paymentTermId: number | null;

  @ManyToOne(() => PaymentTerm, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'paymentTermId' })
  paymentTerm?: Relation<PaymentTerm> | null;

  @CurrencyColumn()
  currencyCode: string;

  @MoneyColumn({ nullable: true })
  creditLimit: string | null;

  @MoneyColumn({ nullable: true })
  minimumOrderValue: string | null;

  @BooleanColumn({ default: false })
  taxExempt: boolean;

  /** Certificate reference printed on invoices of a tax-exempt company. */
  @VarcharColumn(255, { nullable: true })
  taxExemptionCertificate: string | null;

  /** First day the exemption certificate holds (null: since always). */
  @DateColumn({ nullable: true })
  taxExemptionValidFrom: string | null;

  /** Last day the exemption certificate holds (null: no end); after it the company is taxed. */
  @DateColumn({ nullable: true })
  taxExemptionValidUntil: string | null;

  /** The scanned certificate, kept in the documents store. */
  @ForeignKeyColumn({ nullable: true })
  taxExemptionDocumentId: number | null;

  @ManyToOne(() => Document, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'taxExemptionDocumentId' })
  taxExemptionDocument?: Relation<Document> | null;

  /** Orders are placed only with the customer's purchase order number. */
  @BooleanColumn({ default: false })
  requiresPurchaseOrderNumber: boolean;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;

  /**
   * Written by every transaction that reads the company's credit exposure and then places an
   * order (OrderPlacementService.lockCredit): the write locks the row, and on a Galera cluster
   * it makes two such transactions on different nodes conflict at certification, so one of
   * them runs again and counts the other's order (a SELECT … FOR UPDATE locks one node only).
   */
  @IntColumn({ default: 0 })
  creditVersion: number;
}
