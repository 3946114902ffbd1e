import type { RouteObject } from 'react-router';

/**
 * Catalog and quick order (/catalog, /catalog/:productId, /quick-order).
 * Owned by this area: add routes here only. Load pages lazily and guard them, e.g.
 *   { path: '/x', lazy: { Component: async () => (await import('./x-route')).XRoute } }
 * with <RequirePermission anyOf={...}> inside the page (see apps/web/README.md).
 */
export const catalogRoutes: RouteObject[] = [];
