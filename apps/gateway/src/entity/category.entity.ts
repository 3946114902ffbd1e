import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { ForeignKeyColumn, IdColumn, VarcharColumn } from './columns';

/** A catalog category; `parentId` makes the tree. */
@Entity('category')
export class Category {
  @IdColumn()
  id: number;

  @Index()
  @VarcharColumn(255)
  name: string;

  @ForeignKeyColumn({ nullable: true })
  parentId: number | null;

  @ManyToOne(() => Category, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parentId' })
  parent?: Relation<Category> | null;
}
