import { Entity, Index } from 'typeorm';
import { BooleanColumn, IdColumn, TimestampColumn, VarcharColumn } from './columns';

/** A place stock is kept: a warehouse. Exactly one is the default (receipts and backorders go there). */
@Entity('stock_location')
export class StockLocation {
  @IdColumn()
  id: number;

  @Index({ unique: true })
  @VarcharColumn(32)
  code: string;

  @VarcharColumn(128)
  name: string;

  @BooleanColumn({ default: false })
  isDefault: boolean;

  @TimestampColumn()
  createdAt: Date;
}
