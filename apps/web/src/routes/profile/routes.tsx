import type { RouteObject } from 'react-router';

/** The viewer's own profile (/profile), for everyone. */
export const profileRoutes: RouteObject[] = [
  { path: '/profile', lazy: { Component: async () => (await import('./profile-route')).ProfileRoute } },
];
