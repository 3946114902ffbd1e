import type { RouteObject } from 'react-router';

/**
 * The approver's queue (/approvals, /approvals/:orderId).
 * Owned by this area: add routes here only. Load pages lazily and guard them, e.g.
 *   { path: '/x', lazy: { Component: async () => (await import('./x-route')).XRoute } }
 * with <RequirePermission anyOf={...}> inside the page (see apps/web/README.md).
 */
export const approvalsRoutes: RouteObject[] = [
  {
    path: '/approvals',
    lazy: { Component: async () => (await import('./approval-queue-route')).ApprovalQueueRoute },
  },
  // An order in the queue opens on its order page, which offers approve/reject from availableActions.
  {
    path: '/approvals/:orderId',
    lazy: { Component: async () => (await import('../orders/order-route')).OrderRoute },
  },
];
