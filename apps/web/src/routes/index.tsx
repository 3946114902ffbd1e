import type { RouteObject } from 'react-router';
import { approvalsRoutes } from './approvals/routes';
import { AppLayout } from './app-layout';
import { AcceptInvitationRoute } from './auth/accept-invitation-route';
import { ForgotPasswordRoute } from './auth/forgot-password-route';
import { ResetPasswordRoute } from './auth/reset-password-route';
import { AuthLayout } from './auth/auth-layout';
import { SignInRoute } from './auth/sign-in-route';
import { cartRoutes } from './cart/routes';
import { catalogRoutes } from './catalog/routes';
import { HomeRoute } from './home/home-route';
import { invoicesRoutes } from './invoices/routes';
import { NotFoundRoute } from './not-found-route';
import { ordersRoutes } from './orders/routes';
import { profileRoutes } from './profile/routes';
import { rfqsRoutes } from './rfqs/routes';
import { staffRoutes } from './staff/routes';
import { templatesRoutes } from './templates/routes';
import { usersRoutes } from './users/routes';

/**
 * The route tree, shared by the browser router (main.tsx) and the tests' memory routers.
 * Each signed-in area owns `routes/<area>/routes.tsx` (absolute paths, lazy pages); this file
 * only composes them under AppLayout, which guarantees a viewer (useViewer()).
 */
export const routes: RouteObject[] = [
  {
    element: <AuthLayout />,
    children: [
      { path: '/sign-in', element: <SignInRoute /> },
      { path: '/invitation/:token', element: <AcceptInvitationRoute /> },
      { path: '/forgot-password', element: <ForgotPasswordRoute /> },
      { path: '/reset-password/:token', element: <ResetPasswordRoute /> },
    ],
  },
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomeRoute /> },
      ...catalogRoutes,
      ...cartRoutes,
      ...ordersRoutes,
      ...templatesRoutes,
      ...rfqsRoutes,
      ...approvalsRoutes,
      ...invoicesRoutes,
      ...usersRoutes,
      ...staffRoutes,
      ...profileRoutes,
    ],
  },
  { path: '*', element: <NotFoundRoute /> },
];
