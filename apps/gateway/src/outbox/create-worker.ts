import type { PortalRuntime } from '../context';
import type { Services } from '../service/services';
import { scheduledJobs } from '../scheduler/jobs';
import { Scheduler } from '../scheduler/scheduler';
import { OutboxWorker } from './outbox-worker';

/** The outbox worker of a process, rendering attached documents through the document service, with the scheduled jobs. */
export function createOutboxWorker(runtime: PortalRuntime, services: Services): OutboxWorker {
  return new OutboxWorker(
    runtime,
    (ref) => services.documents.attachmentOf(runtime, ref),
    new Scheduler(runtime, scheduledJobs(services)),
  );
}
