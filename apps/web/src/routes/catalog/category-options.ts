export interface CategoryNode {
  id: string;
  name: string;
  parent?: { id: string } | null;
}

export interface CategoryGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * The category tree as Select groups: each top-level category is a group whose first option
 * is the whole category ("All of Kitchen") followed by its sub-categories, A–Z.
 */
export function buildCategoryOptions(categories: readonly CategoryNode[]): CategoryGroup[] {
  const byName = (a: CategoryNode, b: CategoryNode) => a.name.localeCompare(b.name);
  const roots = categories.filter((c) => !c.parent).sort(byName);
  return roots.map((root) => ({
    group: root.name,
    items: [
      { value: root.id, label: `All of ${root.name}` },
      ...categories
        .filter((c) => c.parent?.id === root.id)
        .sort(byName)
        .map((c) => ({ value: c.id, label: c.name })),
    ],
  }));
}
