import { resolve } from 'node:path';
import { DEFAULT_DATABASE_URL, createDataSource, hashPassword, migrate, redact } from './gateway';
import { seedDemoData, type SeedSummary } from './demo-data';
import { hasDemoData } from './is-seeded';

/**
 * Seeds the demo data set:
 *   node tools/dist/seed/cli.js [--scale N] [--if-empty]
 * Environment: DATABASE_URL (default sqlite:data/portal.sqlite, relative to the repository
 * root), PORTAL_NOW (ISO 8601, default: the current time), SEED_PASSWORD (password of every
 * demo user, default "portal-demo").
 */

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const DEFAULT_PASSWORD = 'portal-demo';
/** Seconds with one decimal, for the closing line ("4.6 s"). */
const SECONDS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

interface CliOptions {
  scale: number;
  ifEmpty: boolean;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { scale: 1, ifEmpty: false };
  // One iterator for the loop and the separate values: `--scale 10` takes the next argument.
  const args = argv[Symbol.iterator]();
  for (const arg of args) {
    if (arg === '--') continue; // pnpm run seed -- --scale 10
    if (arg === '--if-empty') options.ifEmpty = true;
    else if (arg === '--scale' || arg.startsWith('--scale=')) {
      const value = arg.includes('=') ? arg.slice('--scale='.length) : args.next().value;
      if (!value || !/^[1-9]\d*$/.test(value))
        throw new Error(`--scale needs a whole number ≥ 1, got ${JSON.stringify(value ?? '')}`);
      options.scale = Number(value);
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: node tools/dist/seed/cli.js [--scale N] [--if-empty]');
      process.exit(0);
    } else {
      throw new Error(`Unknown argument ${arg} (usage: [--scale N] [--if-empty])`);
    }
  }
  return options;
}

/** sqlite: paths are taken relative to the repository root, whatever directory pnpm runs in. */
export function resolveDatabaseUrl(url: string | undefined, root = REPO_ROOT): string {
  const value = url?.trim() || DEFAULT_DATABASE_URL;
  if (!value.startsWith('sqlite:')) return value;
  let path = value.slice('sqlite:'.length);
  if (path.startsWith('//')) path = path.slice(2);
  if (path === ':memory:' || path === '') return value;
  return `sqlite:${resolve(root, path)}`;
}

function printSummary(summary: SeedSummary, password: string): void {
  console.log(`Seeded demo data (scale ${summary.scale}, now ${summary.now}):`);
  const width = Math.max(...Object.keys(summary.counts).map((k) => k.length));
  for (const [entity, count] of Object.entries(summary.counts).sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${entity.padEnd(width)}  ${count}`);
  }
  console.log(`\nDemo sign-ins (password "${password}"):`);
  for (const s of summary.signIns)
    console.log(
      `  ${s.email.padEnd(32)} ${s.role.padEnd(14)} ${s.name}${s.company ? ` — ${s.company}` : ' — seller staff'}`,
    );
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  const now = process.env.PORTAL_NOW ? new Date(process.env.PORTAL_NOW) : new Date();
  if (Number.isNaN(now.getTime()))
    throw new Error(`PORTAL_NOW is not a date-time: ${process.env.PORTAL_NOW}`);
  const password = process.env.SEED_PASSWORD || DEFAULT_PASSWORD;

  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const ran = await migrate(dataSource);
    if (ran.length > 0) console.log(`Applied ${ran.length} migration(s) to ${redact(url)}`);
    if (options.ifEmpty && (await hasDemoData(dataSource))) {
      console.log(`${redact(url)} already has data: nothing seeded (--if-empty).`);
      return;
    }
    const started = Date.now();
    const summary = await seedDemoData(dataSource, {
      now,
      scale: options.scale,
      passwordHash: await hashPassword(password),
    });
    printSummary(summary, password);
    console.log(`\nDone in ${SECONDS.format((Date.now() - started) / 1000)} s into ${redact(url)}.`);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
