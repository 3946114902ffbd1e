import type { RouteObject } from 'react-router';

/**
 * Order history and order page (/orders, /orders/:orderId).
 * Owned by this area: add routes here only. Load pages lazily and guard them, e.g.
 *   { path: '/x', lazy: { Component: async () => (await import('./x-route')).XRoute } }
 * with <RequirePermission anyOf={...}> inside the page (see apps/web/README.md).
 */
export const ordersRoutes: RouteObject[] = [
  { path: '/orders', lazy: { Component: async () => (await import('./order-list-route')).OrderListRoute } },
  { path: '/orders/:orderId', lazy: { Component: async () => (await import('./order-route')).OrderRoute } },
];
