import { Entity, Index } from 'typeorm';
import { IdColumn, VarcharColumn } from './columns';

/** A product access group (e.g. restaurants, hospitals); the contract exposes its `code`. */
@Entity('access_group')
export class AccessGroup {
  @IdColumn()
  id: number;

  @Index({ unique: true })
  @VarcharColumn(64)
  code: string;

  @VarcharColumn(255)
  name: string;
}
