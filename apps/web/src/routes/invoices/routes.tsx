import type { RouteObject } from 'react-router';

/**
 * Invoices, payments, statement and aging (/invoices, /invoices/:invoiceId, /account/statement).
 * Owned by this area: add routes here only. Load pages lazily and guard them, e.g.
 *   { path: '/x', lazy: { Component: async () => (await import('./x-route')).XRoute } }
 * with <RequirePermission anyOf={...}> inside the page (see apps/web/README.md).
 */
export const invoicesRoutes: RouteObject[] = [];
