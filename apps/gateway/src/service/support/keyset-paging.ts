import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isIsoDate, parseDecimal } from '@portal/domain';
import { PageInfo, pageRequest, type Connection } from '../../common/connection';
import { BadInputError } from '../../common/request-errors';
import type { RequestContext } from '../../context';

/*
 * Keyset (seek) pagination: a page starts right after the last row of the previous one, found
 * through the sort's index (`WHERE (key, id) > (:key, :id)`, written out as OR/AND so that both
 * engines read it), instead of counting OFFSET rows from the start. The cursor names the sort and
 * holds the last row's sort key values and id; it is opaque to clients but validated here.
 */

/** How a sort key's value is held in a cursor and compared in SQL. */
export type KeyKind = 'timestamp' | 'date' | 'text' | 'decimal' | 'flag' | 'id';

export interface SortKey<T> {
  /** The key in the query, e.g. 'o.createdAt'. */
  column: string;
  /** The entity property holding the key's value. */
  property: keyof T & string;
  kind: KeyKind;
  descending: boolean;
  /** Whether the column may be NULL (both engines sort NULL first ascending, last descending). */
  nullable?: boolean;
}

/** A sort of a list, its last key unique (the id): rows never tie. */
export interface KeysetSort<T> {
  /** Names the sort in its cursors: a cursor of another sort (or list) is refused. */
  name: string;
  keys: SortKey<T>[];
}

/** A connection whose totalCount may stop at TOTAL_COUNT_CAP. */
export interface CappedConnection<TNode> extends Connection<TNode> {
  /** Whether there are more rows than totalCount (the count stopped at the cap). */
  totalCountIsCapped: boolean;
}

/** Counting stops here: an exact count of a large company's history costs a scan of all of it. */
export const TOTAL_COUNT_CAP = 10_000;

export interface KeysetPageRequest {
  first: number | null | undefined;
  after: string | null | undefined;
  /** Whether the client selected totalCount (or totalCountIsCapped); if not, nothing is counted. */
  countWanted: boolean;
}

type KeyValue = string | number | boolean | null;

const CURSOR_VERSION = 1;

/** The cursor of a row in a sort: base64url JSON of the sort's name and the row's key values. */
export function encodeKeysetCursor<T>(sort: KeysetSort<T>, row: T): string {
  const values = sort.keys.map((key) => cursorValue(key.kind, row[key.property]));
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, s: sort.name, k: values }), 'utf8').toString(
    'base64url',
  );
}

function cursorValue(kind: KeyKind, value: unknown): KeyValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'timestamp':
      return (value as Date).toISOString();
    case 'flag':
      return Boolean(value);
    case 'id':
      return Number(value);
    default:
      return String(value);
  }
}

const refused = (why: string) =>
  new BadInputError(
    `"after" is not a cursor of this list in this order (${why}); start again without "after".`,
  );

/** An ISO timestamp exactly as Date#toISOString writes it (what encodeKeysetCursor puts in). */
function isCanonicalTimestamp(value: string): boolean {
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

/** The key values in a cursor of `sort`, or a BadInputError naming what is wrong with it. */
export function decodeKeysetCursor<T>(sort: KeysetSort<T>, cursor: string): KeyValue[] {
  if (cursor.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refused('malformed');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused('malformed');
  }
  if (typeof parsed !== 'object' || parsed === null) throw refused('malformed');
  const { v, s, k } = parsed as { v?: unknown; s?: unknown; k?: unknown };
  if (v !== CURSOR_VERSION || typeof s !== 'string' || !Array.isArray(k)) throw refused('malformed');
  if (s !== sort.name) throw refused('it was given by another sort');
  if (k.length !== sort.keys.length) throw refused('malformed');
  return sort.keys.map((key, i) => {
    const value: unknown = k[i];
    if (value === null) {
      if (key.nullable) return null;
      throw refused('malformed');
    }
    const valid =
      key.kind === 'timestamp'
        ? typeof value === 'string' && isCanonicalTimestamp(value)
        : key.kind === 'date'
          ? typeof value === 'string' && isIsoDate(value)
          : key.kind === 'decimal'
            ? typeof value === 'string' &&
              parseDecimal(value, { maxScale: 10, maxIntegerDigits: 20, allowNegative: true }).ok
            : key.kind === 'flag'
              ? typeof value === 'boolean'
              : key.kind === 'id'
                ? Number.isSafeInteger(value) && (value as number) > 0
                : typeof value === 'string' && value.length <= 512;
    if (!valid) throw refused('malformed');
    return value as KeyValue;
  });
}

/** A cursor of the former offset pagination ("cursor:<offset>"): it still works, as an offset. */
function legacyOffset(cursor: string): number | null {
  const match = /^cursor:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) + 1 : null;
}

/** The value bound for a key in SQL (SQLite binds neither booleans; timestamps as Dates). */
function sqlValue(kind: KeyKind, value: Exclude<KeyValue, null>): unknown {
  if (kind === 'timestamp') return new Date(value as string);
  if (kind === 'flag') return value ? 1 : 0;
  return value;
}

/**
 * The rows after `values` in `sort`: for keys k1..kn, OR over i of (k1 = v1 AND .. AND k(i-1) =
 * v(i-1) AND ki after vi), NULL placed as both engines sort it (first ascending, last descending).
 */
