/** A category's parent, by category id; a root category maps to null (or is absent). */
export type CategoryParents = ReadonlyMap<string, string | null>;

/**
 * True when `categoryId` is `ancestorId` or one of its sub-categories, at any depth.
 * A cycle in the data (a category its own ancestor) ends the walk instead of looping.
 */
export function isInCategory(
  categoryId: string | null | undefined,
  ancestorId: string,
  parents: CategoryParents,
): boolean {
  const seen = new Set<string>();
  let current = categoryId ?? null;
  while (current !== null && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = parents.get(current) ?? null;
  }
  return false;
}
