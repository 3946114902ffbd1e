import { Entity, Index, PrimaryColumn } from 'typeorm';
import { BooleanColumn, DecimalColumn } from './columns';

/**
 * The price a product sorts by under one pricelist, precomputed by the domain's pricing engine
 * (see service/catalog/price-index). Rows are valid only together with the pricelist's fresh
 * `price_index_state`, which also says whether they are dense or sparse:
 * - sparse (a pricelist that reprices few products): only products whose price differs from
 *   their list price, or that are on request, have a row; a missing row means "the list price";
 * - dense (one that reprices most, e.g. a discount on everything): every product has a row.
 *
 * The price-sorted page (CatalogService) reads rows in the order of IDX_price_index_sort
 * (pricelist, onRequest, sortPrice, productId) joined to their visible products, and, when
 * sparse, the list-priced rest in the order of the product's listPrice index, each only up to
 * the page's end, and merges the two: the database reads about a page whatever the size of the
 * catalog; nothing is sorted in full, in SQL or in memory. Sparse where it can be keeps the
 * rows down (a pricelist costs rows for the products it reprices); dense where sparse would make
 * the list-priced walk skip most products.
 */
@Entity('product_price_index')
@Index('IDX_price_index_sort', ['pricelistId', 'onRequest', 'sortPrice', 'productId'])
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
