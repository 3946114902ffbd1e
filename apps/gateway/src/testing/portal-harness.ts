import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'typeorm';
import { bootPortal, type BootedPortal } from '../app';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { SESSION_COOKIE } from '../auth/session.service';
import { FixedClock, addHours } from '../common/clock';
import { Session, User } from '../entity';
import { loadConfig } from '../config';
import type { HttpExchange } from '../context';
import { createDataSource } from '../db/data-source';
import type { PaymentProviderRegistry } from '../service/payments/payment-provider';
import { seedCatalogFixture, type CatalogFixture } from './catalog-fixture';
import { createTestDatabase, mysqlTestUrl } from './databases';
import { seedAccessFixture, type AccessFixture } from './fixtures';
import { GraphQLClient } from './graphql-client';
import { RecordingMailer } from './recording-mailer';

export type Engine = 'sqlite' | 'mysql';

/** The engines an e2e suite runs on: SQLite always, MariaDB when TEST_MYSQL_URL is set. */
export function testEngines(): Engine[] {
  if (mysqlTestUrl()) return ['sqlite', 'mysql'];
  console.warn('[e2e] TEST_MYSQL_URL is not set: the MySQL/MariaDB variant of this suite is skipped.');
  return ['sqlite'];
}

export const TEST_NOW = '2026-11-27T09:00:00.000Z';
export const FIXTURE_PASSWORD = 'portal-demo';
/**
 * scrypt cost of passwords in tests (N = 2^10, about 1 ms): suites sign many users in. Only a
 * test configuration may go this low; production refuses anything below PASSWORD_HASH_COST.
 */
export const TEST_PASSWORD_HASH_COST = 10;

export interface TestPortal extends BootedPortal {
  engine: Engine;
  /** The database the portal serves (for a second gateway process on it). */
  databaseUrl: string;
  clock: FixedClock;
  mailer: RecordingMailer;
  fixture: AccessFixture;
  /** The catalog fixture; only with startTestPortal(engine, { catalog: true }) (throws otherwise). */
  readonly catalog: CatalogFixture;
  client(): GraphQLClient;
  /** A client signed in as the given e-mail with the fixture password (through the `login` mutation). */
  signedIn(email: string): Promise<GraphQLClient>;
  /**
   * One signed-in client per key of `emails` (as signedIn, one after the other in the order of
   * the keys), typed by those keys: `const c = await portal.signedInAll({ buyer: 'buyer@acme.example' })`.
   */
  signedInAll<K extends string>(emails: Readonly<Record<K, string>>): Promise<Record<K, GraphQLClient>>;
  /**
   * A client with a session minted directly in the database, for suites that are not about
   * signing in. `validForHours` (default: the configured session lifetime) lets a suite that
   * moves the clock across weeks keep its sessions.
   */
  sessionOf(email: string, options?: { validForHours?: number }): Promise<GraphQLClient>;
  stop(): Promise<void>;
}

export interface TestPortalOptions {
  /** Also seed the catalog fixture (testing/catalog-fixture.ts). */
  catalog?: boolean;
  /** A TypeORM logger for the server's data source, e.g. a StatementCounter. */
  logger?: Logger;
  /** The payment providers (default: the built-in ones), e.g. a registry with a recording card provider. */
  paymentProviders?: PaymentProviderRegistry;
  /** The instant the suite lives at (default TEST_NOW). */
  now?: string;
  /** The MySQL/MariaDB server of the database (default TEST_MYSQL_URL), e.g. one Galera node. */
  mysqlServerUrl?: string;
  /**
   * Environment for loadConfig on top of the harness's (e.g. `{ RATE_LIMIT_TOKEN: '100:10' }`).
   * By default every cost bucket is so large that no suite is throttled (TEST_BUCKETS); the
   * limit suites set their own.
   */
  env?: Record<string, string>;
  /**
   * How the outbox is delivered: `after-each-request` (default) drains it in the test process
   * after every response whose request committed messages, as this process's worker would at
   * once; `manual`: only when the suite calls `portal.outbox.drain()` (the worker is stopped).
   */
  outbox?: 'after-each-request' | 'manual';
}

/**
 * Buckets no ordinary suite drains (suites sign in many users from one address), and a cost
 * maximum that lets statement-count and exhaustive suites ask for big pages; the limit suites
 * (e2e/api-limits.e2e-spec.ts) use the production values.
 */
