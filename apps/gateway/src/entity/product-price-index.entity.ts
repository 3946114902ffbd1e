import { Entity, PrimaryColumn } from 'typeorm';
import { BooleanColumn, DecimalColumn } from './columns';

/**
 * The price a product sorts by under one pricelist, precomputed by the domain's pricing engine
 * (see service/catalog/price-index). Sparse: only products whose price differs from their list
 * price, or that are on request, have a row; a missing row means "the list price". Rows are
 * valid only together with the pricelist's fresh `price_index_state`.
 *
 * Why sparse: dense, 100k products × 500 pricelists are 50M rows to rebuild; sparse, a
 * pricelist costs rows only for the products its rules reprice. The price-sorted page joins
 * its rows by the primary key (pricelistId, productId) and orders by
 * COALESCE(sortPrice, listPrice), which the database sorts (no index can order a COALESCE),
 * keeping only the page (LIMIT) — the filtered set is sorted in SQL, never loaded.
 */
@Entity('product_price_index')
export class ProductPriceIndex {
  @PrimaryColumn({ type: 'int' })
  pricelistId: number;

  @PrimaryColumn({ type: 'int' })
  productId: number;

  /**
   * The unit price of one base unit at quantity 1, rounded to 10 decimals (on SQLite also to
   * the 15 significant digits it stores exactly); null when on request.
   */
  @DecimalColumn({ precision: 30, scale: 10, nullable: true })
  sortPrice: string | null;

  /** Priced by a cost-based rule while the product has no cost: "price on request". */
  @BooleanColumn({ default: false })
  onRequest: boolean;
}
