/**
 * Runs the outbox worker alone (no HTTP server): `pnpm worker`, or
 *
 *   DATABASE_URL=mysql://user:pass@host:3306/portal node dist/cli/worker.js
 *
 * Any number may run next to the gateways: they claim messages with SELECT … FOR UPDATE SKIP
 * LOCKED on MySQL/MariaDB, and in transactions that hold the file's write lock on SQLite (BEGIN
 * IMMEDIATE), or leave it to the gateways (OUTBOX_WORKER).
 */
import 'reflect-metadata';
import { bootWorker } from '../app';
import { loadConfig } from '../config';
import { stopOnSignals } from '../http/shutdown';

async function main(): Promise<void> {
  const worker = await bootWorker(loadConfig());
  console.log('[outbox] worker started');
  stopOnSignals(worker);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
