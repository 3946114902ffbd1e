import 'reflect-metadata';
import type { DataSource, Migration } from 'typeorm';
import { FixedClock, SystemClock, type Clock } from './common/clock';
import type { PortalConfig } from './config';
import type { PortalRuntime } from './context';
import { createDataSource, engineOf, migrate } from './db/data-source';
import { startHttpServer, type RunningPortal } from './http/server';
import { createMailer, type Mailer } from './mail/mailer';
import { createOutboxWorker } from './outbox/create-worker';
import { OutboxSignal } from './outbox/outbox-signal';
import type { OutboxWorker } from './outbox/outbox-worker';
import { buildPriceIndexesInBackground } from './service/catalog/price-index/price-index-builder';
import { createServices, type Services } from './service/services';
import { defaultPaymentProviders, type PaymentProviderRegistry } from './service/payments/payment-providers';

export interface BootOptions {
  /** Run pending migrations on start-up (the default for the embedded SQLite database). */
  migrate?: boolean;
  clock?: Clock;
  mailer?: Mailer;
  dataSource?: DataSource;
  /** Time of the rate-limit buckets (default: real time, whatever PORTAL_NOW says). */
  rateClock?: () => number;
  /** The payment provider of each method (default: defaultPaymentProviders); tests inject recording ones. */
  paymentProviders?: PaymentProviderRegistry;
  /** This process's number among the WEB_CONCURRENCY workers (http/cluster.ts), told by /healthz; null alone. */
  workerSlot?: number | null;
}

export interface BootedPortal extends RunningPortal {
  runtime: PortalRuntime;
  services: Services;
  /** This process's outbox worker: polling when OUTBOX_WORKER is on (the default), idle otherwise. */
  outbox: OutboxWorker;
}

/** Opens the database, migrates it where asked, builds the services and starts serving. */
export async function bootPortal(config: PortalConfig, options: BootOptions = {}): Promise<BootedPortal> {
  const dataSource = options.dataSource ?? createDataSource(config.databaseUrl);
  if (!dataSource.isInitialized) await dataSource.initialize();
  const shouldMigrate = options.migrate ?? engineOf(dataSource) === 'sqlite';
  if (shouldMigrate) {
    await migrate(dataSource);
  } else if (await dataSource.showMigrations()) {
    await dataSource.destroy();
    throw new Error('The database has pending migrations: run `pnpm db:migrate` first.');
  }
  const clock =
    options.clock ??
    (config.fixedNow
      ? new FixedClock(config.fixedNow, config.sellerTimeZone)
      : new SystemClock(config.sellerTimeZone));
  const mailer = options.mailer ?? createMailer(config);
  const readDataSource = await openReadReplica(config, dataSource);
  const runtime: PortalRuntime = {
    dataSource,
    readDataSource,
    clock,
    config,
    mailer,
    rateClock: options.rateClock ?? (() => Date.now()),
    outboxSignal: new OutboxSignal(),
  };
  const paymentProviders = options.paymentProviders ?? defaultPaymentProviders(config);
  const services = createServices({ paymentProviders });
  const outbox = createOutboxWorker(runtime, services);
  const server = await startHttpServer(runtime, services, {
    port: config.port,
    host: config.host,
    workerSlot: options.workerSlot ?? null,
  });
  // The worker's process also builds the price indexes that are missing (e.g. after a bulk load);
  // with several processes, each tries and a lease on the index's state row lets one build it.
  const priceIndexes = config.outbox.inProcessWorker
    ? buildPriceIndexesInBackground(runtime, services.pricing)
    : Promise.resolve();
  if (config.outbox.inProcessWorker) outbox.start();
  return {
    ...server,
    runtime,
    services,
    outbox,
    close: async () => {
      await priceIndexes;
      await outbox.stop();
      await server.close();
      if (readDataSource?.isInitialized) await readDataSource.destroy();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/**
 * Readies the database before any gateway process serves it (run once, by the process that
 * starts the others: http/cluster.ts): migrates the embedded SQLite database; a MySQL/MariaDB
 * database is migrated apart (`pnpm db:migrate`), so pending migrations there are refused.
 * Answers the migrations that ran.
 */
export async function prepareDatabase(dataSource: DataSource): Promise<Migration[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  if (engineOf(dataSource) === 'sqlite') return migrate(dataSource);
  if (await dataSource.showMigrations())
    throw new Error('The database has pending migrations: run `pnpm db:migrate` first.');
  return [];
}

/**
 * The outbox worker alone (`pnpm worker`), without the HTTP server: for deployments that run
 * their gateways with OUTBOX_WORKER=off and workers apart. The database must be migrated.
 */
export async function bootWorker(
  config: PortalConfig,
  options: Pick<BootOptions, 'clock' | 'mailer' | 'dataSource'> = {},
): Promise<{ outbox: OutboxWorker; close(): Promise<void> }> {
  const dataSource = options.dataSource ?? createDataSource(config.databaseUrl);
  if (!dataSource.isInitialized) await dataSource.initialize();
  if (await dataSource.showMigrations()) {
    await dataSource.destroy();
    throw new Error('The database has pending migrations: run `pnpm db:migrate` first.');
  }
  const clock =
    options.clock ??
    (config.fixedNow
      ? new FixedClock(config.fixedNow, config.sellerTimeZone)
      : new SystemClock(config.sellerTimeZone));
  const mailer = options.mailer ?? createMailer(config);
  const runtime: PortalRuntime = { dataSource, clock, config, mailer, rateClock: () => Date.now() };
  const services = createServices();
  const outbox = createOutboxWorker(runtime, services);
  const priceIndexes = buildPriceIndexesInBackground(runtime, services.pricing);
  outbox.start();
  return {
    outbox,
    close: async () => {
      await priceIndexes;
      await outbox.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/** The read replica of DATABASE_READ_URL (MySQL/MariaDB, like the primary), or null. */
async function openReadReplica(config: PortalConfig, primary: DataSource): Promise<DataSource | null> {
  if (!config.readDatabaseUrl) return null;
  const replica = createDataSource(config.readDatabaseUrl);
  if (engineOf(replica) !== 'mysql' || engineOf(primary) !== 'mysql') {
    await primary.destroy();
    throw new Error('DATABASE_READ_URL needs MySQL/MariaDB for both the primary and the replica.');
  }
  await replica.initialize();
  return replica;
}
