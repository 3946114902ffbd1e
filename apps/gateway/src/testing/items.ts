/**
 * Reading items out of lists in tests. Each throws a clear error rather than letting undefined
 * through, so a test that gets fewer items than it expects fails where it reads them, with the
 * count it got.
 */

/** The single item of a list that must hold exactly one. */
export function only<T>(items: readonly T[], what = 'item'): T {
  const [item] = items;
  if (items.length !== 1 || item === undefined)
    throw new Error(`Expected exactly one ${what}, got ${items.length}`);
  return item;
}

/** The item at `index` (negative counts from the end, as with Array#at). */
export function nth<T>(items: readonly T[], index: number, what = 'item'): T {
  const item = items.at(index);
  if (item === undefined) throw new Error(`Expected a ${what} at index ${index}, got ${items.length} in all`);
  return item;
}

/** The value a test has just asserted is present (e.g. a regular expression's group). */
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`Expected a ${what}, got ${String(value)}`);
  return value;
}
