import type { RouteObject } from 'react-router';

/**
 * Order templates (/templates, /templates/:templateId).
 * Owned by this area: add routes here only. Load pages lazily and guard them, e.g.
 *   { path: '/x', lazy: { Component: async () => (await import('./x-route')).XRoute } }
 * with <RequirePermission anyOf={...}> inside the page (see apps/web/README.md).
 */
export const templatesRoutes: RouteObject[] = [
  {
    path: '/templates',
    lazy: { Component: async () => (await import('./template-list-route')).TemplateListRoute },
  },
  {
    path: '/templates/:templateId',
    lazy: { Component: async () => (await import('./template-edit-route')).TemplateEditRoute },
  },
];
