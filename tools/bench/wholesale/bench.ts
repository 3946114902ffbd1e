import { appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { hashPassword } from '../../seed/gateway';
import { runLoad, type LoadResult } from '../load';
import { countsAt, databaseUrl, generateWholesale } from './generate';
import { generationLines, parseWholesaleArgs, repoRoot } from './options';
import { MemorySampler } from './process-memory';
import { startGateway, startSqlFloorProcess, stop } from './processes';
import { buildScenarios, pickFixtures, type Scenario } from './scenarios';

/**
 * The wholesale benchmark (issue 17), one command from a fresh machine:
 *   pnpm --filter @portal/tools bench:wholesale [-- --scale 1 --requests 200 --concurrency 10]
 * Generates the wholesale data set in MariaDB (TEST_MYSQL_URL / BENCH_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306; database portal_bench_wholesale, reused when it already holds the
 * same scale and seed), starts the built gateway on it, runs every scenario at C clients while
 * sampling the gateway processes' resident memory, runs the SQL floor of the catalog page, and
 * appends a section to tools/bench/RESULTS.md. Measures; never asserts.
 */
const PORT = 4700 + Math.floor(Math.random() * 200);

/** One load run; the first few distinct failures are kept, errors are never hidden. */
async function measure(
  scenario: Pick<Scenario, 'run'>,
  requests: number,
  concurrency: number,
  failures: Set<string>,
): Promise<LoadResult> {
  return runLoad({
    requests,
    concurrency,
    send: async (i) => {
      try {
        await scenario.run(i);
        return true;
      } catch (error) {
        if (failures.size < 3) failures.add(error instanceof Error ? error.message : String(error));
        return false;
      }
    },
  });
}

function row(name: string, r: LoadResult): string {
  return `| ${name} | ${r.requests} | ${r.errors} | ${r.requestsPerSecond.toFixed(1)} | ${r.p50Ms.toFixed(1)} | ${r.p95Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} |`;
}

async function main(): Promise<void> {
  const options = parseWholesaleArgs(process.argv.slice(2));
  const { requests, concurrency } = options;
  const counts = countsAt(options.scale);
  console.log(`wholesale data at scale ${options.scale}: ${JSON.stringify(counts)}`);
  const generation = await generateWholesale(options.server, options.database, {
    scale: options.scale,
    seed: options.seed,
    now: options.now,
    passwordHash: await hashPassword(options.password),
    skipPriceIndexBuild: options.skipPriceIndexBuild,
  });
  for (const line of generationLines(generation)) console.log(line);

  const url = databaseUrl(options.server, options.database);
  const db = await mysql.createConnection({ uri: url });
  const fixtures = await pickFixtures(db);
  const [[pricelist]] = (await db.query('SELECT pricelistId FROM company WHERE id = ?', [
    fixtures.companyId,
  ])) as unknown as [{ pricelistId: number }[]];
  const [[sortIndex]] = (await db.query(
    'SELECT builtVersion = requestedVersion AS built, dense FROM price_index_state WHERE pricelistId = ?',
    [pricelist?.pricelistId],
  )) as unknown as [{ built: number; dense: number }[]];
  const sortIndexNote = `the buyer's pricelist ${pricelist?.pricelistId}: price index ${
    sortIndex?.built
      ? `built (${sortIndex.dense ? 'dense' : 'sparse'})`
      : 'not built: the price sort is the exact in-memory one'
  }`;
  const [[server]] = (await db.query(
    'SELECT VERSION() AS version, @@innodb_buffer_pool_size AS bufferPool',
  )) as unknown as [{ version: string; bufferPool: number | string }[]];
  await db.end();
  const database = `MariaDB/MySQL ${server?.version} with innodb_buffer_pool_size ${Math.round(Number(server?.bufferPool) / 2 ** 20)} MiB`;
  console.log(`signed in as ${fixtures.buyer} / ${fixtures.admin} (pricelist ${pricelist?.pricelistId})`);

  const loadBefore = os.loadavg()[0]!.toFixed(1);
  const gateway = await startGateway(url, PORT);
  const sampler = new MemorySampler(gateway.pid!);
  const results: [string, LoadResult][] = [];
  const notes: string[] = [sortIndexNote];
  try {
    const scenarios = await buildScenarios(`http://127.0.0.1:${PORT}`, options.password, fixtures);
    sampler.start();
    for (const scenario of scenarios) {
      const count = scenario.requestsFor(requests);
      if (scenario.prepare) {
        const t0 = Date.now();
        await scenario.prepare(count);
        notes.push(
          `${scenario.name}: ${count} drafts built in ${((Date.now() - t0) / 1000).toFixed(1)} s (untimed)`,
        );
      } else await scenario.run(0).catch(() => undefined); // warm-up
      const failures = new Set<string>();
      const result = await measure(scenario, count, scenario.concurrency ?? concurrency, failures);
      results.push([scenario.name, result]);
      console.log(row(scenario.name, result));
      if (failures.size > 0) notes.push(`${scenario.name} failed: ${[...failures].join('; ')}`);
    }
  } finally {
    sampler.stop();
    await stop(gateway);
  }

  const floorPort = PORT + 200;
  const floor = await startSqlFloorProcess(url, floorPort);
  let floorResult: LoadResult;
  try {
    const floorFailures = new Set<string>();
    const get = async () => {
      const response = await fetch(
        `http://127.0.0.1:${floorPort}/catalog?company=${fixtures.companyId}&sort=name`,
      );
      const body = (await response.json()) as { products?: unknown[] };
      if (!response.ok || body.products?.length !== 50) throw new Error(`floor: ${response.status}`);
    };
    await get();
    floorResult = await measure({ run: get }, requests, concurrency, floorFailures);
    if (floorFailures.size > 0) notes.push(`SQL floor failed: ${[...floorFailures].join('; ')}`);
  } finally {
    await stop(floor);
  }
  const portalCatalog = results[0]![1];
  const section = [
    `## Wholesale data on MariaDB (scale ${options.scale}, seed ${options.seed}) — ${new Date().toISOString()}`,
    '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}; gateway ${process.env.WEB_CONCURRENCY ? `with WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY}` : 'in one process'}${process.env.GATEWAY_NODE_OPTIONS ? ` (NODE_OPTIONS=${process.env.GATEWAY_NODE_OPTIONS})` : ''}, client in another, ${concurrency} concurrent clients; ${database}; load average before the run ${loadBefore}.`,
    '',
    `Data: ${counts.products} products in ${counts.categories} categories, ${counts.companies} companies on ${counts.pricelists} pricelists of ${counts.rulesPerPricelist} rules, ${counts.orders} orders; signed in as ${fixtures.buyer} (catalog, submits) and ${fixtures.admin} (orders, invoices).`,
    '',
    ...generationLines(generation),
    '',
    '| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|---|---|---|',
    ...results.map(([name, r]) => row(name, r)),
    row(
      'SQL floor: the catalog page by name, one SQL statement over node:http (tools/bench/sql-floor.ts)',
      floorResult,
    ),
    '',
    `Portal catalog page by name against the SQL floor: p50 ${(portalCatalog.p50Ms / floorResult.p50Ms).toFixed(1)}× the floor's, req/s ${(portalCatalog.requestsPerSecond / floorResult.requestsPerSecond).toFixed(2)}× the floor's.`,
    '',
    `Gateway resident memory (max VmRSS per process under load): ${sampler.describe()}.`,
    ...(notes.length > 0 ? ['', ...notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
  console.log(section);
  appendFileSync(path.join(repoRoot(), 'tools/bench/RESULTS.md'), `${section}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
