import type { DataSource, EntityManager } from 'typeorm';
import { MYSQL_POOL_SIZE } from './data-source';

/**
 * Admits transactions to the database a limited number at a time.
 *
 * SQLite: one at a time. The driver has a single connection, and a second concurrent
 * transaction would silently become a savepoint inside the first.
 *
 * MySQL/MariaDB: at most half the connection pool. A transaction may still read through the
 * request's DataLoaders, which take another pooled connection; if every connection were held by
 * a transaction waiting for a row lock, the one holding the lock could not get a connection for
 * such a read and all of them would wait until the lock timeout. Keeping connections free for
 * those reads (plain MVCC SELECTs, which take no locks) guarantees progress.
 */
export class TransactionGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

const gates = new WeakMap<DataSource, TransactionGate>();

export function transactionGateOf(ds: DataSource): TransactionGate {
  let gate = gates.get(ds);
  if (!gate) {
    gate = new TransactionGate(
      ds.options.type === 'better-sqlite3' ? 1 : Math.max(1, Math.floor(MYSQL_POOL_SIZE / 2)),
    );
    gates.set(ds, gate);
  }
  return gate;
}

/** Runs `work` in one transaction, admitted by the data source's gate. */
export function gatedTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return transactionGateOf(ds).run(() => ds.transaction(work));
}
