import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { AccessGroup } from './access-group.entity';
import { Product } from './product.entity';
import { ForeignKeyColumn, IdColumn } from './columns';

/** Product ↔ access group restriction; a product without rows is visible to every customer. */
@Entity('product_access_group')
@Index(['productId', 'accessGroupId'], { unique: true })
export class ProductAccessGroup {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  productId: number;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product>;

  @ForeignKeyColumn()
  accessGroupId: number;

  @ManyToOne(() => AccessGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accessGroupId' })
  accessGroup?: Relation<AccessGroup>;
}
