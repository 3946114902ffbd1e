import { Entity, Index } from 'typeorm';
import {
  BooleanColumn,
  CurrencyColumn,
  IdColumn,
  IntColumn,
  PercentColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

/** A pricelist; companies point at one, its rules give their contract prices. */
@Entity('pricelist')
export class Pricelist {
  @IdColumn()
  id: number;

  @Index()
  @VarcharColumn(255)
  name: string;

  @CurrencyColumn()
  currencyCode: string;

  /** Contract-price viewers also see catalog (list) prices as compare-at prices. */
  @BooleanColumn({ default: false })
  showsCatalogPrices: boolean;

  /** Decimals of its unit prices (2 to 4): a line's unit price is rounded to it once, when priced. */
  @IntColumn({ default: 4 })
  pricePrecision: number;

  /** Extra discount for orders placed through the portal, if any. */
  @PercentColumn({ nullable: true })
  portalDiscountPercent: string | null;

  /**
   * Counts the saves of the pricelist (its fields and rules change only by a save): the sum over
   * all pricelists is the version of every compiled pricing engine (CompiledPricingCache).
   */
  @IntColumn({ default: 0 })
  revision: number;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
