/**
 * The element at `index` of a list whose length the caller has made sure of (a parallel list,
 * an index from the list itself). A missing element is a bug, and says so.
 */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No element ${index} in a list of ${items.length}`);
  return item;
}
