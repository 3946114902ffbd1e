import type { RouteObject } from 'react-router';

/**
 * RFQs and quotes for customers (/rfqs, /rfqs/new, /rfqs/:rfqId).
 * Owned by this area: add routes here only. Load pages lazily and guard them, e.g.
 *   { path: '/x', lazy: { Component: async () => (await import('./x-route')).XRoute } }
 * with <RequirePermission anyOf={...}> inside the page (see apps/web/README.md).
 */
export const rfqsRoutes: RouteObject[] = [
  { path: '/rfqs', lazy: { Component: async () => (await import('./rfq-list-route')).RfqListRoute } },
  { path: '/rfqs/new', lazy: { Component: async () => (await import('./rfq-new-route')).RfqNewRoute } },
  { path: '/rfqs/:rfqId', lazy: { Component: async () => (await import('./rfq-route')).RfqRoute } },
];
