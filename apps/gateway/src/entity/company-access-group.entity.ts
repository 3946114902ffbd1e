import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { AccessGroup } from './access-group.entity';
import { Company } from './company.entity';
import { ForeignKeyColumn, IdColumn } from './columns';

/** Company ↔ access group membership. */
@Entity('company_access_group')
@Index(['companyId', 'accessGroupId'], { unique: true })
export class CompanyAccessGroup {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company>;

  @ForeignKeyColumn()
  accessGroupId: number;

  @ManyToOne(() => AccessGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accessGroupId' })
  accessGroup?: Relation<AccessGroup>;
}
