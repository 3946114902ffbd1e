import 'reflect-metadata';
import { bootPortal } from './app';
import { loadConfig } from './config';
import { stopOnSignals } from './http/shutdown';

/** Production entry: serves the portal on PORT with the database of DATABASE_URL. */
async function main(): Promise<void> {
  const config = loadConfig();
  const portal = await bootPortal(config);
  console.log(`Buyer portal listening on ${config.publicUrl} (GraphQL at ${config.publicUrl}/graphql)`);
  stopOnSignals(portal);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
