import { Entity, Index } from 'typeorm';
import { IdColumn, PercentColumn, VarcharColumn } from './columns';

/**
 * The rate of a product tax class at a place, e.g. STANDARD in US-CA 7.2500 %. `countryCode` ''
 * is every country, `region` '' the whole country; the most specific rate matching an order's
 * ship-to applies (domain `ratesForDestination`). A tax class exists by having rates.
 */
@Entity('tax_rate')
@Index('UQ_tax_rate_class_place', ['taxClass', 'countryCode', 'region'], { unique: true })
export class TaxRate {
  @IdColumn()
  id: number;

  @VarcharColumn(32)
  taxClass: string;

  @VarcharColumn(128)
  name: string;

  @VarcharColumn(2, { default: '' })
  countryCode: string;

  @VarcharColumn(64, { default: '' })
  region: string;

  @PercentColumn()
  rate: string;
}
