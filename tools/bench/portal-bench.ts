/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark reads GraphQL responses loosely */
import { spawn, type ChildProcess } from 'node:child_process';
import { processTree } from './wholesale/process-memory';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Company, createDataSource, hashPassword, migrate } from '../seed/gateway';
import { seedDemoData } from '../seed/demo-data';
import { runLoad, type LoadResult } from './load';

/**
 * Speed of the portal's hot paths over HTTP against a real gateway process:
 *   node tools/dist/bench/portal-bench.js [--data demo|large|single|cluster] [--requests N] [--concurrency C]
 *     [--only catalog|orders|submit] [--cpu-prof DIR]
 * demo: a fresh SQLite database with the demo data (scale 1); large: MariaDB/MySQL at
 * BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306) with the generator at scale 10;
 * cluster: the demo data on a Galera cluster (BENCH_GALERA_URLS, default the nodes that
 * tools/cluster/galera.sh starts) with one gateway on each of the first two nodes, requests
 * alternating between them; single: the same data and gateway on the first node alone, to set
 * next to it. Appends a section to tools/bench/RESULTS.md. Measures; never asserts.
 * --only runs one scenario (and appends nothing); --cpu-prof starts the gateways with
 * `node --cpu-prof --cpu-prof-dir=DIR`, which write their profiles when they exit (summarise
 * them with tools/dist/bench/profile-summary.js).
 */
const REPO = path.resolve(__dirname, '../../..');
const PASSWORD = 'portal-demo';
const PORT = 4700 + Math.floor(Math.random() * 200);
const GALERA_NODES = (
  process.env.BENCH_GALERA_URLS ??
  'mysql://root@127.0.0.1:3311,mysql://root@127.0.0.1:3312,mysql://root@127.0.0.1:3313'
)
  .split(',')
  .map((u) => u.trim().replace(/\/$/, ''));

type DataSet = 'demo' | 'large' | 'single' | 'cluster';
const DATA_SETS: readonly DataSet[] = ['demo', 'large', 'single', 'cluster'];
const TITLES: Record<DataSet, string> = {
  demo: 'Demo data on SQLite (scale 1)',
  large: 'Large data set on MariaDB (scale 10)',
  single: 'Demo data on one Galera node, one gateway',
  cluster: 'Demo data on a 3-node Galera cluster, two gateways on two nodes',
};

type Scenario = 'catalog' | 'orders' | 'submit';
const SCENARIOS: readonly Scenario[] = ['catalog', 'orders', 'submit'];

interface Options {
  data: DataSet;
  requests: number;
  concurrency: number;
  only: Scenario | null;
  cpuProfileDir: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { data: 'demo', requests: 300, concurrency: 10, only: null, cpuProfileDir: null };
  // One iterator for the loop and the separate values: `--requests 500` takes the next argument.
  const args = argv[Symbol.iterator]();
  for (const arg of args) {
    const [key, inline] = arg.split('=');
    const value = inline ?? args.next().value;
    if (value === undefined) throw new Error(`Argument ${arg} needs a value`);
    if (key === '--data' && DATA_SETS.includes(value as DataSet)) options.data = value as DataSet;
    else if (key === '--requests') options.requests = Number.parseInt(value, 10);
    else if (key === '--concurrency') options.concurrency = Number.parseInt(value, 10);
    else if (key === '--only' && SCENARIOS.includes(value as Scenario)) options.only = value as Scenario;
    else if (key === '--cpu-prof') options.cpuProfileDir = path.resolve(value);
    else throw new Error(`Unknown argument ${key} ${value}`);
  }
  return options;
}

