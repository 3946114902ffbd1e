import type { RouteObject } from 'react-router';

/**
 * Seller back office (/staff/rfqs, /staff/fulfilment, /staff/invoicing, /staff/phone-order, /staff/adoption).
 * Owned by this area: add routes here only. Load pages lazily and guard them, e.g.
 *   { path: '/x', lazy: { Component: async () => (await import('./x-route')).XRoute } }
 * with <RequirePermission anyOf={...}> inside the page (see apps/web/README.md).
 */
export const staffRoutes: RouteObject[] = [];
