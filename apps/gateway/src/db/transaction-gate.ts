/**
 * Admits pieces of work a limited number at a time, the waiting ones in arrival order.
 *
 * Used for SQLite only: better-sqlite3 gives TypeORM a single connection, and a second
 * transaction started while one is open would silently become a savepoint inside it. The gate
 * orders this process's transactions on its connection; it is no guard against other processes
 * on the same file (WEB_CONCURRENCY, a second gateway): there the database's write lock is,
 * taken when each transaction begins (BEGIN IMMEDIATE, db/data-source.ts). On
 * MySQL/MariaDB every transaction has its own pooled connection, and every read made inside a
 * transaction runs on that connection (RequestContext.db), so no gate is needed there: a lock
 * holder never waits for a second connection.
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
