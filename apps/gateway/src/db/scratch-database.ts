import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { Engine } from './data-source';

/** A database made for one job and dropped after it. */
export interface ScratchDatabase {
  /** A database URL for `createDataSource`. */
  url: string;
  /** Deletes the database (the temp file, or DROP DATABASE). */
  drop(): Promise<void>;
}

/**
 * Creates a fresh, empty database: a file under the system's temp folder for SQLite, or a
 * uniquely named `<prefix>_<random>` database on the MySQL/MariaDB server of `mysqlServerUrl`
 * (e.g. mysql://root@127.0.0.1:3306). Used by the migration generator and by the tests.
 */
export async function createScratchDatabase(
  engine: Engine,
  mysqlServerUrl?: string,
  prefix = 'portal_scratch',
): Promise<ScratchDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'portal-db-'));
    return {
      url: `sqlite:${join(dir, 'portal.sqlite')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!mysqlServerUrl)
    throw new Error('A MySQL/MariaDB server URL is needed, e.g. mysql://root@127.0.0.1:3306');
  const server = new URL(mysqlServerUrl);
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
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
  const url = new URL(mysqlServerUrl);
  url.pathname = `/${name}`;
  url.search = '';
  return {
    url: url.toString(),
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
