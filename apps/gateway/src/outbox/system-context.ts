import { RequestContext, type HttpExchange, type PortalRuntime } from '../context';

/** The exchange of work no HTTP request asked for (the outbox worker, scheduled jobs). */
const NO_HTTP: HttpExchange = {
  ip: '127.0.0.1',
  userAgent: null,
  setSessionCookie: () => undefined,
  clearSessionCookie: () => undefined,
  signedInUserId: null,
  trustedDocument: null,
};

/** A context without a viewer, for the worker and the scheduler: it reads what their own rules allow. */
export function systemContext(runtime: PortalRuntime): RequestContext {
  return new RequestContext(runtime, null, NO_HTTP);
}
