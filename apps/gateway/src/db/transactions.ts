import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { TransactionGate } from './transaction-gate';

/**
 * How often a write transaction that lost a deadlock (or a Galera certification) is run again.
 * On a cluster every placement updates the same number-sequence rows, so under load a
 * transaction may lose several certifications in a row: with two gateways on two Galera nodes,
 * ten clients placing 35-line templates on a machine overloaded by other work (load average
 * 15 on 2 cores), five attempts left 12 of 40 submits failing, ten with backoff up to 1 s 4 of 20
 * (tools/bench, --data cluster). Two avoidable hot rows have gone since (the draft counter: drafts
 * are numbered by id; a template's "last used": written once a minute); the sales-order counter
 * stays, as gap-free numbers need it.
 */
export const MAX_TRANSACTION_ATTEMPTS = 10;

const sqliteGates = new WeakMap<DataSource, TransactionGate>();

function gateOf(ds: DataSource): TransactionGate | null {
  if (ds.options.type !== 'better-sqlite3') return null;
  let gate = sqliteGates.get(ds);
  if (!gate) {
    gate = new TransactionGate(1);
    sqliteGates.set(ds, gate);
  }
  return gate;
}

/**
 * A conflict the database resolved by aborting one transaction, which may simply run again:
 * a deadlock on MySQL/MariaDB (1213, also how Galera reports a failed certification), and a busy
 * SQLite database file (another process holds the write lock beyond the busy timeout, or wrote
 * since this transaction's snapshot).
 */
export function isRetryableConflict(error: unknown): boolean {
  const e = error as { errno?: number; code?: string; driverError?: { errno?: number; code?: string } };
  const errno = e.driverError?.errno ?? e.errno;
  const code = e.driverError?.code ?? e.code ?? '';
  // SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT: another process wrote since this
  // transaction began reading, so it may not write on that snapshot).
  return errno === 1213 || code === 'ER_LOCK_DEADLOCK' || code.startsWith('SQLITE_BUSY');
}

/**
 * The database was too busy to finish a write: a lock waited for past the lock wait timeout
 * (MySQL/MariaDB 1205, e.g. many large orders of one company queued on its credit row), or a
 * conflict still lost after every retry. The transaction was rolled back: nothing was written.
 */
export function isBusyDatabase(error: unknown): boolean {
  const e = error as { errno?: number; code?: string; driverError?: { errno?: number; code?: string } };
  const errno = e.driverError?.errno ?? e.errno;
  const code = e.driverError?.code ?? e.code ?? '';
  return errno === 1205 || code === 'ER_LOCK_WAIT_TIMEOUT' || isRetryableConflict(error);
}

/** Backoff before attempt n + 1: exponential from 10 ms with full jitter, capped at 1 s. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(1000, 10 * 2 ** attempt));
}

/**
 * Runs `work` in one transaction (admitted through the SQLite gate there, and begun IMMEDIATE:
 * it holds SQLite's write lock from its first statement, waiting up to the busy timeout for
 * another process's). A transaction that
 * loses a deadlock is rolled back by the database and run again from the start, up to
 * MAX_TRANSACTION_ATTEMPTS times with jittered backoff: `work` must therefore do nothing outside
 * the transaction that it cannot repeat (mail and webhooks are sent after the commit;
 * idempotency keys are claimed inside the transaction, so a retry claims them again).
 */
export async function runInTransaction<T>(
  ds: DataSource,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const gate = gateOf(ds);
  for (let attempt = 1; ; attempt++) {
    try {
      return gate ? await gate.run(() => ds.transaction(work)) : await ds.transaction(work);
    } catch (error) {
      if (attempt >= MAX_TRANSACTION_ATTEMPTS || !isRetryableConflict(error)) throw error;
      await sleep(retryDelayMs(attempt));
    }
  }
}
