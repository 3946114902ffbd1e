import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234 — the real gateway serving apps/web/dist and /graphql. */
    baseUrl: string;
    /** The gateway's DATA_DIR (e.g. `<dataDir>/outbox/*.eml`: the e-mails it sent). */
    dataDir: string;
    /** The gateway's fixed "now" (PORTAL_NOW); the browser's clock is pinned to it. */
    portalNow: string;
  }
}

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rootDir = path.resolve(webDir, '../..');
const startScript = path.join(rootDir, 'tools/dist/demo/start.js');

/** The instant the demo data and the browser tests live at (the gateway's and the browser's clock). */
export const PORTAL_NOW = '2026-11-27T09:00:00.000Z';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The gateway exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The gateway did not answer ${url} within ${timeoutMs / 1000}s:\n${log()}`);
}

/**
 * Starts the REAL gateway once for all browser tests, on a fresh SQLite database that the demo
 * start migrates and seeds, with a fixed clock. Builds nothing: turbo runs the web app's
 * `build` and `@portal/tools#build` before `@portal/web#test` (see turbo.json).
 */
export default async function setup(project: TestProject) {
  for (const needed of [startScript, path.join(webDir, 'dist/index.html')]) {
    if (!existsSync(needed)) {
      throw new Error(
        `${path.relative(rootDir, needed)} is missing: run \`pnpm build\` at the repository root first.`,
      );
    }
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [startScript], {
    cwd: rootDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: `sqlite:${path.join(dataDir, 'portal.sqlite')}`,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      PORTAL_NOW,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  try {
    await waitFor(`${baseUrl}/`, child, () => output);
  } catch (error) {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);
  project.provide('portalNow', PORTAL_NOW);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
