import {
  bootPortal,
  createDataSource,
  hashPassword,
  loadConfig,
  prepareDatabase,
  redact,
  runWebProcesses,
} from '../seed/gateway';
import { seedDemoData } from '../seed/demo-data';
import { hasDemoData } from '../seed/is-seeded';
import { resolveDatabaseUrl } from '../seed/cli';

const DEMO_PASSWORD = 'portal-demo';

/**
 * `pnpm start`: opens the database (embedded SQLite by default), migrates it, seeds the demo data
 * the first time, serves the SPA and /graphql on one port (in WEB_CONCURRENCY processes: the
 * migrations and the seed run once, before any of them serves), and prints the demo sign-ins.
 */
async function main(): Promise<void> {
  const databaseUrl = resolveDatabaseUrl(process.env.DATABASE_URL);
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl });
  let signIns: { email: string; role: string; company: string | null }[] | null = null;
  await runWebProcesses({
    count: config.webConcurrency,
    prepare: async () => {
      const dataSource = createDataSource(databaseUrl);
      try {
        const ran = await prepareDatabase(dataSource);
        if (ran.length)
          console.log(
            `Migrated ${redact(databaseUrl)} (${ran.length} migration${ran.length === 1 ? '' : 's'})`,
          );
        if (!(await hasDemoData(dataSource))) {
          const now = config.fixedNow ? new Date(config.fixedNow) : new Date();
          console.log('Seeding the demo data (first start)…');
          const summary = await seedDemoData(dataSource, {
            now,
            scale: 1,
            passwordHash: await hashPassword(DEMO_PASSWORD),
          });
          signIns = summary.signIns;
        }
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
      }
    },
    serve: (workerSlot) => bootPortal(config, { migrate: false, workerSlot }),
    ready: () => {
      const processes = config.webConcurrency > 1 ? `, ${config.webConcurrency} processes` : '';
      console.log(
        `\nBuyer portal: ${config.publicUrl}  (GraphQL: ${config.publicUrl}/graphql, database: ${redact(databaseUrl)}${processes})`,
      );
      console.log(`\nDemo sign-ins, password "${DEMO_PASSWORD}":`);
      const rows = signIns ?? DEMO_SIGN_INS;
      for (const s of rows)
        console.log(`  ${s.email.padEnd(32)} ${s.role.padEnd(14)} ${s.company ?? 'seller staff'}`);
    },
  });
}

/** Customer companies of the demo data: [mail domain, name]. */
const DEMO_COMPANIES = [
  ['acme.example', 'Acme Restaurant Group'],
  ['globex.example', 'Globex Chemicals'],
  ['initech.example', 'Initech Health'],
] as const;
/** One contact per portal role in each customer company: [mail local part, role]. */
const DEMO_CONTACTS = [
  ['admin', 'PORTAL_ADMIN'],
  ['buyer', 'BUYER'],
  ['approver', 'APPROVER'],
  ['viewer', 'VIEWER'],
  ['requisitioner', 'REQUISITIONER'],
] as const;

const DEMO_SIGN_INS = [
  ...['admin', 'sales', 'warehouse', 'accounting'].map((local) => ({
    email: `${local}@seller.example`,
    role: local === 'admin' ? 'STAFF_ADMIN' : local.toUpperCase(),
    company: null,
  })),
  ...DEMO_COMPANIES.flatMap(([domain, company]) =>
    DEMO_CONTACTS.map(([local, role]) => ({ email: `${local}@${domain}`, role, company })),
  ),
];

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
