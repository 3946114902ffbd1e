import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Company } from './company.entity';
import { User } from './user.entity';
import { BooleanColumn, ForeignKeyColumn, IdColumn, TimestampColumn, VarcharColumn } from './columns';

/** A saved shopping list; shared ones are visible to everyone in the company who may draft orders. */
@Entity('order_template')
export class OrderTemplate {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  companyId: number;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company>;

  @ForeignKeyColumn()
  ownerId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ownerId' })
  owner?: Relation<User>;

  @VarcharColumn(255)
  name: string;

  @BooleanColumn({ default: false })
  shared: boolean;

  @TimestampColumn({ nullable: true })
  lastUsedAt: Date | null;

  @TimestampColumn()
  createdAt: Date;
}