export function seekCondition<T>(
  sort: KeysetSort<T>,
  values: KeyValue[],
): { sql: string; parameters: Record<string, unknown> } {
  const parameters: Record<string, unknown> = {};
  const bind = (i: number, value: Exclude<KeyValue, null>) => {
    parameters[`seek${i}`] = sqlValue(sort.keys[i]!.kind, value);
    return `:seek${i}`;
  };
  const equal = (i: number) => {
    const key = sort.keys[i]!;
    const value = values[i]!;
    return value === null ? `${key.column} IS NULL` : `${key.column} = ${bind(i, value)}`;
  };
  const after = (i: number) => {
    const key = sort.keys[i]!;
    const value = values[i]!;
    if (!key.descending)
      return value === null ? `${key.column} IS NOT NULL` : `${key.column} > ${bind(i, value)}`;
    if (value === null) return null; // nothing sorts after NULL descending: only its ties follow
    return key.nullable
      ? `(${key.column} < ${bind(i, value)} OR ${key.column} IS NULL)`
      : `${key.column} < ${bind(i, value)}`;
  };
  const branches: string[] = [];
  for (let i = 0; i < sort.keys.length; i++) {
    const last = after(i);
    if (last === null) continue;
    const prefix = Array.from({ length: i }, (_, j) => equal(j));
    branches.push([...prefix, last].join(' AND '));
  }
  return { sql: branches.length ? branches.map((b) => `(${b})`).join(' OR ') : '1 = 0', parameters };
}

/**
 * One page of `query` (filtered and scoped, not yet sorted) in `sort`, after the cursor, in ONE
 * statement: the rows (one more than the page, to know whether another follows) and, when
 * totalCount was asked for, a count that stops at TOTAL_COUNT_CAP (an uncorrelated subquery,
 * evaluated once). Only a page past the end needs a separate count. The rows are primed into
 * the request's loaders.
 */
export async function keysetPageOf<T extends ObjectLiteral & { id: number }>(
  ctx: RequestContext,
  query: SelectQueryBuilder<T>,
  sort: KeysetSort<T>,
  request: KeysetPageRequest,
): Promise<CappedConnection<T>> {
  const { limit } = pageRequest(request.first, null);
  const paged = query.clone();
  sort.keys.forEach((key, i) => {
    const direction = key.descending ? 'DESC' : 'ASC';
    if (i === 0) paged.orderBy(key.column, direction);
    else paged.addOrderBy(key.column, direction);
  });
  let offset = 0;
  if (request.after) {
    const legacy = legacyOffset(request.after);
    if (legacy !== null) offset = legacy;
    else {
      const seek = seekCondition(sort, decodeKeysetCursor(sort, request.after));
      paged.andWhere(`(${seek.sql})`, seek.parameters);
    }
  }
  if (request.countWanted) {
    const counting = cappedCountQuery(query, TOTAL_COUNT_CAP);
    paged.addSelect(`(${counting.getQuery()})`, 'capped_count').setParameters(counting.getParameters());
  }
  const { entities, raw } = await paged
    .offset(offset || undefined)
    .limit(limit + 1)
    .getRawAndEntities<{ capped_count: number | string }>();
  const nodes = entities.slice(0, limit);
  const target = query.expressionMap.mainAlias?.target;
  if (target) for (const row of nodes) ctx.loaders.prime(target as never, row);
  const count = !request.countWanted
    ? { total: 0, capped: false }
    : raw[0]
      ? cappedResult(Number(raw[0].capped_count), TOTAL_COUNT_CAP)
      : request.after
        ? await cappedCount(query)
        : { total: 0, capped: false };
  const edges = nodes.map((node) => ({ cursor: encodeKeysetCursor(sort, node), node }));
  return {
    edges,
    totalCount: count.total,
    totalCountIsCapped: count.capped,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: entities.length > limit,
      hasPreviousPage: Boolean(request.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    }),
  };
}

/** SELECT COUNT(*) of at most cap + 1 rows of `query` (a LIMITed derived table). */
function cappedCountQuery<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  cap: number,
): SelectQueryBuilder<ObjectLiteral> {
  const rows = query
    .clone()
    .select(`${query.alias}.id`, 'counted_id')
    .orderBy()
    .offset(undefined)
    .limit(cap + 1);
  return query
    .createQueryBuilder()
    .select('COUNT(*)', 'n')
    .from(`(${rows.getQuery()})`, 'capped')
    .setParameters(rows.getParameters());
}

/** A count as the capped API reports it: at most `cap`, and whether there were more. */
export function cappedResult(counted: number, cap: number): { total: number; capped: boolean } {
  return counted > cap ? { total: cap, capped: true } : { total: counted, capped: false };
}

/** How many rows `query` has, counting at most `cap` + 1 of them: the total, and whether it stopped. */
export async function cappedCount<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  cap: number = TOTAL_COUNT_CAP,
): Promise<{ total: number; capped: boolean }> {
  const result = await cappedCountQuery(query, cap).getRawOne<{ n: number | string }>();
  return cappedResult(Number(result?.n ?? 0), cap);
}
