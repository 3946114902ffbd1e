import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { GATEWAY_ENTRY, assertBuildIsCurrent, freePort } from './gateway-process';
import { TEST_BUCKETS, TEST_NOW, TEST_PASSWORD_HASH_COST } from './portal-harness';

/**
 * The built gateway (`dist/main.js`) started as in production with WEB_CONCURRENCY workers: a
 * primary that forks them, all serving one port. What the processes print is kept, so a suite
 * reads which worker pids the primary reports and what ran where.
 */
export interface ClusteredGateway {
  url: string;
  /** The primary's pid. */
  pid: number;
  /** Everything the primary and its workers printed so far. */
  output(): string;
  /** The pid of each worker slot, as the primary last reported it listening. */
  workerPids(): Map<number, number>;
  /** Resolves when the primary reports a worker of `slot` listening with another pid than `notPid`. */
  workerReplaced(slot: number, notPid: number): Promise<number>;
  /** The slot that answered a /healthz over a new connection (the primary hands each connection to one worker). */
  healthzWorker(): Promise<number>;
  /** Sends SIGTERM to the primary; resolves with its exit code. */
  terminate(): Promise<number | null>;
}

export async function startClusteredGateway(options: {
  databaseUrl: string;
  workers: number;
}): Promise<ClusteredGateway> {
  assertBuildIsCurrent();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [GATEWAY_ENTRY], {
    cwd: path.dirname(path.dirname(GATEWAY_ENTRY)),
    env: {
      ...process.env,
      NODE_ENV: 'test',
      WEB_CONCURRENCY: String(options.workers),
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      SESSION_SECRET: 'e2e-secret',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'portal-cluster-')),
      WEB_DIST_DIR: '',
      PORTAL_NOW: TEST_NOW,
      PASSWORD_HASH_COST: String(TEST_PASSWORD_HASH_COST),
      ...TEST_BUCKETS,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  // DEBUG_CLUSTER=1 shows what the processes print.
  if (process.env.DEBUG_CLUSTER) child.stdout?.on('data', (c: Buffer) => process.stderr.write(c));
  if (process.env.DEBUG_CLUSTER) child.stderr?.on('data', (c: Buffer) => process.stderr.write(c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  /** Waits until `found` answers something from the output, or the primary exits, or 60 s pass. */
  const waitFor = <T>(what: string, found: () => T | null): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const value = found();
        if (value === null) return;
        done();
        resolve(value);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${what}: not within 60 s. Output:\n${output}`));
      }, 60_000);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then((code) => {
        done();
        reject(new Error(`${what}: the gateway exited (${code}). Output:\n${output}`));
      });
      check();
    });

  const workerPids = () => {
    const pids = new Map<number, number>();
    for (const m of output.matchAll(/\[cluster\] worker (\d+) \(pid (\d+)\) listening/g))
      pids.set(Number(m[1]), Number(m[2]));
    return pids;
  };

  try {
    await waitFor('the gateway listening', () =>
      output.includes('Buyer portal listening on') ? true : null,
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    pid: child.pid!,
    output: () => output,
    workerPids,
    workerReplaced: (slot, notPid) =>
      waitFor(`a new worker ${slot}`, () => {
        const pid = workerPids().get(slot);
        return pid !== undefined && pid !== notPid ? pid : null;
      }),
    healthzWorker: () => healthzWorker(url),
    terminate: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** GET /healthz on a connection of its own (no keep-alive), answering the worker's slot. */
function healthzWorker(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url}/healthz`, { agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        const health = JSON.parse(body) as { ok: boolean; worker?: number };
        if (!health.ok || health.worker === undefined) reject(new Error(`unexpected /healthz: ${body}`));
        else resolve(health.worker);
      });
    });
    request.on('error', reject);
  });
}
