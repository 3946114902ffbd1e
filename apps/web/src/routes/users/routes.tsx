import type { RouteObject } from 'react-router';

/**
 * Company users, for portal admins (/users).
 * Owned by this area: add routes here only. Load pages lazily and guard them, e.g.
 *   { path: '/x', lazy: { Component: async () => (await import('./x-route')).XRoute } }
 * with <RequirePermission anyOf={...}> inside the page (see apps/web/README.md).
 */
export const usersRoutes: RouteObject[] = [];
