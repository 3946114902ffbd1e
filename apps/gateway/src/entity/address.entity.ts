import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Company } from './company.entity';
import { BooleanColumn, ForeignKeyColumn, IdColumn, VarcharColumn } from './columns';

/** A company's address: a ship-to, its billing office, or both. */
@Entity('address')
export class Address {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company>;

  @VarcharColumn(128, { nullable: true })
  label: string | null;

  @VarcharColumn(255)
  line1: string;

  @VarcharColumn(255, { nullable: true })
  line2: string | null;

  @VarcharColumn(128)
  city: string;

  @VarcharColumn(128, { nullable: true })
  region: string | null;

  @VarcharColumn(32)
  postalCode: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'varchar', length: 2 })
  countryCode: string;

  /** Where new orders ship to (one per company). */
  @BooleanColumn({ default: false })
  isDefaultShipping: boolean;

  /** What invoices and statements are addressed to (one per company). */
  @BooleanColumn({ default: false })
  isDefaultBilling: boolean;
}
