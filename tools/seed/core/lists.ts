/**
 * Reading lists by an index the seed computed itself. The lists read this way hold no undefined,
 * so a missing item is a bug in the seed: these throw rather than let undefined through.
 */

/** The item at `index`, which the caller drew within the list's bounds. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item at index ${index} of a list of ${items.length}`);
  return item;
}

/** The item at `index` of a non-empty list read round and round (index ≥ 0). */
export function cyclic<T>(items: readonly T[], index: number): T {
  if (items.length === 0) throw new RangeError('cyclic() over an empty list');
  return itemAt(items, index % items.length);
}
