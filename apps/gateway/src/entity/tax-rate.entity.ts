import { Entity, Index } from 'typeorm';
import { IdColumn, PercentColumn, VarcharColumn } from './columns';

/** The tax rate of a product tax class, e.g. STANDARD 7.2500 %. */
@Entity('tax_rate')
export class TaxRate {
  @IdColumn()
  id: number;

  @Index({ unique: true })
  @VarcharColumn(32)
  taxClass: string;

  @VarcharColumn(128)
  name: string;

  @PercentColumn()
  rate: string;
}
