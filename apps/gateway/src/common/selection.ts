import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query selects one of `fields` directly on the resolved field's result (through
 * fragments and inline fragments too), e.g. whether a connection's totalCount must be counted.
 */
export function selectsAnyField(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const seen = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (fields.includes(selection.name.value)) return true;
      } else if (selection.kind === 'InlineFragment') {
        if (search(selection.selectionSet)) return true;
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        seen.add(name);
        if (search(info.fragments[name]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => search(node.selectionSet));
}
