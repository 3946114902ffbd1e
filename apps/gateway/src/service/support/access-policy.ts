import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';

/*
 * Who may read which rows, written ONCE per entity as a rule, from which both forms are derived:
 * `mayRead(ctx, row)` for a row already loaded (a `node(id)`, a relation field) and `scope(ctx,
 * query)` as SQL for lists and searches. The two can no longer drift apart.
 */

type Column<T> = keyof T & string;

/** A condition on rows of T. */
export type AccessRule<T> =
  | { readonly kind: 'all' }
  | { readonly kind: 'none' }
  | { readonly kind: 'equals'; readonly column: Column<T>; readonly value: string | number | boolean }
  | { readonly kind: 'notEquals'; readonly column: Column<T>; readonly value: string | number | boolean }
  | { readonly kind: 'in'; readonly column: Column<T>; readonly values: readonly (string | number)[] }
  | { readonly kind: 'notNull'; readonly column: Column<T> }
  | { readonly kind: 'and'; readonly rules: readonly AccessRule<T>[] }
  | { readonly kind: 'or'; readonly rules: readonly AccessRule<T>[] }
  | {
      /** The row's parent (through the row's foreign key `via`) matches `rule`. */
      readonly kind: 'parent';
      readonly entity: EntityTarget<ObjectLiteral & { id: number }>;
      readonly via: Column<T>;
      readonly rule: AccessRule<ObjectLiteral>;
    }
  | {
      /** Some child of the row (whose foreign key `via` points at the row) matches `rule`. */
      readonly kind: 'child';
      readonly entity: EntityTarget<ObjectLiteral>;
      readonly via: string;
      readonly rule: AccessRule<ObjectLiteral>;
    };

export const allRows = <T>(): AccessRule<T> => ({ kind: 'all' });
export const noRows = <T>(): AccessRule<T> => ({ kind: 'none' });
export const where = <T>(column: Column<T>, value: string | number | boolean): AccessRule<T> => ({
  kind: 'equals',
  column,
  value,
});
export const whereNot = <T>(column: Column<T>, value: string | number | boolean): AccessRule<T> => ({
  kind: 'notEquals',
  column,
  value,
});
export const whereIn = <T>(column: Column<T>, values: readonly (string | number)[]): AccessRule<T> => ({
  kind: 'in',
  column,
  values,
});
export const whereSet = <T>(column: Column<T>): AccessRule<T> => ({ kind: 'notNull', column });
export const allOf = <T>(...rules: AccessRule<T>[]): AccessRule<T> => ({ kind: 'and', rules });
export const anyOf = <T>(...rules: AccessRule<T>[]): AccessRule<T> => ({ kind: 'or', rules });
export const parentMatches = <T, P extends ObjectLiteral & { id: number }>(
  entity: EntityTarget<P>,
  via: Column<T>,
  rule: AccessRule<P>,
): AccessRule<T> => ({
  kind: 'parent',
  entity: entity as EntityTarget<ObjectLiteral & { id: number }>,
  via,
  rule: rule as AccessRule<ObjectLiteral>,
});
export const someChild = <T, C extends ObjectLiteral>(
  entity: EntityTarget<C>,
  via: Column<C>,
  rule: AccessRule<C>,
): AccessRule<T> => ({
  kind: 'child',
  entity: entity as EntityTarget<ObjectLiteral>,
  via,
  rule: rule as AccessRule<ObjectLiteral>,
});

/** An entity's read policy: the rule for a viewer, evaluated on rows or compiled to SQL. */
export class AccessPolicy<T extends ObjectLiteral & { id: number }> {
  constructor(
    readonly entity: EntityTarget<T>,
    private readonly ruleFor: (ctx: RequestContext) => AccessRule<T>,
  ) {}

  /** The viewer's rule, to compose into another entity's policy (e.g. payments through invoices). */
  rule(ctx: RequestContext): AccessRule<T> {
    return this.ruleFor(ctx);
  }

