import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { RequestContext } from '../context';

/**
 * Whether the operation asks for one of `fields` directly under the field being resolved
 * (through fragments and inline fragments too), e.g. whether a connection's totalCount must be
 * counted. Fields under @skip/@include count as asked for: the answer only ever saves work,
 * never leaves a selected field without its value.
 */
export function selectsAnyField(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && fields.includes(selection.name.value)) return true;
      if (selection.kind === Kind.INLINE_FRAGMENT && within(selection.selectionSet)) return true;
      if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        if (within(info.fragments[selection.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/** Whether the operation asks for `name` directly under the field being resolved. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectsAnyField(info, [name]);
}

/** The context a connection's page is read with: without its COUNT when totalCount is not asked for. */
export function listContext(ctx: RequestContext, info: GraphQLResolveInfo): RequestContext {
  return selectsField(info, 'totalCount') ? ctx : ctx.withoutTotalCount();
}