export const TEST_BUCKETS = {
  MAX_QUERY_COST: '1000000',
  RATE_LIMIT_TOKEN: '1000000:1000000',
  RATE_LIMIT_SESSION: '1000000:1000000',
  RATE_LIMIT_ANONYMOUS: '1000000:1000000',
};

/** Boots the real server over HTTP on a fresh database of the engine, with the access fixture. */
export async function startTestPortal(engine: Engine, options: TestPortalOptions = {}): Promise<TestPortal> {
  const database = await createTestDatabase(engine, options.mysqlServerUrl);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    PORT: '0',
    HOST: '127.0.0.1',
    SESSION_SECRET: 'e2e-secret',
    DATA_DIR: dataDir,
    WEB_DIST_DIR: '',
    PUBLIC_URL: 'http://portal.test',
    PASSWORD_HASH_COST: String(TEST_PASSWORD_HASH_COST),
    ...TEST_BUCKETS,
    // The suites deliver the outbox themselves (options.outbox), on the fixed clock.
    OUTBOX_WORKER: 'off',
    ...options.env,
  });
  const clock = new FixedClock(options.now ?? TEST_NOW);
  const mailer = new RecordingMailer();
  const dataSource = options.logger ? createDataSource(database.url, { logger: options.logger }) : undefined;
  const portal = await bootPortal(config, {
    migrate: true,
    clock,
    // The suites drain and restore buckets by moving the fixed clock.
    rateClock: () => clock.now().getTime(),
    mailer,
    ...(dataSource ? { dataSource } : {}),
    ...(options.paymentProviders ? { paymentProviders: options.paymentProviders } : {}),
  });
  const fixture = await seedAccessFixture(
    portal.runtime.dataSource,
    clock.now(),
    FIXTURE_PASSWORD,
    TEST_PASSWORD_HASH_COST,
  );
  const catalog = options.catalog
    ? await seedCatalogFixture(portal.runtime.dataSource, clock.now(), fixture)
    : null;
  let outboxDue = false;
  portal.runtime.outboxSignal?.onWake(() => {
    outboxDue = true;
  });
  const deliverOutbox =
    options.outbox === 'manual'
      ? null
      : async () => {
          if (!outboxDue) return;
          outboxDue = false;
          await portal.outbox.drain();
        };
  const client = () => new GraphQLClient(portal.url, deliverOutbox);
  const signedIn = async (email: string) => {
    const c = client();
    await c.login(email, FIXTURE_PASSWORD);
    return c;
  };
  return {
    ...portal,
    engine,
    databaseUrl: database.url,
    clock,
    mailer,
    fixture,
    get catalog(): CatalogFixture {
      if (!catalog) throw new Error('Start the portal with { catalog: true } to use the catalog fixture');
      return catalog;
    },
    client,
    signedIn,
    async signedInAll<K extends string>(emails: Readonly<Record<K, string>>) {
      const clients: [K, GraphQLClient][] = [];
      // Object.entries forgets the key type: the keys are exactly those of `emails`.
      for (const [key, email] of Object.entries<string>(emails))
        clients.push([key as K, await signedIn(email)]);
      return Object.fromEntries(clients) as Record<K, GraphQLClient>;
    },
    async sessionOf(email: string, sessionOptions: { validForHours?: number } = {}) {
      const ds = portal.runtime.dataSource;
      const user = await ds.getRepository(User).findOneByOrFail({ email });
      const token = newSecretToken();
      const now = clock.now();
      await ds.getRepository(Session).insert({
        userId: user.id,
        tokenHash: hashSecretToken(token, config.sessionSecret),
        createdAt: now,
        expiresAt: addHours(now, sessionOptions.validForHours ?? config.sessionTtlHours),
        lastSeenAt: now,
        revokedAt: null,
        ipAddress: '127.0.0.1',
        userAgent: 'e2e session',
      });
      const c = client();
      c.setCookie(`${SESSION_COOKIE}=${token}`);
      return c;
    },
    async stop() {
      await portal.close();
      await database.drop();
    },
  };
}

/** The HTTP side of a RequestContext built in a test (no cookies, a loopback address). */
export function testExchange(): HttpExchange {
  return {
    ip: '127.0.0.1',
    userAgent: 'test',
    setSessionCookie: () => undefined,
    clearSessionCookie: () => undefined,
    signedInUserId: null,
    trustedDocument: null,
  };
}
