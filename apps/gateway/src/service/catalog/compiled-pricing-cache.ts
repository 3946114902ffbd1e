import type { DataSource } from 'typeorm';
import type { PricingEngine } from '@portal/domain';

/**
 * The version of every pricelist and its rules as the database has them, read with the company
 * in the one statement a request's pricing needs anyway: the sum of the pricelists' revisions
 * (every save, by any process, adds one to its pricelist's; pricelists are never deleted) and
 * the highest rule id (rules are never updated in place: a save deletes them and inserts the new
 * ones under new ids). Both are cheap at any size: a sum over the pricelists (hundreds of rows)
 * and an index's last entry, never a scan of the rules.
 */
export const RULES_FINGERPRINT_SELECTS: readonly [sql: string, alias: string][] = [
  ['(SELECT MAX(fp_rule.id) FROM pricelist_rule fp_rule)', 'fp_rules_max_id'],
  ['(SELECT SUM(fp_list.revision) FROM pricelist fp_list)', 'fp_pricelists_revision'],
];

/** The fingerprint of a raw row carrying RULES_FINGERPRINT_SELECTS' columns. */
export function rulesFingerprintOf(raw: Record<string, unknown> | undefined): string {
  return `${String(raw?.fp_rules_max_id ?? '')}:${String(raw?.fp_pricelists_revision ?? '')}`;
}

/** At most this many compiled engines are kept per database (a few pricelists × versions). */
const MAX_ENTRIES = 64;

/**
 * Compiled pricing engines shared by the requests of one process, per database and keyed by
 * the pricelist and the rules' fingerprint read in the request: an edit anywhere changes the
 * fingerprint, so a stale engine is never used, in this process or another. Engines compiled
 * inside a transaction are not kept (they may have read rows that are rolled back).
 */
export class CompiledPricingCache {
  private readonly byDatabase = new WeakMap<DataSource, Map<string, PricingEngine>>();

  get(db: DataSource, pricelistId: number, fingerprint: string): PricingEngine | undefined {
    return this.byDatabase.get(db)?.get(`${pricelistId}@${fingerprint}`);
  }

  set(db: DataSource, pricelistId: number, fingerprint: string, engine: PricingEngine): void {
    let entries = this.byDatabase.get(db);
    if (!entries) {
      entries = new Map();
      this.byDatabase.set(db, entries);
    }
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(`${pricelistId}@${fingerprint}`, engine);
  }

  /** Forgets every engine of a database (this process saved a pricelist). */
  clear(db: DataSource): void {
    this.byDatabase.delete(db);
  }
}