/** The database URL of every gateway to start (one, or one per cluster node). */
async function prepareDatabase(options: Options): Promise<string[]> {
  const now = new Date('2026-11-27T09:00:00Z');
  let urls: string[];
  if (options.data === 'demo') {
    urls = [`sqlite:${path.join(mkdtempSync(path.join(os.tmpdir(), 'portal-bench-')), 'bench.sqlite')}`];
  } else {
    const galera = options.data === 'single' || options.data === 'cluster';
    const base = galera
      ? GALERA_NODES[0]!
      : (process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
    const name = galera ? 'portal_bench_cluster' : 'portal_bench_large';
    const admin = createDataSource(`${base}/mysql`);
    await admin.initialize();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
    await admin.destroy();
    const nodes = options.data === 'cluster' ? GALERA_NODES.slice(0, 2) : [base];
    urls = nodes.map((node) => `${node}/${name}`);
  }
  const url = urls[0]!;
  const ds = createDataSource(url);
  await ds.initialize();
  await migrate(ds);
  const started = Date.now();
  const summary = await seedDemoData(ds, {
    now,
    scale: options.data === 'large' ? 10 : 1,
    passwordHash: await hashPassword(PASSWORD),
  });
  console.log(
    `seeded ${summary.counts.Product ?? '?'} products, ${summary.counts.Order ?? '?'} orders in ${Date.now() - started} ms`,
  );
  // The template-submit scenario places hundreds of orders: lift Acme's credit limit so the
  // credit check does not turn the later submits into user errors.
  await ds.getRepository(Company).update({ name: 'Acme Restaurant Group' }, { creditLimit: null });
  await ds.destroy();
  return urls;
}

function startGateway(url: string, port: number, cpuProfileDir: string | null): Promise<ChildProcess> {
  const profiling = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profiling, path.join(REPO, 'apps/gateway/dist/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'portal-bench-data-')),
      PORTAL_NOW: '2026-11-27T09:00:00Z',
      WEB_DIST_DIR: '',
      // The benchmark measures the gateway, not its rate limits (README: RATE_LIMITS).
      RATE_LIMITS: 'off',
      // As deployed: production mode (graphql-js skips its development checks; WEB_CONCURRENCY
      // defaults to the cores), with a secret of the run's own. BENCH_NODE_ENV overrides it.
      NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
      SESSION_SECRET: process.env.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}`)));
  });
}

/**
 * CPU milliseconds (user + system) the gateway processes have used so far, their cluster
 * workers (WEB_CONCURRENCY) included, from /proc (Linux; null elsewhere): per request, a figure
 * that other load on the machine does not inflate.
 */
function gatewayCpuMs(processes: ChildProcess[]): number | null {
  try {
    let ticks = 0;
    for (const pid of processes.flatMap((child) => (child.pid === undefined ? [] : processTree(child.pid)))) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    }
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** The gateways' addresses; requests go to them in turn (a round-robin load balancer). */
const gateways: string[] = [];
let nextGateway = 0;

async function gql(
  cookie: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data?: any; errors?: unknown[]; cookie: string | null }> {
  const base = gateways[nextGateway++ % gateways.length];
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('portal_session='));
  const json = (await response.json()) as { data?: any; errors?: unknown[] };
  return { ...json, cookie: setCookie ? cookiePair(setCookie) : cookie };
}

/** The `name=value` pair of a Set-Cookie header, without its attributes. */
function cookiePair(setCookie: string): string {
  const end = setCookie.indexOf(';');
  return end === -1 ? setCookie : setCookie.slice(0, end);
}

async function signIn(email: string): Promise<string> {
  const res = await gql(null, 'mutation($i: LoginInput!) { login(input: $i) { userErrors { message } } }', {
    i: { email, password: PASSWORD },
  });
  if (!res.cookie) throw new Error(`cannot sign in as ${email}`);
  return res.cookie;
}

const CATALOG_PAGE = `query CatalogPage($after: String) {
  products(first: 50, after: $after, sort: { key: NAME }) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node {
      id sku name
      category { name }
      baseUnit { symbol }
      units { unit { id symbol } factor isDefault }
      availability { status quantityAvailable restockDate leadTimeDays }
      minimumOrderQuantity orderMultiple
      price(quantity: "1") { unitPrice { amount currencyCode } explanation }
      priceBreaks { minQuantity unitPrice { amount } }
    } }
  }
}`;

const ORDER_SEARCH = `query OrderSearch($statuses: [OrderStatus!]) {
  orders(first: 50, filter: { statuses: $statuses }, sort: { key: CREATED_AT }) {
    totalCount
    edges { node {
      id number status createdAt purchaseOrderNumber
      total { amount currencyCode }
      lines { sku quantity unit { symbol } baseQuantity lineTotal { amount } product { name } }
      events { at status message }
    } }
  }
}`;

interface TemplateLine {
  productId: string;
  unitId: string;
  quantity: string;
}

async function templateOf35Lines(cookie: string): Promise<{ id: string; lines: TemplateLine[] }> {
  const res = await gql(
    cookie,
    `query { products(first: 100, filter: { inStockOnly: true }, sort: { key: SKU }) { edges { node { id minimumOrderQuantity orderMultiple baseUnit { id } availability { status } } } } }`,
  );
  const products = (res.data?.products.edges ?? [])
    .map((e: { node: any }) => e.node)
    .filter((p: any) => p.availability.status === 'IN_STOCK');
  if (products.length < 35) throw new Error(`only ${products.length} orderable products for the template`);
  const lines = products.slice(0, 35).map((p: any) => {
    const step = BigInt((p.orderMultiple ?? '1').split('.')[0] || '1');
    const minimum = BigInt((p.minimumOrderQuantity ?? '1').split('.')[0] || '1');
    const quantity = ((minimum + step - 1n) / step) * step;
    return { productId: p.id, unitId: p.baseUnit.id, quantity: String(quantity > 0n ? quantity : step) };
  });
  const saved = await gql(
    cookie,
    'mutation($i: SaveOrderTemplateInput!) { saveOrderTemplate(input: $i) { template { id } userErrors { message } } }',
    { i: { name: 'Bench weekly order', lines } },
  );
  const id = saved.data?.saveOrderTemplate.template?.id;
  if (!id)
    throw new Error(
      `template not saved: ${JSON.stringify(saved.data?.saveOrderTemplate.userErrors ?? saved.errors)}`,
    );
  return { id, lines };
}

/**
 * Stock received for `times` orders of the template (as the warehouse would), so the submits
 * measure placing orders rather than running the demo's smaller stocks out.
 */
async function receiveStockFor(lines: TemplateLine[], times: number): Promise<void> {
  const warehouse = await signIn('warehouse@seller.example');
  for (const line of lines) {
    const res = await gql(
      warehouse,
      'mutation($i: AdjustStockInput!) { adjustStock(input: $i) { userErrors { message } } }',
      {
        i: {
          productId: line.productId,
          quantity: String(BigInt(line.quantity) * BigInt(times)),
          reason: 'Bench receipt',
        },
      },
    );
    if (res.errors || res.data?.adjustStock.userErrors.length)
      throw new Error(
        `stock not received: ${JSON.stringify(res.errors ?? res.data?.adjustStock.userErrors)}`,
      );
  }
}

function row(name: string, r: LoadResult): string {
  return `| ${name} | ${r.requests} | ${r.errors} | ${r.requestsPerSecond.toFixed(1)} | ${r.p50Ms.toFixed(1)} | ${r.p95Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} |`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const urls = await prepareDatabase(options);
  const loadBefore = os.loadavg()[0]!.toFixed(1);
  const processes: ChildProcess[] = [];
  for (const [i, url] of urls.entries()) {
    processes.push(await startGateway(url, PORT + i, options.cpuProfileDir));
    gateways.push(`http://127.0.0.1:${PORT + i}`);
  }
  try {
    const buyer = await signIn('buyer@acme.example');
    const admin = await signIn('admin@acme.example');
    const scenarios: [string, LoadResult][] = [];
    const { concurrency, requests, only } = options;
    const runs = (scenario: Scenario): boolean => only === null || only === scenario;
    // The gateways' CPU time per request of each scenario, in the order of `scenarios`.
    const cpuPerRequest: (number | null)[] = [];
    const withCpu = async (load: () => Promise<LoadResult>): Promise<LoadResult> => {
      const before = gatewayCpuMs(processes);
      const result = await load();
      const after = gatewayCpuMs(processes);
      cpuPerRequest.push(before === null || after === null ? null : (after - before) / result.requests);
      return result;
    };

    if (runs('catalog')) {
      await gql(buyer, CATALOG_PAGE); // warm-up
      scenarios.push([
        'catalog page: products(first: 50) with price, breaks, availability, units, category',
        await withCpu(() =>
          runLoad({
            requests,
            concurrency,
            send: async () => {
              const r = await gql(buyer, CATALOG_PAGE);
              return !r.errors && !!r.data?.products;
            },
          }),
        ),
      ]);
    }

    if (runs('orders'))
      scenarios.push([
        'order search: orders(first: 50) with lines, products, events',
        await withCpu(() =>
          runLoad({
            requests,
            concurrency,
            send: async (i) => {
              const r = await gql(admin, ORDER_SEARCH, {
                statuses: i % 2 ? ['SALES_ORDER', 'SHIPPED', 'DELIVERED', 'INVOICED'] : null,
              });
              return !r.errors && !!r.data?.orders;
            },
          }),
        ),
      ]);

    if (runs('submit')) {
      const template = await templateOf35Lines(buyer);
      const templateId = template.id;
      const submits = Math.max(20, Math.floor(requests / 5));
      await receiveStockFor(template.lines, submits);
      // Why submits failed (at most five kinds), printed after the run: errors are never hidden.
      const submitFailures = new Set<string>();
      scenarios.push([
        '35-line template submit: orderFromTemplate(submit: true)',
        await withCpu(() =>
          runLoad({
            requests: submits,
            concurrency,
            send: async (i) => {
              const r = await gql(
                buyer,
                'mutation($i: OrderFromTemplateInput!) { orderFromTemplate(input: $i) { order { number status } userErrors { code message } } }',
                {
                  i: { templateId, submit: true, idempotencyKey: `bench-${Date.now()}-${i}` },
                },
              );
              const ok =
                !r.errors &&
                !!r.data?.orderFromTemplate.order &&
                r.data.orderFromTemplate.userErrors.length === 0;
              if (!ok && submitFailures.size < 5)
                submitFailures.add(
                  JSON.stringify(r.errors?.[0] ?? r.data?.orderFromTemplate.userErrors?.[0] ?? 'no order'),
                );
              return ok;
            },
          }),
        ),
      ]);

      if (submitFailures.size > 0) console.log(`template submits refused: ${[...submitFailures].join('; ')}`);
    }
    const section = [
      `## ${TITLES[options.data]} — ${new Date().toISOString()}`,
      '',
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${processes.length === 1 ? 'gateway in its own process' : `${processes.length} gateway processes`}, client in another, ${concurrency} concurrent clients; load average before the run ${loadBefore}.`,
      '',
      '| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms |',
      '|---|---|---|---|---|---|---|',
      ...scenarios.map(([name, r]) => row(name, r)),
      '',
      `Gateway CPU time per request (user + system, from /proc): ${scenarios
        .map(([name], i) => `${name.split(':')[0]} ${cpuPerRequest[i]?.toFixed(2) ?? '?'} ms`)
        .join('; ')}.`,
      '',
    ].join('\n');
    console.log(section);
    if (only === null) appendFileSync(path.join(REPO, 'tools/bench/RESULTS.md'), `${section}\n`);
  } finally {
    // A profiling gateway writes its profile on exit: wait for it before the next run starts.
    await Promise.all(
      processes.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
