import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a query costs, in points (documented for partners in the README, "For partner apps"):
 * - a scalar or enum field costs 0; `__typename` costs 0;
 * - an object field costs 1 plus what is selected inside it; an edge of a connection costs
 *   nothing itself (its `node` counts);
 * - a list of objects costs its length times that: inside a connection (a field with a `first`
 *   argument) its `edges` and `nodes` count `first` elements (the argument's default when not
 *   given); any other list (an order's lines, a product's units) is estimated at
 *   DEFAULT_LIST_SIZE elements, and an answer that held more is charged what it held;
 * - each root mutation field costs MUTATION_COST on top of its payload;
 * - introspection (`__schema`, `__type`) counts its objects once, lists not multiplied.
 * Fragments on other types of an abstract field (`node(id:) { ... on Order { … } ... on Invoice { … } }`)
 * count the dearest branch, since only one of them can apply. Aliases count: each aliased copy is
 * resolved again. The `actual` cost of an answer counts the objects it really holds.
 */
export const MUTATION_COST = 10;
export const DEFAULT_LIST_SIZE = 5;

/**
 * The requested cost of `operation`, with `variables` as sent (a `first` given by a variable
 * takes the variable's value). Each fragment is costed once per page size it is spread with
 * (memoised), so the work is linear in the document's length.
 */
export function requestedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();

  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d] as const),
  );

  /** The `first` of a field that has such an argument, or null. */
  const pageSizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number | null => {
    const arg = field.args.find((a) => a.name === 'first');
    if (!arg) return null;
    const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
    let value: unknown = arg.defaultValue;
    if (given?.kind === Kind.VARIABLE) {
      const name = given.name.value;
      const definition = variableDefaults.get(name);
      value =
        variables[name] !== undefined
          ? variables[name]
          : definition?.defaultValue
            ? valueFromAST(definition.defaultValue, arg.type)
            : arg.defaultValue;
    } else if (given) {
      value = valueFromAST(given, arg.type);
    }
    return typeof value === 'number' && Number.isFinite(value)
      ? Math.max(0, Math.floor(value))
      : DEFAULT_LIST_SIZE;
  };

  const fieldDef = (parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | null => {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
    if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name] ?? null;
    return null;
  };

  const costOfSet = (
    parent: GraphQLCompositeType,
    selectionSet: SelectionSetNode | undefined,
    pageSize: number | null,
    introspection: boolean,
  ): number => {
    if (!selectionSet) return 0;
    let common = 0;
    const branches = new Map<string, number>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        common += costOfField(parent, selection, pageSize, introspection);
        continue;
      }
      const typeName =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.typeCondition?.name.value
          : fragments.get(selection.name.value)?.typeCondition.name.value;
      const cost =
        selection.kind === Kind.INLINE_FRAGMENT
          ? costOfSet(typeOr(parent, typeName), selection.selectionSet, pageSize, introspection)
          : costOfFragment(selection.name.value, pageSize, introspection);
      if (!typeName || typeName === parent.name) common += cost;
      else branches.set(typeName, (branches.get(typeName) ?? 0) + cost);
    }
    return common + Math.max(0, ...branches.values());
  };

  const typeOr = (parent: GraphQLCompositeType, typeName: string | undefined): GraphQLCompositeType => {
    const type = typeName ? schema.getType(typeName) : parent;
    return type && isCompositeType(type) ? type : parent;
  };

  const costOfFragment = (name: string, pageSize: number | null, introspection: boolean): number => {
    const key = `${name}\u0000${pageSize}\u0000${introspection}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(key)) return 0;
    inProgress.add(key);
    const type = schema.getType(fragment.typeCondition.name.value);
    const cost =
      type && isCompositeType(type) ? costOfSet(type, fragment.selectionSet, pageSize, introspection) : 0;
    inProgress.delete(key);
    memo.set(key, cost);
    return cost;
  };

  const costOfField = (
    parent: GraphQLCompositeType,
    node: FieldNode,
    pageSize: number | null,
    introspection: boolean,
  ): number => {
    const name = node.name.value;
    const field = fieldDef(parent, name);
    if (!field) return 0;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) return 0;
    const inIntrospection = introspection || name.startsWith('__');
    const inner = costOfSet(named, node.selectionSet, pageSizeOf(field, node), inIntrospection);
    // An edge is the connection's plumbing: its node is what counts.
    const each = (named.name.endsWith('Edge') ? 0 : 1) + inner;
    if (!isListType(getNullableType(field.type)) || inIntrospection) return each;
    return (pageSize ?? DEFAULT_LIST_SIZE) * each;
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  let cost = costOfSet(root, operation.selectionSet, null, false);
  if (operation.operation === 'mutation') cost += MUTATION_COST * rootFieldCount(operation, fragments);
  return cost;
}

/** Root fields of an operation, fragments expanded (each aliased copy of a mutation runs again). */
function rootFieldCount(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): number {
  const memo = new Map<string, number>();
  const count = (set: SelectionSetNode): number => {
    let n = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) n += s.name.value === '__typename' ? 0 : 1;
      else if (s.kind === Kind.INLINE_FRAGMENT) n += count(s.selectionSet);
      else {
        const name = s.name.value;
        if (!memo.has(name)) {
          memo.set(name, 0); // a cycle closes on 0 (NoFragmentCyclesRule refuses it anyway)
          const fragment = fragments.get(name);
          memo.set(name, fragment ? count(fragment.selectionSet) : 0);
        }
        n += memo.get(name) ?? 0;
      }
    }
    return n;
  };
  return count(operation.selectionSet);
}

/**
 * The actual cost of an answer: each object it holds counts 1 (every element of a list; the
 * elements of an `edges` list count only through their nodes), plus MUTATION_COST per root
 * field of a mutation that ran.
 */
export function actualCost(data: unknown, isMutation: boolean): number {
  if (!data || typeof data !== 'object') return 0;
  let n = 0;
  // Runs over every answer: a plain walk, without an entries array per object.
  const visit = (value: unknown, free: boolean): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v, free);
    } else if (value !== null && typeof value === 'object') {
      if (!free) n += 1;
      const object = value as Record<string, unknown>;
      for (const key in object) if (Object.hasOwn(object, key)) visit(object[key], key === 'edges');
    }
  };
  for (const value of Object.values(data)) visit(value, false);
  return n + (isMutation ? MUTATION_COST * Object.keys(data).filter((k) => k !== '__typename').length : 0);
}

/** A query over the maximum cost: refused before it runs. */
export function costExceeded(cost: number, maximum: number): GraphQLError {
  return new GraphQLError(
    `The query costs ${cost} points; at most ${maximum} are allowed per query. Ask for fewer items (first), fields or aliases, or page through the results.`,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'MAX_COST_EXCEEDED',
        cost,
        maximumCost: maximum,
        http: { status: 400 },
      },
    },
  );
}
