import { Entity, Index } from 'typeorm';
import { IdColumn, RatioColumn, VarcharColumn } from './columns';

/** A unit of measure; units convert only within their category (count, volume, weight, ...). */
@Entity('unit_of_measure')
export class UnitOfMeasure {
  @IdColumn()
  id: number;

  @VarcharColumn(64)
  name: string;

  /** e.g. ea, cs, plt, gal. */
  @Index({ unique: true })
  @VarcharColumn(16)
  symbol: string;

  /** e.g. count, volume, weight. */
  @Index()
  @VarcharColumn(32)
  category: string;

  /** How many of the category's reference unit one of this unit is. */
  @RatioColumn()
  ratio: string;

  /** Quantities in this unit are rounded to a multiple of this. */
  @RatioColumn()
  rounding: string;
}
