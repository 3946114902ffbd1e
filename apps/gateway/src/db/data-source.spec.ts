import 'reflect-metadata';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../entity';
import { createTestDatabase, mysqlTestUrl, noteMysqlSkipped, type TestDatabase } from '../testing/databases';
import { only } from '../testing/items';
import Database from 'better-sqlite3';
import {
  SQLITE_BUSY_TIMEOUT_MS,
  createDataSource,
  engineOf,
  parseDatabaseUrl,
  redact,
  sqlitePragmas,
} from './data-source';

noteMysqlSkipped();

describe('parseDatabaseUrl', () => {
  it('reads SQLite paths relative to the working directory', () => {
    expect(parseDatabaseUrl('sqlite:data/portal.sqlite')).toEqual({
      engine: 'sqlite',
      database: resolve(process.cwd(), 'data/portal.sqlite'),
    });
    expect(parseDatabaseUrl('sqlite:/tmp/x.sqlite')).toEqual({ engine: 'sqlite', database: '/tmp/x.sqlite' });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ engine: 'sqlite', database: ':memory:' });
  });

  it('reads MySQL and MariaDB URLs', () => {
    expect(parseDatabaseUrl('mysql://portal:s%40cret@db.example:3307/portal')).toEqual({
      engine: 'mysql',
      type: 'mysql',
      host: 'db.example',
      port: 3307,
      username: 'portal',
      password: 's@cret',
      database: 'portal',
    });
    expect(parseDatabaseUrl('mariadb://root@127.0.0.1/portal')).toMatchObject({
      engine: 'mysql',
      type: 'mariadb',
      port: 3306,
      username: 'root',
      password: '',
    });
  });

  it('explains what is wrong', () => {
    expect(() => parseDatabaseUrl('postgres://x@y/z')).toThrow(/Unsupported database URL.*sqlite:<path>/);
    expect(() => parseDatabaseUrl('mysql://root@127.0.0.1:3306')).toThrow(/database name is missing/);
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/needs a path/);
    expect(redact('mysql://user:secret@host/db')).toBe('mysql://user:***@host/db');
  });
});

describe('sqlitePragmas', () => {
  it('gives a database file WAL, and an in-memory one no journal file', () => {
    expect(sqlitePragmas('/tmp/x.sqlite')).toEqual([
      'journal_mode = WAL',
      `busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
      'synchronous = NORMAL',
      'foreign_keys = ON',
    ]);
    expect(sqlitePragmas(':memory:')).not.toContain('journal_mode = WAL');
  });
});

function parseSqlitePath(url: string): string {
  const config = parseDatabaseUrl(url);
  if (config.engine !== 'sqlite') throw new Error(`not a SQLite URL: ${url}`);
  return config.database;
}

describe('createDataSource', () => {
  it('never synchronizes and registers every entity', () => {
    const ds = createDataSource('sqlite::memory:');
    expect(ds.isInitialized).toBe(false);
    expect(ds.options.synchronize).toBe(false);
    expect(ds.options.migrationsRun).toBe(false);
    expect(ds.options.entities).toBe(ALL_ENTITIES);
    expect(engineOf(ds)).toBe('sqlite');
    expect(engineOf(createDataSource('mysql://root@127.0.0.1/x'))).toBe('mysql');
  });

  describe('on SQLite', () => {
    let database: TestDatabase;
    let ds: DataSource;
    beforeAll(async () => {
      database = await createTestDatabase('sqlite');
      ds = createDataSource(database.url.replace('portal.sqlite', 'nested/dir/portal.sqlite'));
      await ds.initialize();
    });
    afterAll(async () => {
      if (ds?.isInitialized) await ds.destroy();
      await database?.drop();
    });

    it('creates the folder and enables WAL, foreign keys, a busy timeout and synchronous = NORMAL', async () => {
      const pragma = async (name: string) =>
        Object.values((await ds.query(`PRAGMA ${name}`))[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(Number(await pragma('busy_timeout'))).toBe(SQLITE_BUSY_TIMEOUT_MS);
      // 1 is NORMAL (2, FULL, is SQLite's default).
      expect(await pragma('synchronous')).toBe(1);
    });

    it('takes the write lock when a transaction begins, before its first write', async () => {
      // Another process's connection, which does not wait for locks.
      const other = new Database(
        parseSqlitePath(database.url.replace('portal.sqlite', 'nested/dir/portal.sqlite')),
        {
          timeout: 0,
        },
      );
      const otherTakesWriteLock = () => {
        other.exec('BEGIN IMMEDIATE');
        other.exec('ROLLBACK');
      };
      try {
        expect(otherTakesWriteLock).not.toThrow();
        await ds.transaction(async (em) => {
          await em.query('SELECT 1');
          expect(otherTakesWriteLock).toThrow(/locked/);
        });
        expect(otherTakesWriteLock).not.toThrow();
      } finally {
        other.close();
      }
    });
  });

  describe.skipIf(!mysqlTestUrl())('on MySQL', () => {
    let database: TestDatabase;
    let ds: DataSource;
    beforeAll(async () => {
      database = await createTestDatabase('mysql');
      ds = createDataSource(database.url);
      await ds.initialize();
    });
    afterAll(async () => {
      if (ds?.isInitialized) await ds.destroy();
      await database?.drop();
    });

    it('talks utf8mb4, detects MariaDB and returns DATE columns as strings', async () => {
      const row = only(
        (await ds.query('SELECT @@character_set_client AS cs, VERSION() AS version')) as {
          cs: string;
          version: string;
        }[],
      );
      expect(row.cs).toBe('utf8mb4');
      expect(ds.options.type).toBe(/mariadb/i.test(row.version) ? 'mariadb' : 'mysql');
      expect(engineOf(ds)).toBe('mysql');
      const dates = only((await ds.query("SELECT DATE('2026-11-27') AS d")) as { d: unknown }[]);
      expect(dates.d).toBe('2026-11-27');
    });
  });
});
