import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

export type TestEngine = 'sqlite' | 'mysql';

export interface TestDatabase {
  /** A database URL for `createDataSource`. */
  url: string;
  /** Deletes the database (the temp file, or DROP DATABASE). */
  drop(): Promise<void>;
}

/**
 * The MySQL/MariaDB server for tests, from TEST_MYSQL_URL (e.g. mysql://root@127.0.0.1:3306),
 * or undefined when MySQL tests should be skipped.
 */
export function mysqlTestUrl(): string | undefined {
  const url = process.env.TEST_MYSQL_URL?.trim();
  return url ? url : undefined;
}

/** The engines to run database tests on: always SQLite, MySQL when TEST_MYSQL_URL is set. */
export function testEngines(): TestEngine[] {
  return mysqlTestUrl() ? ['sqlite', 'mysql'] : ['sqlite'];
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

/**
 * Creates a fresh, empty database: a file under os.tmpdir() for SQLite, or a uniquely named
 * `portal_test_<random>` database on the TEST_MYSQL_URL server.
 */
export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'portal-test-'));
    return {
      url: `sqlite:${join(dir, 'portal.sqlite')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }

  const serverUrl = mysqlTestUrl();
  if (!serverUrl) throw new Error('TEST_MYSQL_URL is not set (e.g. mysql://root@127.0.0.1:3306)');
  const server = new URL(serverUrl);
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  const connect = () =>
    createConnection({
      host: server.hostname || '127.0.0.1',
      port: server.port ? Number(server.port) : 3306,
      user: decodeURIComponent(server.username) || 'root',
      password: decodeURIComponent(server.password),
    });
  const admin = await connect();
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const base = new URL(serverUrl);
  base.pathname = `/${name}`;
  base.search = '';
  return {
    url: base.toString(),
    drop: async () => {
      const connection = await connect();
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
}
