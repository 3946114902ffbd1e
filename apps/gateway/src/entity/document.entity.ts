import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Company } from './company.entity';
import { Invoice } from './invoice.entity';
import { Order } from './order.entity';
import { Product } from './product.entity';
import { Rfq } from './rfq.entity';
import { Shipment } from './shipment.entity';
import { User } from './user.entity';
import { EnumColumn, ForeignKeyColumn, IdColumn, IntColumn, TimestampColumn, VarcharColumn } from './columns';

export type DocumentKind =
  | 'QUOTATION'
  | 'ORDER_CONFIRMATION'
  | 'DELIVERY_SLIP'
  | 'INVOICE'
  | 'CREDIT_NOTE'
  | 'STATEMENT'
  | 'CERTIFICATE_OF_ANALYSIS'
  | 'CERTIFICATE_OF_CONFORMANCE'
  | 'SAFETY_DATA_SHEET'
  | 'BILL_OF_LADING'
  | 'TAX_EXEMPTION_CERTIFICATE'
  | 'OTHER'
  | 'PRODUCT_IMAGE';

/**
 * A downloadable document. The bytes live in the content store on disk under `storageKey`;
 * `companyId` null with a `productId` is a public product certificate.
 */
@Entity('document')
export class Document {
  @IdColumn()
  id: number;

  @Index()
  @EnumColumn()
  kind: DocumentKind;

  @VarcharColumn(255)
  title: string;

  @ForeignKeyColumn({ nullable: true })
  companyId: number | null;

  @ManyToOne(() => Company, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company> | null;

  @ForeignKeyColumn({ nullable: true })
  productId: number | null;

  @ManyToOne(() => Product, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product> | null;

  @ForeignKeyColumn({ nullable: true })
  orderId: number | null;

  @ManyToOne(() => Order, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'orderId' })
  order?: Relation<Order> | null;

  @ForeignKeyColumn({ nullable: true })
  invoiceId: number | null;

  @ManyToOne(() => Invoice, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'invoiceId' })
  invoice?: Relation<Invoice> | null;

  @ForeignKeyColumn({ nullable: true })
  shipmentId: number | null;

  @ManyToOne(() => Shipment, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'shipmentId' })
  shipment?: Relation<Shipment> | null;

  @ForeignKeyColumn({ nullable: true })
  rfqId: number | null;

  @ManyToOne(() => Rfq, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'rfqId' })
  rfq?: Relation<Rfq> | null;

  @VarcharColumn(128)
  contentType: string;

  @IntColumn()
  byteSize: number;

  /** Hex SHA-256 of the bytes ('' while a generated document is not rendered yet). */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** Key of the bytes in the content store; '' while a generated document is not rendered yet. */
  @VarcharColumn(255)
  storageKey: string;

  /**
   * For a generated document: the version of its record it renders, e.g. `quotation:42:r3` or
   * `invoice:7`; unique, so one version is generated (and stored) once. Null for uploads.
   */
  @Index({ unique: true })
  @VarcharColumn(191, { nullable: true })
  versionKey: string | null;

  @ForeignKeyColumn({ nullable: true })
  createdById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'createdById' })
  createdBy?: Relation<User> | null;

  @TimestampColumn()
  createdAt: Date;
}
