import type { RunningPortal } from './server';

/** How long a graceful stop may take before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Stops the portal on SIGINT/SIGTERM: lets requests in flight finish, closes the database, and
 * exits; a stop that takes longer than the grace period exits anyway, so an orchestrator's
 * SIGTERM is always honoured. Answers the same stop, for other reasons to stop (a cluster
 * worker asked by its primary); whichever comes first stops the portal, once.
 */
export function stopOnSignals(
  portal: Pick<RunningPortal, 'close'>,
  graceMs = SHUTDOWN_GRACE_MS,
): (reason: string) => void {
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    const forced = setTimeout(() => {
      console.error(`[portal] ${reason}: still stopping after ${graceMs / 1000}s, exiting now`);
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
  return stop;
}
