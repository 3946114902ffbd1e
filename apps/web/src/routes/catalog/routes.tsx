import type { RouteObject } from 'react-router';

/**
 * Catalog, a product's page and quick order (/catalog, /catalog/:productId, /quick-order).
 * Owned by this area: add routes here only.
 */
export const catalogRoutes: RouteObject[] = [
  { path: '/catalog', lazy: { Component: async () => (await import('./catalog-route')).CatalogRoute } },
  {
    path: '/catalog/:productId',
    lazy: { Component: async () => (await import('./product-route')).ProductRoute },
  },
  {
    path: '/quick-order',
    lazy: { Component: async () => (await import('./quick-order-route')).QuickOrderRoute },
  },
];
