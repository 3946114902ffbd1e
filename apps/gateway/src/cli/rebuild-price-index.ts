/**
 * Builds every missing or stale price index (the PRICE sort of contract prices), for today's
 * business date (PORTAL_NOW when set), and exits: run it after a bulk load of products or
 * pricelists (tools/bench does), or to catch up without waiting for the worker's job.
 *
 *   DATABASE_URL=mysql://user:pass@host:3306/portal node dist/cli/rebuild-price-index.js
 *   npx tsx src/cli/rebuild-price-index.ts    # default DATABASE_URL sqlite:data/portal.sqlite
 *
 * Safe next to running gateways and workers: each pricelist is built by whoever claims it.
 */
import 'reflect-metadata';
import { FixedClock, SystemClock } from '../common/clock';
import { loadConfig } from '../config';
import type { PortalRuntime } from '../context';
import { createDataSource, redact } from '../db/data-source';
import { createMailer } from '../mail/mailer';
import { PriceIndexBuilder } from '../service/catalog/price-index/price-index-builder';
import { createServices } from '../service/services';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(config.databaseUrl);
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations())
      throw new Error('The database has pending migrations: run `pnpm db:migrate` first.');
    const clock = config.fixedNow
      ? new FixedClock(config.fixedNow, config.sellerTimeZone)
      : new SystemClock(config.sellerTimeZone);
    const runtime: PortalRuntime = {
      dataSource,
      clock,
      config,
      mailer: createMailer(config),
      rateClock: () => Date.now(),
    };
    console.log(`Building price indexes of ${redact(config.databaseUrl)} for ${clock.today()}`);
    const started = Date.now();
    const built = await new PriceIndexBuilder(runtime, createServices().pricing).refreshStale();
    console.log(`Built ${built.length} pricelist index(es) in ${Date.now() - started} ms`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('Price index build failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
