import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type DataSourceOptions, type Logger, type Migration, type QueryRunner } from 'typeorm';
import { ALL_ENTITIES, assertSqliteExactDecimal } from '../entity';
import { MYSQL_MIGRATIONS } from '../migration/mysql';
import { SQLITE_MIGRATIONS } from '../migration/sqlite';

export type Engine = 'sqlite' | 'mysql';

export type DatabaseConfig =
  | { engine: 'sqlite'; /** Absolute path, or ':memory:'. */ database: string }
  | {
      engine: 'mysql';
      /**
       * 'mariadb' for mariadb:// URLs; for mysql:// URLs 'mysql', switched to 'mariadb' on
       * initialize when the server turns out to be MariaDB (TypeORM reads MariaDB's schema
       * differently, and the migrations are checked against its reading).
       */
      type: 'mysql' | 'mariadb';
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };

export const DEFAULT_DATABASE_URL = 'sqlite:data/portal.sqlite';

/**
 * Parses a database URL:
 * - `sqlite:<path>` (relative to the process's working directory), `sqlite::memory:` in memory;
 * - `mysql://user:password@host:port/database` or `mariadb://...`.
 */
export function parseDatabaseUrl(url: string): DatabaseConfig {
  const trimmed = url.trim();
  if (trimmed.startsWith('sqlite:')) {
    let path = trimmed.slice('sqlite:'.length);
    if (path.startsWith('//')) path = path.slice(2); // tolerate sqlite://relative/path
    if (path === '')
      throw new Error(`Invalid database URL "${url}": sqlite:<path> needs a path (or :memory:)`);
    return { engine: 'sqlite', database: path === ':memory:' ? ':memory:' : resolve(process.cwd(), path) };
  }
  if (/^(mysql|mariadb):\/\//i.test(trimmed)) {
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      throw new Error(
        `Invalid database URL "${redact(url)}": not a valid mysql://user:password@host:port/database URL`,
      );
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!database) {
      throw new Error(
        `Invalid database URL "${redact(url)}": the database name is missing (mysql://user:password@host:port/database)`,
      );
    }
    return {
      engine: 'mysql',
      type: parsed.protocol.toLowerCase() === 'mariadb:' ? 'mariadb' : 'mysql',
      host: parsed.hostname || '127.0.0.1',
      port: parsed.port ? Number(parsed.port) : 3306,
      username: decodeURIComponent(parsed.username) || 'root',
      password: decodeURIComponent(parsed.password),
      database,
    };
  }
  throw new Error(
    `Unsupported database URL "${redact(url)}": use sqlite:<path>, sqlite::memory: or mysql://user:password@host:port/database`,
  );
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}

export interface CreateDataSourceOptions {
  /** Receives every statement (e.g. a statement counter in tests). */
  logger?: Logger;
  /** Log queries through the logger (default: on when a logger is given). */
  logging?: boolean;
}

/**
 * Creates an (uninitialised) DataSource for a database URL with every entity and the engine's
 * migrations. The schema is only ever changed by migrations: `synchronize` is always off.
 */
export function createDataSource(url: string, options: CreateDataSourceOptions = {}): DataSource {
  const config = parseDatabaseUrl(url);
  const common = {
    entities: ALL_ENTITIES,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    ...(options.logger ? { logger: options.logger } : {}),
    logging: options.logging ?? Boolean(options.logger),
  } as const;

  if (config.engine === 'sqlite') {
    if (config.database !== ':memory:') mkdirSync(dirname(config.database), { recursive: true });
    const ds = new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: config.database,
      migrations: SQLITE_MIGRATIONS,
      enableWAL: config.database !== ':memory:',
      timeout: SQLITE_BUSY_TIMEOUT_MS,
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        for (const pragma of sqlitePragmas(config.database)) db.pragma(pragma);
      },
    });
    guardSqliteDecimals(ds);
    beginImmediate(ds);
    return ds;
  }

  return new MysqlDataSource({
    ...common,
    type: config.type,
    host: config.host,
    port: config.port,
    username: config.username,
    password: config.password,
    database: config.database,
    migrations: MYSQL_MIGRATIONS,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    bigNumberStrings: true,
    poolSize: MYSQL_POOL_SIZE,
    // Every read after a lock sees what was committed before it was granted: a transaction that
    // locks the company row and then sums its credit exposure must count an order that another
    // process placed while it waited (REPEATABLE READ would answer from an older snapshot).
    isolationLevel: 'READ COMMITTED',
  });
}

