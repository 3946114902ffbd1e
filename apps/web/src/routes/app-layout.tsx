import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { AppHeader, AppHeader_ViewerFragmentDoc } from '../components/app-header';
import { PageStatus } from '../components/page-status';
import type { AppLayoutQuery, AppLayoutQueryVariables } from '../gql/types';
import type { SignInState } from './auth/sign-in-state';

export const AppLayoutDocument: TypedDocumentNode<AppLayoutQuery, AppLayoutQueryVariables> = gql`
  query AppLayout {
    viewer {
      ...AppHeader_viewer
    }
  }
  ${AppHeader_ViewerFragmentDoc}
`;

/**
 * The signed-in frame and the one sign-in guard: every route below it may assume a viewer.
 * `viewer` is null without a session, so it sends the user to /sign-in and back afterwards.
 */
export function AppLayout() {
  const location = useLocation();
  const { data, error, refetch } = useQuery(AppLayoutDocument);

  if (!data) {
    return (
      <main id="main" className="app-main">
        {error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />}
      </main>
    );
  }
  if (!data.viewer) {
    const state: SignInState = { from: location.pathname + location.search };
    return <Navigate to="/sign-in" replace state={state} />;
  }

  return (
    <div className="app-layout">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader viewer={data.viewer} />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
