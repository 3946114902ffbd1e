import type { RunningPortal } from './server';

/** How long a graceful stop may take before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Stops the portal on SIGINT/SIGTERM: lets requests in flight finish, closes the database, and
 * exits; a stop that takes longer than the grace period exits anyway, so an orchestrator's
 * SIGTERM is always honoured.
 */
export function stopOnSignals(portal: Pick<RunningPortal, 'close'>, graceMs = SHUTDOWN_GRACE_MS): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const forced = setTimeout(() => {
      console.error(`[portal] ${signal}: still stopping after ${graceMs / 1000}s, exiting now`);
      process.exit(1);
    }, graceMs);
    forced.unref();
    portal.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[portal] error while stopping', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