/**
 * How long a SQLite statement waits for another connection's lock (another gateway process
 * writing) before it fails with SQLITE_BUSY, which runInTransaction then retries. better-sqlite3
 * is synchronous: the wait blocks this process's event loop, so it only ever lasts as long as
 * another process's write transaction.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Set on every SQLite connection, so that several gateway processes (WEB_CONCURRENCY) can share
 * one database file: WAL (readers never wait for the writer, nor it for them), a busy timeout
 * (a writer waits for another process's write lock instead of failing at once), synchronous =
 * NORMAL (WAL's safe setting: a power cut may lose the last commits, never corrupt the file),
 * and foreign keys. An in-memory database has no journal file, and no other process.
 */
export function sqlitePragmas(database: string): string[] {
  return [
    ...(database === ':memory:' ? [] : ['journal_mode = WAL']),
    `busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
    'synchronous = NORMAL',
    'foreign_keys = ON',
  ];
}

/**
 * Makes every SQLite transaction take the database's write lock when it begins (BEGIN
 * IMMEDIATE), not at its first write (TypeORM's BEGIN is deferred). A transaction here reads,
 * checks and then writes; begun deferred in two processes at once, the second to write would
 * find its snapshot stale and fail with SQLITE_BUSY_SNAPSHOT, which no busy timeout can wait
 * out. Begun immediate, the second waits (busy_timeout) and then reads what the first
 * committed: across processes, as the in-process TransactionGate does within one, SQLite
 * transactions run one at a time. (Every transaction of the portal writes, or guards a write.)
 */
function beginImmediate(ds: DataSource): void {
  const driver = ds.driver;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  const patched = new WeakSet<QueryRunner>();
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    if (!patched.has(runner)) {
      patched.add(runner);
      const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
      runner.query = ((sql: string, ...rest: unknown[]) =>
        query(
          sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql,
          ...rest,
        )) as QueryRunner['query'];
    }
    return runner;
  };
}

/** Connections per process to MySQL/MariaDB: each transaction holds one (RequestContext.db runs its reads on it too). */
export const MYSQL_POOL_SIZE = 20;

/**
 * SQLite's NUMERIC affinity turns a decimal text into a REAL (or INTEGER) keeping only 15
 * significant digits. Up to 15 the REAL reads back as exactly the decimal written (and sorts
 * and compares numerically); beyond that SQLite would silently round, so writes of such values
 * are refused here (MySQL keeps the full decimal(p,s)).
 */
function guardSqliteDecimals(ds: DataSource): void {
  const driver = ds.driver;
  const prepare = driver.preparePersistentValue.bind(driver);
  driver.preparePersistentValue = (value, column) => {
    const prepared: unknown = prepare(value, column);
    if (column.type === 'decimal' && (typeof prepared === 'string' || typeof prepared === 'number')) {
      assertSqliteExactDecimal(prepared, `${column.entityMetadata.name}.${column.propertyName}`);
    }
    return prepared;
  };
}

/** A MySQL DataSource that tells TypeORM when the server is MariaDB. */
class MysqlDataSource extends DataSource {
  override async initialize(): Promise<this> {
    if (this.options.type === 'mysql' && (await isMariaDb(this.options))) {
      (this.options as { type: string }).type = 'mariadb';
      (this.driver.options as { type: string }).type = 'mariadb';
    }
    return super.initialize();
  }
}

async function isMariaDb(options: DataSourceOptions): Promise<boolean> {
  if (options.type !== 'mysql') return false;
  const connection = await createConnection({
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
    connectTimeout: 10_000,
  });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const version = (rows as { version: string }[])[0]?.version ?? '';
    return /mariadb/i.test(version);
  } finally {
    await connection.end();
  }
}

/** The engine family of a DataSource. */
export function engineOf(ds: DataSource): Engine {
  const type = ds.options.type;
  if (type === 'better-sqlite3') return 'sqlite';
  if (type === 'mysql' || type === 'mariadb') return 'mysql';
  throw new Error(`Unsupported database type ${String(type)}`);
}

/** Runs the pending migrations, each in its own transaction; returns those that ran. */
export async function migrate(ds: DataSource): Promise<Migration[]> {
  return ds.runMigrations({ transaction: 'each' });
}
