import type { RouteObject } from 'react-router';

/** Company users, for portal admins (/users). The page guards itself (USERS_MANAGE). */
export const usersRoutes: RouteObject[] = [
  { path: '/users', lazy: { Component: async () => (await import('./users-route')).UsersRoute } },
];
