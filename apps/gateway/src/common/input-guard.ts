import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { BadInputError } from './request-errors';

/** Values a list argument of a query may have (filters: SKUs, statuses, ids). */
export const MAX_QUERY_LIST_VALUES = 1000;
/** Values a list argument of a mutation may have (an order's lines: MAX_ORDER_LINES). */
export const MAX_MUTATION_LIST_VALUES = 2000;

/** Free texts that may span lines (they reach e-mails only as bodies): tabs and line breaks are kept. */
const MULTI_LINE = new Set(['description', 'notes', 'message', 'comment', 'reason', 'body', 'customerText']);
/** Secrets are compared, never shown or mailed: left as they are. */
const SECRETS = new Set(['password', 'currentPassword', 'newPassword', 'token', 'paymentToken']);

// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const CONTROL_OR_LINE_BREAK = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/**
 * Checks the arguments of every root field before its resolver runs:
 * - a list of more than MAX_QUERY_LIST_VALUES (queries) or MAX_MUTATION_LIST_VALUES (mutations)
 *   values is refused, so a filter of 20,000 SKUs never becomes a statement with 20,000 parameters;
 * - control characters (NUL, ESC, …) are refused in every text, and line breaks in every
 *   single-line text (names, titles, numbers, e-mail addresses), so nothing a caller types can
 *   forge an e-mail header or hide in a document.
 * Both answer BAD_USER_INPUT naming the argument's path.
 *
 * It wraps the root fields' resolvers only (not a type-graphql global middleware): a global
 * middleware runs for every field of every object, turning each plain property read into a
 * promise, which on a 50-product catalog page cost more than the guard itself.
 */
export function guardRootArguments(schema: GraphQLSchema): GraphQLSchema {
  const roots: [GraphQLObjectType | null | undefined, number][] = [
    [schema.getQueryType(), MAX_QUERY_LIST_VALUES],
    [schema.getMutationType(), MAX_MUTATION_LIST_VALUES],
  ];
  for (const [type, maxList] of roots) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (root, args: Record<string, unknown>, context, info) => {
        for (const [name, value] of Object.entries(args)) check(value, [name], maxList);
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

function check(value: unknown, path: string[], maxList: number): void {
  if (typeof value === 'string') {
    const key = [...path].reverse().find((p) => !/^\d+$/.test(p)) ?? '';
    if (SECRETS.has(key)) return;
    if (MULTI_LINE.has(key)) {
      if (CONTROL.test(value))
        throw new BadInputError(`${path.join('.')} may not contain control characters.`);
    } else if (CONTROL_OR_LINE_BREAK.test(value)) {
      throw new BadInputError(`${path.join('.')} may not contain line breaks or control characters.`);
    }
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > maxList)
      throw new BadInputError(
        `A list argument has ${value.length} values (${path.join('.')}); at most ${maxList} are allowed.`,
      );
    value.forEach((item, i) => check(item, [...path, String(i)], maxList));
    return;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) check(inner, [...path, key], maxList);
  }
}
