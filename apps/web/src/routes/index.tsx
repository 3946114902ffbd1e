import type { RouteObject } from 'react-router';
import { AppLayout } from './app-layout';
import { AcceptInvitationRoute } from './auth/accept-invitation-route';
import { AuthLayout } from './auth/auth-layout';
import { SignInRoute } from './auth/sign-in-route';
import { HomeRoute } from './home/home-route';
import { NotFoundRoute } from './not-found-route';

/**
 * The route tree, shared by the browser router (main.tsx) and the tests' memory routers.
 * New signed-in areas go under AppLayout as `routes/<area>/`; lazy() them when they grow.
 */
export const routes: RouteObject[] = [
  {
    element: <AuthLayout />,
    children: [
      { path: '/sign-in', element: <SignInRoute /> },
      { path: '/invitation/:token', element: <AcceptInvitationRoute /> },
    ],
  },
  {
    element: <AppLayout />,
    children: [{ path: '/', element: <HomeRoute /> }],
  },
  { path: '*', element: <NotFoundRoute /> },
];
