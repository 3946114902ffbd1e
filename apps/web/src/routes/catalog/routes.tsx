import type { RouteObject } from 'react-router';

/**
 * Catalog and quick order (/catalog, /quick-order).
 * Owned by this area: add routes here only.
 */
export const catalogRoutes: RouteObject[] = [
  { path: '/catalog', lazy: { Component: async () => (await import('./catalog-route')).CatalogRoute } },
  {
    path: '/quick-order',
    lazy: { Component: async () => (await import('./quick-order-route')).QuickOrderRoute },
  },
];
