import type { RouteObject } from 'react-router';

/**
 * Invoices, payments, statement and aging (/invoices, /invoices/:invoiceId, /account/statement,
 * /account/aging). Pages are lazy and guard themselves with <RequirePermission>.
 */
export const invoicesRoutes: RouteObject[] = [
  {
    path: '/invoices',
    lazy: { Component: async () => (await import('./invoice-list-route')).InvoiceListRoute },
  },
  {
    path: '/invoices/:invoiceId',
    lazy: { Component: async () => (await import('./invoice-route')).InvoiceRoute },
  },
  {
    path: '/account/statement',
    lazy: { Component: async () => (await import('./statement-route')).StatementRoute },
  },
  {
    path: '/account/aging',
    lazy: { Component: async () => (await import('./aging-route')).AgingRoute },
  },
];
