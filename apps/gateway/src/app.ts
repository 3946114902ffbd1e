import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { FixedClock, SystemClock, type Clock } from './common/clock';
import type { PortalConfig } from './config';
import type { PortalRuntime } from './context';
import { createDataSource, engineOf, migrate } from './db/data-source';
import { startHttpServer, type RunningPortal } from './http/server';
import { createMailer, type Mailer } from './mail/mailer';
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
}

export interface BootedPortal extends RunningPortal {
  runtime: PortalRuntime;
  services: Services;
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
  };
  const paymentProviders = options.paymentProviders ?? defaultPaymentProviders(config);
  const services = createServices({ mailer, paymentProviders });
  const server = await startHttpServer(runtime, services, { port: config.port, host: config.host });
  return {
    ...server,
    runtime,
    services,
    close: async () => {
      await server.close();
      if (readDataSource?.isInitialized) await readDataSource.destroy();
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
