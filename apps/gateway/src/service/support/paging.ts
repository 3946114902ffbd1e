import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  PageInfo,
  encodeOffsetCursor,
  toConnection,
  type Connection,
  type PageRequest,
} from '../../common/connection';
import type { RequestContext } from '../../context';
import type { CappedConnection } from './keyset-paging';

/**
 * One page of a list query and its total in ONE statement (COUNT(*) OVER (), on SQLite 3.25+,
 * MySQL 8 and MariaDB 10.2+); only a page past the end needs a separate count. When the caller
 * did not select `totalCount` (ctx.countsTotals false) nothing is counted: one row more than
 * the page is read, for `hasNextPage`, and totalCount (not in the answer) is the rows seen.
 * The rows are primed into the request's loaders, so their relation fields load in batches.
 */
export async function pageOf<T extends ObjectLiteral & { id: number }>(
  ctx: RequestContext,
  query: SelectQueryBuilder<T>,
  page: PageRequest,
): Promise<Connection<T>> {
  const target = query.expressionMap.mainAlias?.target;
  const prime = (rows: T[]) => {
    if (target) for (const row of rows) ctx.loaders.prime(target as never, row);
  };
  if (!ctx.countsTotals) {
    const rows = await query
      .clone()
      .offset(page.offset)
      .limit(page.limit + 1)
      .getMany();
    const nodes = rows.slice(0, page.limit);
    prime(nodes);
    return toConnection(nodes, page.offset + rows.length, page);
  }
  const counted = query
    .clone()
    .addSelect('COUNT(*) OVER ()', 'total_count')
    .offset(page.offset)
    .limit(page.limit);
  const { entities, raw } = await counted.getRawAndEntities<{ total_count: number | string }>();
  const first = raw[0];
  const total = first ? Number(first.total_count) : page.offset === 0 ? 0 : await query.getCount();
  prime(entities);
  return toConnection(entities, total, page);
}

/**
 * An offset page whose total is a capped count (or not counted: zero), with `hasNextPage` known
 * from reading one row past the page rather than from the count.
 */
export function cappedPage<TNode>(
  nodes: TNode[],
  hasNextPage: boolean,
  count: { total: number; capped: boolean },
  page: PageRequest,
): CappedConnection<TNode> {
  const edges = nodes.map((node, i) => ({ cursor: encodeOffsetCursor(page.offset + i), node }));
  return {
    edges,
    totalCount: count.total,
    totalCountIsCapped: count.capped,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    }),
  };
}
