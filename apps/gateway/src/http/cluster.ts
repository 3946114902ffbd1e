import cluster, { type Worker } from 'node:cluster';
import type { RunningPortal } from './server';
import { SHUTDOWN_GRACE_MS, stopOnSignals } from './shutdown';

/** What a primary sends a worker to stop it gracefully (as SIGTERM would). */
const SHUTDOWN_MESSAGE = 'portal:shutdown';
/** The environment variable that tells a forked worker its slot (1..WEB_CONCURRENCY). */
const SLOT_ENV = 'PORTAL_WORKER_SLOT';

/** A worker that served this long before it died was healthy: its slot's back-off starts over. */
export const STABLE_AFTER_MS = 10_000;
const FIRST_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * How long the primary waits before it replaces a worker that died, after `failures` deaths in
 * a row of that slot's workers that never served for STABLE_AFTER_MS: 250 ms, doubling, at
 * most 30 s. A worker that crashes as it starts (a bad deployment, a database that is down)
 * therefore does not make the primary spin.
 */
export function restartDelayMs(failures: number): number {
  return Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** Math.max(0, failures - 1));
}

/** How the gateway's processes start, whether it runs one (WEB_CONCURRENCY=1) or several. */
export interface WebProcesses {
  /** WEB_CONCURRENCY: processes serving the port together; 1 serves in this process, without a primary. */
  count: number;
  /**
   * Runs once, before any process serves: in the primary before it forks the workers (migrations,
   * the demo seed), never in a worker.
   */
  prepare(): Promise<void>;
  /** Starts serving in this process; `slot` is the worker's number (1..count), null when it serves alone. */
  serve(slot: number | null): Promise<Pick<RunningPortal, 'close'>>;
  /** Runs once, in the primary (or the only process), when every process serves. */
  ready(): void;
}

/**
 * Starts the gateway as planned. With several processes (node:cluster) the primary prepares the
 * database, forks `count` workers that each build the app and listen on the same port (the
 * primary hands out the connections), replaces a worker that dies with a back-off, and on
 * SIGTERM/SIGINT asks every worker to stop gracefully (http/shutdown.ts) and exits when they
 * have. A worker runs this same entry and only serves.
 */
export async function runWebProcesses(plan: WebProcesses): Promise<void> {
  if (cluster.isWorker) return serveAsWorker(plan);
  await plan.prepare();
  if (plan.count <= 1) {
    const portal = await plan.serve(null);
    plan.ready();
    stopOnSignals(portal);
    return;
  }
  new WorkerSupervisor(plan.count, () => plan.ready()).start();
}

async function serveAsWorker(plan: WebProcesses): Promise<void> {
  const slot = Number.parseInt(process.env[SLOT_ENV] ?? '', 10);
  // The primary may ask before this worker serves (a stop during start-up): it stops once it does.
  let askedToStop = false;
  let stop: ((reason: string) => void) | null = null;
  process.on('message', (message) => {
    if (message !== SHUTDOWN_MESSAGE) return;
    if (stop) stop('asked by the primary');
    else askedToStop = true;
  });
  const portal = await plan.serve(Number.isInteger(slot) ? slot : null);
  stop = stopOnSignals(portal);
  if (askedToStop) stop('asked by the primary');
}

interface Slot {
  number: number;
  worker: Worker | null;
  /** When its current worker started serving (null: not yet). */
  servingSince: number | null;
  /** Deaths in a row of workers that did not serve for STABLE_AFTER_MS. */
  failures: number;
  restart: NodeJS.Timeout | null;
}

/** The primary's side: one worker per slot, replaced when it dies, all stopped together. */
class WorkerSupervisor {
  private readonly slots: Slot[];
  private readonly slotOfWorker = new Map<number, Slot>();
  private stopping = false;
  private failedStop = false;
  private announced = false;

  constructor(
    count: number,
    private readonly ready: () => void,
  ) {
    this.slots = Array.from({ length: count }, (_, i) => ({
      number: i + 1,
      worker: null,
      servingSince: null,
      failures: 0,
      restart: null,
    }));
  }

  start(): void {
    cluster.on('listening', (worker) => this.served(worker));
    cluster.on('exit', (worker, code, signal) => this.exited(worker, code, signal));
    // `on`, not `once`: a second signal (a process manager signalling the whole group, an
    // impatient Ctrl-C) must not kill the primary before its workers have stopped.
    process.on('SIGINT', () => this.stop('SIGINT'));
    process.on('SIGTERM', () => this.stop('SIGTERM'));
    console.log(`[cluster] primary (pid ${process.pid}) starting ${this.slots.length} workers`);
    for (const slot of this.slots) this.fork(slot);
  }

  private fork(slot: Slot): void {
    slot.restart = null;
    slot.servingSince = null;
    const worker = cluster.fork({ [SLOT_ENV]: String(slot.number) });
    slot.worker = worker;
    this.slotOfWorker.set(worker.id, slot);
  }

  private served(worker: Worker): void {
    const slot = this.slotOfWorker.get(worker.id);
    if (!slot || slot.worker !== worker) return;
    slot.servingSince = Date.now();
    console.log(`[cluster] worker ${slot.number} (pid ${worker.process.pid}) listening`);
    if (!this.announced && this.slots.every((s) => s.servingSince !== null)) {
      this.announced = true;
      this.ready();
    }
  }

  private exited(worker: Worker, code: number | null, signal: string | null): void {
    const slot = this.slotOfWorker.get(worker.id);
    this.slotOfWorker.delete(worker.id);
    if (!slot || slot.worker !== worker) return;
    slot.worker = null;
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (this.stopping) {
      if (code !== 0) this.failedStop = true;
      console.log(`[cluster] worker ${slot.number} (pid ${worker.process.pid}) stopped (${how})`);
      this.exitWhenAllStopped();
      return;
    }
    const stable = slot.servingSince !== null && Date.now() - slot.servingSince >= STABLE_AFTER_MS;
    slot.failures = stable ? 1 : slot.failures + 1;
    const delay = restartDelayMs(slot.failures);
    console.error(
      `[cluster] worker ${slot.number} (pid ${worker.process.pid}) exited unexpectedly (${how}); starting another in ${delay} ms`,
    );
    slot.restart = setTimeout(() => {
      if (!this.stopping) this.fork(slot);
    }, delay);
  }

  private stop(signal: NodeJS.Signals): void {
    if (this.stopping) return;
    this.stopping = true;
    console.log(`[cluster] ${signal}: stopping ${this.live().length} workers`);
    for (const slot of this.slots) {
      if (slot.restart) clearTimeout(slot.restart);
      slot.restart = null;
    }
    for (const worker of this.live()) {
      if (worker.isConnected()) worker.send(SHUTDOWN_MESSAGE);
      else worker.process.kill('SIGTERM');
    }
    // Each worker exits by itself after its grace period; this only covers a worker that hangs.
    setTimeout(() => {
      for (const worker of this.live()) worker.process.kill('SIGKILL');
      console.error(`[cluster] workers still running after ${SHUTDOWN_GRACE_MS / 1000}s were killed`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS + 2_000).unref();
    this.exitWhenAllStopped();
  }

  private live(): Worker[] {
    return this.slots.flatMap((slot) => (slot.worker ? [slot.worker] : []));
  }

  private exitWhenAllStopped(): void {
    if (this.live().length > 0) return;
    console.log('[cluster] every worker stopped');
    process.exit(this.failedStop ? 1 : 0);
  }
}
