import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_NOW, repoRoot } from './options';

export const GATEWAY_MAIN = path.join(repoRoot(), 'apps/gateway/dist/main.js');

/** Starts a node script and resolves once it prints `ready` on stdout. */
function startNode(script: string, env: NodeJS.ProcessEnv, ready: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(ready)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${path.basename(script)} exited with ${code}`)));
  });
}

/**
 * The built gateway on `databaseUrl` (WEB_CONCURRENCY and other settings pass through;
 * GATEWAY_NODE_OPTIONS becomes the gateway's NODE_OPTIONS, e.g. a V8 heap cap, without
 * applying to the benchmark's own process).
 */
export function startGateway(databaseUrl: string, port: number): Promise<ChildProcess> {
  const nodeOptions = process.env.GATEWAY_NODE_OPTIONS;
  return startNode(
    GATEWAY_MAIN,
    {
      ...process.env,
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'portal-wholesale-data-')),
      PORTAL_NOW: BENCH_NOW,
      WEB_DIST_DIR: '',
      // The benchmark measures the gateway, not its rate limits (README: RATE_LIMITS).
      RATE_LIMITS: 'off',
    },
    'listening',
  );
}

/** The SQL floor server (tools/bench/sql-floor.ts) as its own process, like the gateway. */
export function startSqlFloorProcess(databaseUrl: string, port: number): Promise<ChildProcess> {
  return startNode(
    path.join(__dirname, '..', 'sql-floor.js'),
    { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    'listening',
  );
}

/** Stops a child and waits for it to exit. */
export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
