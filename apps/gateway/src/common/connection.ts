import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { GraphQLError } from 'graphql';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => Boolean) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

export interface Connection<TNode> {
  edges: Edge<TNode>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XxxConnection` and `XxxEdge` object types for a node type (GitHub/Relay style). */
export function connectionTypes<TNode extends object>(nodeType: ClassType<TNode>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor: string;
    @Field(() => nodeType) node: TNode;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return { EdgeType, ConnectionType };
}

/**
 * The connection types of a list whose totalCount may be capped at `cap` (keyset paging, see
 * service/support/keyset-paging.ts; the catalog): the usual fields plus `totalCountIsCapped`.
 */
export function cappedConnectionTypes<TNode extends object>(
  nodeType: ClassType<TNode>,
  name: string,
  cap = 10_000,
) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor: string;
    @Field(() => nodeType) node: TNode;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, {
      description: `How many match, counted up to a cap (${cap.toLocaleString('en-US')}): when totalCountIsCapped is true, more match than this.`,
    })
    totalCount: number;
    @Field(() => Boolean, {
      description: 'Whether counting stopped at the cap: more match than totalCount says.',
    })
    totalCountIsCapped: boolean;
  }
  return { EdgeType, ConnectionType };
}

export const MAX_PAGE_SIZE = 100;

/** Validated `first`/`after`: `first` capped at 100, `after` an opaque offset cursor. */
export interface PageRequest {
  offset: number;
  limit: number;
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const limit = first ?? 25;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new GraphQLError(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return { offset: after ? decodeOffsetCursor(after) + 1 : 0, limit };
}

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`cursor:${offset}`, 'utf8').toString('base64url');
}

function decodeOffsetCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^cursor:(\d{1,9})$/.exec(decoded);
  if (!match)
    throw new GraphQLError('"after" is not a cursor of this list.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return Number(match[1]);
}

/** Wraps one page of nodes (already fetched with offset/limit) into a connection. */
export function toConnection<TNode>(
  nodes: TNode[],
  totalCount: number,
  page: PageRequest,
): Connection<TNode> {
  const edges = nodes.map((node, i) => ({ cursor: encodeOffsetCursor(page.offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    }),
  };
}
