import 'reflect-metadata';
import { bootPortal } from './app';
import { loadConfig } from './config';

/** Production entry: serves the portal on PORT with the database of DATABASE_URL. */
async function main(): Promise<void> {
  const config = loadConfig();
  const portal = await bootPortal(config);
  console.log(`Buyer portal listening on ${config.publicUrl} (GraphQL at ${config.publicUrl}/graphql)`);
  const stop = async () => {
    await portal.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
