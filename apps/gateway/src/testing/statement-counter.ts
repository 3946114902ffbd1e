import type { Logger, QueryRunner } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements the server runs (Vendure's
 * collection-n-plus-one test does the same). Pass it to startTestPortal(engine, { logger }).
 * Transaction control statements (BEGIN, COMMIT, ...) are not counted.
 */
export class StatementCounter implements Logger {
  private statements: string[] = [];
  private recording = false;

  /** Counts the statements `work` causes on the server. */
  async count<T>(work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
    this.statements = [];
    this.recording = true;
    try {
      const result = await work();
      return { result, count: this.statements.length, statements: [...this.statements] };
    } finally {
      this.recording = false;
    }
  }

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    if (!this.recording) return;
    if (/^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE|SET )/i.test(query)) return;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
