import type { DataSource } from 'typeorm';
import type { PricingEngine } from '@portal/domain';

/**
 * The version of every pricelist's rules as the database has them, read with the company in
 * the one statement a request's pricing needs anyway: the highest rule id, the number of rules
 * and the latest pricelist save. Rules are never updated in place (a pricelist save deletes its
 * rules and inserts the new ones, under new ids: AUTOINCREMENT on SQLite, AUTO_INCREMENT on
 * MySQL/MariaDB) and every pricelist save sets its updatedAt, so any edit, by any process,
 * gives a new fingerprint.
 */
export const RULES_FINGERPRINT_SELECTS: readonly [sql: string, alias: string][] = [
  ['(SELECT MAX(fp_rule.id) FROM pricelist_rule fp_rule)', 'fp_rules_max_id'],
  ['(SELECT COUNT(*) FROM pricelist_rule fp_count)', 'fp_rules_count'],
  ['(SELECT MAX(fp_list.updatedAt) FROM pricelist fp_list)', 'fp_pricelists_updated_at'],
];

/** The fingerprint of a raw row carrying RULES_FINGERPRINT_SELECTS' columns. */
export function rulesFingerprintOf(raw: Record<string, unknown> | undefined): string {
  const updated = raw?.fp_pricelists_updated_at;
  const at = updated instanceof Date ? updated.toISOString() : String(updated ?? '');
  return `${String(raw?.fp_rules_max_id ?? '')}:${String(raw?.fp_rules_count ?? '')}:${at}`;
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
