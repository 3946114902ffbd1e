import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Company } from './company.entity';
import { BooleanColumn, ForeignKeyColumn, IdColumn, MoneyColumn, PercentColumn } from './columns';

/**
 * A company's self-service incentives and credit sharing, one row per company (none: all
 * unset). Each unset incentive falls back to the parent company's, then to the seller's default
 * from the configuration (PORTAL_ORDER_DISCOUNT_PERCENT, PHONE_ORDER_SURCHARGE, PORTAL_ORDER_PRIORITY).
 */
@Entity('company_settings')
export class CompanySettings {
  @IdColumn()
  id: number;

  @Index({ unique: true })
  @ForeignKeyColumn({ index: false })
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company>;

  /** Percent off portal orders. */
  @PercentColumn({ nullable: true })
  portalDiscountPercent: string | null;

  /** Added to phone and e-mail orders, in the company's currency. */
  @MoneyColumn({ nullable: true })
  phoneOrderSurcharge: string | null;

  /** The company's portal orders are handled first. */
  @BooleanColumn({ nullable: true })
  priorityHandling: boolean | null;

  /**
   * On a parent company: its credit limit is shared by it and its subsidiaries (their exposure
   * counted together, placements locked on the parent's row). Otherwise each company has its own.
   */
  @BooleanColumn({ default: false })
  sharedCreditLimit: boolean;

  /** The company's readers of its account get its statement by e-mail every night. */
  @BooleanColumn({ default: false })
  statementEmail: boolean;
}