  /** Whether the viewer may read this row (relations through the request's loaders, batched). */
  mayRead(ctx: RequestContext, row: T): Promise<boolean> {
    return matches(ctx, this.ruleFor(ctx), row);
  }

  /** The row if the viewer may read it, else null: a foreign id behaves exactly like a missing one. */
  async visible(ctx: RequestContext, row: T | null): Promise<T | null> {
    return row && (await this.mayRead(ctx, row)) ? row : null;
  }

  /** Restricts a query on `alias` to the rows the viewer may read. */
  scope(ctx: RequestContext, query: SelectQueryBuilder<T>, alias: string): void {
    const params = new Parameters(`scope_${alias}_`);
    const condition = compile(ctx, this.ruleFor(ctx), alias, params);
    query.andWhere(`(${condition})`, params.values);
  }
}

/** Named parameters of a compiled rule, and the aliases of its subqueries. */
class Parameters {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  constructor(private readonly prefix: string) {}
  name(): string {
    this.n += 1;
    return `${this.prefix}${this.n}`;
  }
  bind(value: unknown): string {
    const name = this.name();
    this.values[name] = value;
    return name;
  }
}

async function matches<T extends ObjectLiteral>(
  ctx: RequestContext,
  rule: AccessRule<T>,
  row: T,
): Promise<boolean> {
  switch (rule.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'equals':
      return row[rule.column] === rule.value;
    case 'notEquals':
      return row[rule.column] !== rule.value;
    case 'in':
      return rule.values.includes(row[rule.column] as string | number);
    case 'notNull':
      return row[rule.column] !== null && row[rule.column] !== undefined;
    case 'and':
      for (const r of rule.rules) if (!(await matches(ctx, r, row))) return false;
      return true;
    case 'or':
      for (const r of rule.rules) if (await matches(ctx, r, row)) return true;
      return false;
    case 'parent': {
      const id = row[rule.via] as number | null;
      const parent = id === null || id === undefined ? null : await ctx.loaders.load(rule.entity, id);
      return parent !== null && (await matches(ctx, rule.rule, parent));
    }
    case 'child': {
      const children = await ctx.loaders.children(rule.entity, rule.via as never, row.id as number);
      for (const child of children) if (await matches(ctx, rule.rule, child)) return true;
      return false;
    }
  }
}

function compile<T extends ObjectLiteral>(
  ctx: RequestContext,
  rule: AccessRule<T>,
  alias: string,
  params: Parameters,
): string {
  const column = (c: string) => `${alias}.${c}`;
  const bind = (value: unknown) => params.bind(value);
  switch (rule.kind) {
    case 'all':
      return '1 = 1';
    case 'none':
      return '1 = 0';
    case 'equals':
      return `${column(rule.column)} = :${bind(rule.value)}`;
    case 'notEquals':
      return `${column(rule.column)} <> :${bind(rule.value)}`;
    case 'in':
      return rule.values.length === 0 ? '1 = 0' : `${column(rule.column)} IN (:...${bind(rule.values)})`;
    case 'notNull':
      return `${column(rule.column)} IS NOT NULL`;
    case 'and':
      return rule.rules.length === 0
        ? '1 = 1'
        : rule.rules.map((r) => `(${compile(ctx, r, alias, params)})`).join(' AND ');
    case 'or':
      return rule.rules.length === 0
        ? '1 = 0'
        : rule.rules.map((r) => `(${compile(ctx, r, alias, params)})`).join(' OR ');
    case 'parent': {
      const meta = ctx.db.connection.getMetadata(rule.entity);
      const inner = params.name();
      return `EXISTS (SELECT 1 FROM ${meta.tableName} ${inner} WHERE ${inner}.id = ${column(rule.via)} AND (${compile(ctx, rule.rule, inner, params)}))`;
    }
    case 'child': {
      const meta = ctx.db.connection.getMetadata(rule.entity);
      const inner = params.name();
      return `EXISTS (SELECT 1 FROM ${meta.tableName} ${inner} WHERE ${inner}.${rule.via} = ${column('id')} AND (${compile(ctx, rule.rule, inner, params)}))`;
    }
  }
}
