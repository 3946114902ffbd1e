import type { PortalRuntime } from '../context';
import type { Services } from '../service/services';
import { OutboxWorker } from './outbox-worker';

/** The outbox worker of a process, rendering attached documents through the document service. */
export function createOutboxWorker(runtime: PortalRuntime, services: Services): OutboxWorker {
  return new OutboxWorker(runtime, (ref) => services.documents.attachmentOf(runtime, ref));
}
