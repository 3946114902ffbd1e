/** What the catalog says about its matches, e.g. "1,204 products, showing 50". */
export interface CatalogCount {
  totalCount: number;
  /** The count stopped at the server's cap: more match than totalCount. */
  totalCountIsCapped: boolean;
  shown: number;
}

const format = (n: number) => n.toLocaleString('en-US');

/** "1 product", "1,204 products, showing 50", or "More than 10,000 products, showing 50". */
export function catalogCountText({ totalCount, totalCountIsCapped, shown }: CatalogCount): string {
  const noun = totalCount === 1 && !totalCountIsCapped ? 'product' : 'products';
  const count = totalCountIsCapped ? `More than ${format(totalCount)}` : format(totalCount);
  const showing = totalCountIsCapped || shown < totalCount ? `, showing ${format(shown)}` : '';
  return `${count} ${noun}${showing}`;
}

/** The "Load more" button's label: how many more, when the count is exact. */
export function loadMoreText({ totalCount, totalCountIsCapped, shown }: CatalogCount): string {
  return totalCountIsCapped ? 'Load more' : `Load more (${format(totalCount - shown)} more)`;
}
