import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A selection of every field of `typeName` reachable within `depth` levels, as the schema
 * defines them today: fields that need arguments are taken with their defaults (skipped when an
 * argument is required), abstract types through `__typename` and one inline fragment per object
 * type. A new field is part of the selection without anyone listing it: what a guarded-figure
 * test scans grows with the schema.
 */
export function exhaustiveSelection(schema: GraphQLSchema, typeName: string, depth: number): string {
  const type = schema.getType(typeName);
  if (!type) throw new Error(`No type ${typeName} in the schema`);
  return selectionOf(schema, type, depth);
}

function selectionOf(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (isObjectType(type) || isInterfaceType(type)) {
    const fields = Object.values(type.getFields())
      .filter((field) => !needsArguments(field))
      .map((field) => {
        const named = getNamedType(field.type);
        if (isLeafType(named)) return field.name;
        if (depth <= 1) return null;
        return `${field.name} { ${selectionOf(schema, named, depth - 1)} }`;
      })
      .filter((field): field is string => field !== null);
    return ['__typename', ...fields].join(' ');
  }
  if (isUnionType(type)) {
    const members = type
      .getTypes()
      .map((member) => `... on ${member.name} { ${selectionOf(schema, member, depth)} }`);
    return ['__typename', ...members].join(' ');
  }
  return '__typename';
}

function needsArguments(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
}

/** Every string and number in a JSON value (a response's data and errors, an e-mail). */
export function textsIn(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).flatMap(textsIn);
  return [];
}
