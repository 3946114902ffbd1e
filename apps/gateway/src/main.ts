import 'reflect-metadata';
import { bootPortal, prepareDatabase } from './app';
import { loadConfig } from './config';
import { createDataSource, redact } from './db/data-source';
import { runWebProcesses } from './http/cluster';

/**
 * Production entry: serves the portal on PORT with the database of DATABASE_URL, in
 * WEB_CONCURRENCY processes (http/cluster.ts). The database is migrated once, before any
 * process serves it.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  await runWebProcesses({
    count: config.webConcurrency,
    prepare: async () => {
      const dataSource = createDataSource(config.databaseUrl);
      try {
        const ran = await prepareDatabase(dataSource);
        if (ran.length)
          console.log(
            `Migrated ${redact(config.databaseUrl)} (${ran.length} migration${ran.length === 1 ? '' : 's'})`,
          );
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
      }
    },
    serve: (workerSlot) => bootPortal(config, { migrate: false, workerSlot }),
    ready: () => {
      const processes = config.webConcurrency > 1 ? ` in ${config.webConcurrency} processes` : '';
      console.log(
        `Buyer portal listening on ${config.publicUrl}${processes} (GraphQL at ${config.publicUrl}/graphql)`,
      );
      if (config.webConcurrency > 1 && config.api.rateLimits && !config.api.redisUrl)
        console.warn(
          `Without REDIS_URL each of the ${config.webConcurrency} processes keeps its own rate-limit buckets: a client may use up to ${config.webConcurrency} times its budget.`,
        );
    },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
