import type { RouteObject } from 'react-router';

/** Cart and checkout (/cart). Owned by this area: add routes here only. */
export const cartRoutes: RouteObject[] = [
  { path: '/cart', lazy: { Component: async () => (await import('./cart-route')).CartRoute } },
];
