import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Category } from './category.entity';
import { Company } from './company.entity';
import { ForeignKeyColumn, IdColumn, IntColumn, MoneyColumn } from './columns';

/** One approval rule of a company; any matching rule sends a buyer's order for approval. */
@Entity('company_approval_rule')
export class CompanyApprovalRule {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company>;

  /** In the company's currency. */
  @MoneyColumn({ nullable: true })
  orderTotalAbove: string | null;

  @IntColumn({ nullable: true })
  lineCountAbove: number | null;

  @ForeignKeyColumn({ nullable: true })
  categoryId: number | null;

  @ManyToOne(() => Category, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'categoryId' })
  category?: Relation<Category> | null;
}
