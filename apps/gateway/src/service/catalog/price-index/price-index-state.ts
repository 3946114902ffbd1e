import { In } from 'typeorm';
import type { RequestContext } from '../../../context';
import { PriceIndexState, PricelistRule } from '../../../entity';

/*
 * When a pricelist's price index may be used. Correctness comes from the database: a change
 * that moves prices bumps `requestedVersion` of the affected pricelists in the change's own
 * transaction, so from its commit on every process sees the index as stale and sorts exactly
 * (in memory) until a build of the new version is committed.
 */

/** Is this state's index right for `today`? (Built from the current version, and today in its window.) */
export function isFresh(state: PriceIndexState | null, today: string): boolean {
  return (
    state !== null &&
    state.builtVersion !== null &&
    state.builtVersion === state.requestedVersion &&
    (state.validFrom === null || state.validFrom <= today) &&
    (state.validUntil === null || today < state.validUntil)
  );
}

/**
 * Marks the price indexes a change affects as stale, in the change's transaction: 'ALL' for a
 * product's list price, cost or category, or a category's parent (every pricelist may price
 * it); or these pricelists and every pricelist based on them through FORMULA rules (a chain).
 * Pricelists never built have no state row and stay "missing" (exact fallback) until built.
 */
export async function markPriceIndexesStale(tx: RequestContext, scope: 'ALL' | number[]): Promise<void> {
  if (!tx.inTransaction) throw new Error('Price indexes are marked stale in the transaction of their change');
  const repo = tx.db.getRepository(PriceIndexState);
  if (scope === 'ALL') {
    await repo
      .createQueryBuilder()
      .update()
      .set({ requestedVersion: () => 'requestedVersion + 1' })
      .execute();
    return;
  }
  const affected = await withDependents(tx, scope);
  if (affected.length === 0) return;
  await repo
    .createQueryBuilder()
    .update()
    .set({ requestedVersion: () => 'requestedVersion + 1' })
    .where({ pricelistId: In(affected) })
    .execute();
}

/** These pricelists and every pricelist whose FORMULA rules reach one of them, directly or through others. */
async function withDependents(tx: RequestContext, pricelistIds: number[]): Promise<number[]> {
  const links: { pricelistId: number; basePricelistId: number }[] = await tx.db
    .getRepository(PricelistRule)
    .createQueryBuilder('r')
    .select(['r.pricelistId AS pricelistId', 'r.basePricelistId AS basePricelistId'])
    .where('r.basePricelistId IS NOT NULL')
    .distinct(true)
    .getRawMany();
  const result = new Set(pricelistIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const link of links) {
      if (result.has(Number(link.basePricelistId)) && !result.has(Number(link.pricelistId))) {
        result.add(Number(link.pricelistId));
        grew = true;
      }
    }
  }
  return [...result];
}

/**
 * The business dates between which the rules of a pricelist chain keep the same validity:
 * the latest rule boundary on or before `today` (a validFrom, or the day after a validTo) and
 * the first one after it. An index built for `today` is right for every date in [from, until).
 */
export function validityWindow(
  rules: readonly { validFrom: string | null; validTo: string | null }[],
  today: string,
): { validFrom: string | null; validUntil: string | null } {
  let validFrom: string | null = null;
  let validUntil: string | null = null;
  for (const rule of rules) {
    const boundaries = [rule.validFrom, rule.validTo === null ? null : dayAfter(rule.validTo)];
    for (const boundary of boundaries) {
      if (boundary === null) continue;
      if (boundary <= today) {
        if (validFrom === null || boundary > validFrom) validFrom = boundary;
      } else if (validUntil === null || boundary < validUntil) validUntil = boundary;
    }
  }
  return { validFrom, validUntil };
}

/** The calendar day after an ISO date ('YYYY-MM-DD'). */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
