import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MYSQL_MIGRATIONS } from '../migration/mysql';
import { SQLITE_MIGRATIONS } from '../migration/sqlite';
import {
  createTestDatabase,
  mysqlTestUrl,
  noteMysqlSkipped,
  type TestDatabase,
  type TestEngine,
} from '../testing/databases';
import { createDataSource, engineOf, migrate } from './data-source';

noteMysqlSkipped();

for (const engine of ['sqlite', 'mysql'] as TestEngine[]) {
  describe.skipIf(engine === 'mysql' && !mysqlTestUrl())(`migrations on ${engine}`, () => {
    let database: TestDatabase;
    let ds: DataSource;
    const expected = engine === 'sqlite' ? SQLITE_MIGRATIONS : MYSQL_MIGRATIONS;

    beforeAll(async () => {
      database = await createTestDatabase(engine);
      ds = createDataSource(database.url);
      await ds.initialize();
    });

    afterAll(async () => {
      if (ds?.isInitialized) await ds.destroy();
      await database?.drop();
    });

    it('runs every migration on an empty database', async () => {
      expect(engineOf(ds)).toBe(engine);
      const ran = await migrate(ds);
      expect(ran.map((migration) => migration.name)).toEqual(expected.map((migration) => migration.name));
    });

    it('builds exactly the schema of the entities', async () => {
      const sql = await ds.driver.createSchemaBuilder().log();
      const pending = sql.upQueries.map((query) => query.query);
      expect(
        pending,
        `schema differs from the entities; missing statements:\n${pending.join(';\n')}`,
      ).toEqual([]);
    });

    it('does nothing when run again', async () => {
      expect(await migrate(ds)).toEqual([]);
      expect(await ds.showMigrations()).toBe(false);
    });

    it('reverts the last migration and applies it again', async () => {
      await ds.undoLastMigration({ transaction: 'each' });
      const queryRunner = ds.createQueryRunner();
      try {
        if (expected.length === 1) {
          expect(await queryRunner.hasTable('sales_order')).toBe(false);
          expect(await queryRunner.hasTable('user')).toBe(false);
        }
      } finally {
        await queryRunner.release();
      }
      expect(await ds.showMigrations()).toBe(true);
      const ran = await migrate(ds);
      expect(ran).toHaveLength(1);
      expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    });
  });
}
