import { Entity, PrimaryColumn } from 'typeorm';
import { BooleanColumn, DateColumn, IntColumn, TimestampColumn } from './columns';

/**
 * Whether a pricelist's `product_price_index` may be used, shared by every process. A change
 * that moves prices (its rules, a pricelist it is based on, a product's list price, cost or
 * category, a category's parent) bumps `requestedVersion` in its own transaction; a build
 * records the version it read before reading its inputs. The index is fresh when
 * `builtVersion = requestedVersion` and today lies in [validFrom, validUntil): the dates between
 * which no rule of the pricelist's chain starts or ends.
 */
@Entity('price_index_state')
export class PriceIndexState {
  @PrimaryColumn({ type: 'int' })
  pricelistId: number;

  @IntColumn({ default: 0 })
  requestedVersion: number;

  /** The version the stored rows were computed from; null: never built. */
  @IntColumn({ nullable: true })
  builtVersion: number | null;

  /** First business date the rows are right for; null: since always. */
  @DateColumn({ nullable: true })
  validFrom: string | null;

  /** First business date they are no longer right for (a rule starts or ends); null: never. */
  @DateColumn({ nullable: true })
  validUntil: string | null;

  /** A process building the index holds it until then (compare-and-set claim); null: free. */
  @TimestampColumn({ nullable: true })
  leaseUntil: Date | null;

  @TimestampColumn({ nullable: true })
  builtAt: Date | null;

  /**
   * Whether the rows cover every product (dense) or only those not at their list price
   * (sparse). A build chooses dense when the pricelist reprices most products: then the
   * price-sorted page reads the index alone, where a sparse one would make it skip most
   * products to find the few left at their list price.
   */
  @BooleanColumn({ default: false })
  dense: boolean;
}
