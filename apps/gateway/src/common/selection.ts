import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { RequestContext } from '../context';

/**
 * Whether the operation asks for `name` directly under the field being resolved (through
 * fragments and inline fragments too). Fields under @skip/@include count as asked for: the
 * answer only ever saves work, never leaves a selected field without its value.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === name) return true;
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

/** The context a connection's page is read with: without its COUNT when totalCount is not asked for. */
export function listContext(ctx: RequestContext, info: GraphQLResolveInfo): RequestContext {
  return selectsField(info, 'totalCount') ? ctx : ctx.withoutTotalCount();
}
