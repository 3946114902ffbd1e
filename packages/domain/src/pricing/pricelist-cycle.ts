import type { Pricelist } from './pricelist';

/**
 * A cycle among pricelists through their OTHER_PRICELIST formula bases, as the ids along it
 * with the first repeated at the end (["a", "b", "a"]), or null. For save-time checks; the
 * engine also refuses a cycle when it meets one while pricing. Unknown bases are ignored.
 */
export function findPricelistCycle(pricelists: readonly Pricelist[]): string[] | null {
  const bases = new Map(
    pricelists.map((p) => [
      p.id,
      p.rules
        .filter((r) => r.computation === 'FORMULA' && r.base === 'OTHER_PRICELIST' && r.basePricelistId)
        .map((r) => r.basePricelistId!),
    ]),
  );
  const done = new Set<string>();
  const visit = (id: string, path: string[]): string[] | null => {
    const at = path.indexOf(id);
    if (at >= 0) return [...path.slice(at), id];
    if (done.has(id) || !bases.has(id)) return null;
    for (const next of bases.get(id)!) {
      const cycle = visit(next, [...path, id]);
      if (cycle) return cycle;
    }
    done.add(id);
    return null;
  };
  for (const id of bases.keys()) {
    const cycle = visit(id, []);
    if (cycle) return cycle;
  }
  return null;
}
