import { existsSync } from 'node:fs';
import path from 'node:path';
import type { GenerationReport } from './generate';

export interface WholesaleCliOptions {
  server: string;
  database: string;
  scale: number;
  seed: number;
  now: Date;
  password: string;
  requests: number;
  concurrency: number;
  skipPriceIndexBuild: boolean;
}

/** The server the wholesale data goes to: TEST_MYSQL_URL, BENCH_MYSQL_URL or local root. */
export function wholesaleServer(): string {
  return (process.env.TEST_MYSQL_URL ?? process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(
    /\/$/,
    '',
  );
}

export const BENCH_NOW = '2026-11-27T09:00:00Z';
export const BENCH_PASSWORD = 'portal-demo';

export function parseWholesaleArgs(argv: readonly string[]): WholesaleCliOptions {
  const options: WholesaleCliOptions = {
    server: wholesaleServer(),
    database: 'portal_bench_wholesale',
    scale: 1,
    seed: 17,
    now: new Date(BENCH_NOW),
    password: BENCH_PASSWORD,
    requests: 200,
    concurrency: 10,
    skipPriceIndexBuild: false,
  };
  const args = argv[Symbol.iterator]();
  for (const arg of args) {
    if (arg === '--') continue;
    if (arg === '--skip-price-index-build') {
      options.skipPriceIndexBuild = true;
      continue;
    }
    const [key, inline] = arg.split('=');
    const value = inline ?? args.next().value;
    if (value === undefined) throw new Error(`Argument ${arg} needs a value`);
    if (key === '--scale') options.scale = positive(key, value);
    else if (key === '--seed') options.seed = Math.trunc(positive(key, value));
    else if (key === '--database') {
      if (!/^\w+$/.test(value)) throw new Error(`--database must be a plain name, got ${value}`);
      options.database = value;
    } else if (key === '--requests') options.requests = Math.trunc(positive(key, value));
    else if (key === '--concurrency') options.concurrency = Math.trunc(positive(key, value));
    else
      throw new Error(
        `Unknown argument ${key} (usage: [--scale 0.01] [--seed N] [--database name] [--requests N] [--concurrency C] [--skip-price-index-build])`,
      );
  }
  return options;
}

function positive(key: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${key} needs a positive number, got ${value}`);
  return n;
}

/** The per-table lines of a generation, for the console and RESULTS.md. */
export function generationLines(report: GenerationReport): string[] {
  if (report.reused)
    return [
      `Data: reused (the marker table says the same scale and seed is loaded); price index: ${report.priceIndex}.`,
    ];
  const lines = [`Data generated in ${report.seconds.toFixed(1)} s; price index: ${report.priceIndex}.`, ''];
  lines.push('| table | rows | s in INSERTs | rows/s |', '|---|---|---|---|');
  for (const [table, t] of [...report.timings].sort(([, a], [, b]) => b.seconds - a.seconds))
    lines.push(
      `| ${table} | ${t.rows} | ${t.seconds.toFixed(1)} | ${Math.round(t.rows / Math.max(t.seconds, 0.001))} |`,
    );
  return lines;
}

export function printGeneration(report: GenerationReport): void {
  for (const line of generationLines(report)) console.log(line);
}

/** The repository root (the directory with pnpm-workspace.yaml), from the sources or their build. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}
