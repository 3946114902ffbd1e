import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import type { GraphQLClient } from '../testing/graphql-client';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';
import { StatementCounter } from '../testing/statement-counter';
// After the harness (it loads reflect-metadata, which connection.ts's decorators need).
import { encodeOffsetCursor } from '../common/connection';

const SEARCH = `query($search: String, $first: Int, $after: String, $descending: Boolean) { products(first: $first, after: $after, filter: { search: $search }, sort: { key: RELEVANCE, descending: $descending }) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { sku } } } }`;
const SAVE_PRODUCT = `mutation($input: SaveProductInput!) { saveProduct(input: $input) { product { id } userErrors { field message code } } }`;

describe.each(testEngines())('product search from the full-text index on %s', (engine) => {
  const counter = new StatementCounter();
  let portal: TestPortal;
  let staff: GraphQLClient;
  let buyer: GraphQLClient;

  async function search(
    text: string,
    options: { first?: number; after?: string; descending?: boolean } = {},
  ) {
    const res = await buyer.request(SEARCH, { search: text, first: options.first ?? 100, ...options });
    expect(res.errors).toBeUndefined();
    return {
      skus: (res.data?.products.edges as { node: { sku: string } }[]).map((e) => e.node.sku),
      totalCount: res.data?.products.totalCount as number,
      endCursor: res.data?.products.pageInfo.endCursor as string,
    };
  }

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, logger: counter });
    [staff, buyer] = await Promise.all([
      portal.signedIn('admin@seller.example'),
      portal.signedIn('buyer@acme.example'),
    ]);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('finds only products with every word of a two-word search', async () => {
    expect((await search('paper 16')).skus).toEqual(['CUP-16']);
    expect((await search('kitchen degreaser')).skus).toEqual(['DEGR-1']);
    expect((await search('paper degreaser')).skus).toEqual([]);
  });

  it('puts the SKU match first, then the best full-text match, and pages in that order', async () => {
    const cup = await search('cup');
    expect(cup.skus).toEqual(['CUP-12', 'CUP-16', 'LID-12']);
    expect((await search('cup', { descending: true })).skus).toEqual(['LID-12', 'CUP-16', 'CUP-12']);
    const first = await search('cup', { first: 2 });
    const rest = await search('cup', { first: 2, after: first.endCursor });
    expect([...first.skus, ...rest.skus]).toEqual(cup.skus);
    expect(rest.totalCount).toBe(3);
  });

  it('counts the matches in the statement that finds them; a page past the end and no match still count', async () => {
    const { result: cup, statements } = await counter.count(() => search('cup'));
    expect(cup.totalCount).toBe(3);
    const counts = statements.filter((s) => /COUNT\(/i.test(s));
    expect(counts).toHaveLength(1);
    expect(counts[0]).toMatch(/COUNT\(\*\) OVER \(\)/i);
    expect((await search('cup', { first: 2, after: encodeOffsetCursor(4) })).totalCount).toBe(3);
    expect(await search('nothingmatcheswithit')).toMatchObject({ skus: [], totalCount: 0 });
  });

  it('finds SKUs by prefix, with or without their punctuation', async () => {
    expect((await search('CUP-1')).skus).toEqual(['CUP-12', 'CUP-16']);
    expect((await search('cup-16')).skus).toEqual(['CUP-16']);
    expect((await search('solv-5')).skus).toEqual(['SOLV-55', 'SOLV-5'].sort());
  });

  it('keeps the index in step with product saves', async () => {
    const id = toGlobalId('Product', portal.catalog.products['CHEF-KNIFE'].id);
    const renamed = await staff.request(SAVE_PRODUCT, {
      input: { productId: id, name: 'Santoku knife', description: 'Hollow-ground blade' },
    });
    expect(renamed.data?.saveProduct.userErrors).toEqual([]);
    expect((await search('santoku')).skus).toEqual(['CHEF-KNIFE']);
    expect((await search('forged')).skus).toEqual([]);
  });
});
