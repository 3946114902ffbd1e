import { describe, expect, it } from 'vitest';
import { catalogCountText, loadMoreText } from './catalog-count';

describe('catalog count', () => {
  it('says how many products match and how many are shown', () => {
    expect(catalogCountText({ totalCount: 1, totalCountIsCapped: false, shown: 1 })).toBe('1 product');
    expect(catalogCountText({ totalCount: 0, totalCountIsCapped: false, shown: 0 })).toBe('0 products');
    expect(catalogCountText({ totalCount: 1204, totalCountIsCapped: false, shown: 50 })).toBe(
      '1,204 products, showing 50',
    );
    expect(loadMoreText({ totalCount: 1204, totalCountIsCapped: false, shown: 50 })).toBe(
      'Load more (1,154 more)',
    );
  });

  it('says "more than" when the server stopped counting at its cap', () => {
    const capped = { totalCount: 10000, totalCountIsCapped: true, shown: 50 };
    expect(catalogCountText(capped)).toBe('More than 10,000 products, showing 50');
    expect(loadMoreText(capped)).toBe('Load more');
  });
});
