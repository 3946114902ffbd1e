import type { RouteObject } from 'react-router';

/**
 * Company users and the company's webhooks, for portal admins (/users, /users/webhooks). The pages
 * guard themselves (USERS_MANAGE).
 */
export const usersRoutes: RouteObject[] = [
  { path: '/users', lazy: { Component: async () => (await import('./users-route')).UsersRoute } },
  {
    path: '/users/webhooks',
    lazy: { Component: async () => (await import('./webhooks-route')).WebhooksRoute },
  },
  {
    path: '/users/webhooks/:subscriptionId',
    lazy: { Component: async () => (await import('./webhooks-route')).WebhookLogRoute },
  },
];
