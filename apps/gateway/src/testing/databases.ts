import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database';

export type TestEngine = 'sqlite' | 'mysql';
export type TestDatabase = ScratchDatabase;

/**
 * The MySQL/MariaDB server for tests, from TEST_MYSQL_URL (e.g. mysql://root@127.0.0.1:3306),
 * or undefined when MySQL tests should be skipped.
 */
export function mysqlTestUrl(): string | undefined {
  const url = process.env.TEST_MYSQL_URL?.trim();
  return url ? url : undefined;
}

/**
 * The nodes of a Galera cluster for the cluster suite, from TEST_GALERA_URLS (comma-separated,
 * e.g. mysql://root@127.0.0.1:3311,mysql://root@127.0.0.1:3312,mysql://root@127.0.0.1:3313, as
 * tools/cluster/galera.sh starts them); empty when the cluster suite should be skipped.
 */
export function galeraTestUrls(): string[] {
  return (process.env.TEST_GALERA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}

let noted = false;

/** Logs (once per process) that MySQL cases are skipped. */
export function noteMysqlSkipped(): void {
  if (!mysqlTestUrl() && !noted) {
    noted = true;
    console.warn(
      '[db tests] TEST_MYSQL_URL is not set: MySQL/MariaDB cases are skipped (e.g. TEST_MYSQL_URL=mysql://root@127.0.0.1:3306).',
    );
  }
}

/** A fresh, empty database for a test: a temp SQLite file, or `portal_test_<random>` on TEST_MYSQL_URL. */
export function createTestDatabase(
  engine: TestEngine,
  mysqlServerUrl = mysqlTestUrl(),
): Promise<TestDatabase> {
  if (engine === 'mysql' && !mysqlServerUrl)
    throw new Error('TEST_MYSQL_URL is not set (e.g. mysql://root@127.0.0.1:3306)');
  return createScratchDatabase(engine, mysqlServerUrl, 'portal_test');
}
