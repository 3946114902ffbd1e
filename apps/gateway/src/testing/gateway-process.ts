import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { GraphQLClient } from './graphql-client';
import { TEST_BUCKETS, TEST_PASSWORD_HASH_COST, type TestPortal } from './portal-harness';

const GATEWAY_DIR = path.resolve(__dirname, '../..');
/** The built gateway's entry, which the process tests run. */
export const GATEWAY_ENTRY = path.join(GATEWAY_DIR, 'dist/main.js');

/**
 * Another gateway process (the built `dist/main.js`, its own memory and connection pool) serving
 * the database of a test portal, as a second machine behind a load balancer would (or the same
 * database through another Galera node: `databaseUrl`). Its clients share the first portal's
 * sessions (same database, same session secret).
 */
export interface GatewayProcess {
  url: string;
  /** A client of this process carrying the session of `client` (a client of the test portal). */
  clientAs(client: GraphQLClient): GraphQLClient;
  stop(): Promise<void>;
}

export async function startGatewayProcess(
  portal: TestPortal,
  options: { databaseUrl?: string } = {},
): Promise<GatewayProcess> {
  assertBuildIsCurrent();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [GATEWAY_ENTRY], {
    cwd: GATEWAY_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: options.databaseUrl ?? portal.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      SESSION_SECRET: 'e2e-secret',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'portal-second-')),
      WEB_DIST_DIR: '',
      PORTAL_NOW: portal.clock.now().toISOString(),
      PASSWORD_HASH_COST: String(TEST_PASSWORD_HASH_COST),
      // The same budgets as the test portal: these suites are about races, not limits.
      ...TEST_BUCKETS,
      // The test portal delivers the outbox (to its recording mailer); this process only serves.
      OUTBOX_WORKER: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await listening(child);
  return {
    url,
    clientAs(client) {
      const other = new GraphQLClient(url);
      other.setCookie(client.sessionCookie);
      return other;
    },
    stop: () => stopped(child),
  };
}

/** The test runs the built gateway: refuse a dist older than the sources rather than test old code. */
export function assertBuildIsCurrent(): void {
  let built: number;
  try {
    built = statSync(GATEWAY_ENTRY).mtimeMs;
  } catch {
    throw new Error(`${GATEWAY_ENTRY} is missing: run \`pnpm --filter @portal/gateway build\` first`);
  }
  const newest = newestSource(path.join(GATEWAY_DIR, 'src'));
  if (newest > built)
    throw new Error('The gateway build is older than its sources: run `pnpm --filter @portal/gateway build`');
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (
      /\.ts$/.test(entry.name) &&
      !/\.(spec|e2e-spec)\.ts$/.test(entry.name) &&
      !full.includes('/testing/')
    )
      newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject()));
    });
  });
}

function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the second gateway did not start:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    // DEBUG_SECOND_GATEWAY=1 shows what the second process logs (its internal errors).
    if (process.env.DEBUG_SECOND_GATEWAY) child.stderr?.on('data', (c: Buffer) => process.stderr.write(c));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the second gateway exited (${code}):\n${output}`));
    });
  });
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
