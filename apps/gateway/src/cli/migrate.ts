/**
 * Runs the pending database migrations.
 *
 *   DATABASE_URL=mysql://user:pass@host:3306/portal node dist/cli/migrate.js
 *   npx tsx src/cli/migrate.ts            # default DATABASE_URL sqlite:data/portal.sqlite
 */
import 'reflect-metadata';
import { createDataSource, DEFAULT_DATABASE_URL, engineOf, migrate, redact } from '../db/data-source';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    console.log(`Migrating ${redact(url)} (${engineOf(ds)})`);
    const ran = await migrate(ds);
    if (ran.length === 0) console.log('Schema is up to date; no migrations ran.');
    for (const migration of ran) console.log(`  ran ${migration.name}`);
  } finally {
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('Migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
