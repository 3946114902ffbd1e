import 'reflect-metadata';
import { AUTH_LIMITS } from '@portal/domain';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../common/clock';
import { loadConfig } from '../config';
import { RequestContext } from '../context';
import { createDataSource, migrate } from '../db/data-source';
import { AuthThrottle } from '../entity';
import { createTestDatabase, type TestDatabase } from '../testing/databases';
import { RecordingMailer } from '../testing/recording-mailer';
import { TEST_NOW, testExchange } from '../testing/portal-harness';
import { AuthLimits } from './auth-limits';

/**
 * Two gateway processes count one limit: each has its own connection to the database file. The
 * second process's first statement of all is the insert of a counter row the first has made.
 */
describe('AuthLimits across processes', () => {
  let database: TestDatabase;
  const processes: DataSource[] = [];
  const contextOf = (dataSource: DataSource) =>
    new RequestContext(
      {
        dataSource,
        clock: new FixedClock(TEST_NOW),
        rateClock: () => 0,
        config: loadConfig({ DATABASE_URL: database.url }),
        mailer: new RecordingMailer(),
      },
      null,
      testExchange(),
    );

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    const first = createDataSource(database.url);
    await first.initialize();
    await migrate(first);
    processes.push(first);
  });
  afterAll(async () => {
    for (const ds of processes) if (ds.isInitialized) await ds.destroy();
    await database?.drop();
  });

  it("counts on a counter row that another process created, from a fresh connection's first insert", async () => {
    const limits = new AuthLimits();
    const key = 'login:192.0.2.1';
    expect(await limits.admit(contextOf(processes[0]!), key, AUTH_LIMITS.loginPerAddress)).toEqual({
      allowed: true,
    });
    const second = createDataSource(database.url);
    await second.initialize();
    processes.push(second);
    expect(await limits.admit(contextOf(second), key, AUTH_LIMITS.loginPerAddress)).toEqual({
      allowed: true,
    });
    const row = await second.getRepository(AuthThrottle).findOneByOrFail({ key });
    expect(row.count).toBe(2);
  });
});
