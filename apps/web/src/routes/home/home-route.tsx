import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Navigate } from 'react-router';
import { PORTAL_NAME } from '../../components/app-header';
import { PageStatus } from '../../components/page-status';
import { ViewerSummary, ViewerSummary_ViewerFragmentDoc } from '../../components/viewer-summary';
import type { HomeQuery, HomeQueryVariables } from '../../gql/types';

/** The page's one query, composed of its components' fragments. */
export const HomeDocument: TypedDocumentNode<HomeQuery, HomeQueryVariables> = gql`
  query Home {
    viewer {
      ...ViewerSummary_viewer
    }
  }
  ${ViewerSummary_ViewerFragmentDoc}
`;

export function HomeRoute() {
  const { data, error, refetch } = useQuery(HomeDocument);

  if (!data) {
    return error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;
  }
  // AppLayout already guards; this covers a session that ended between the two queries.
  if (!data.viewer) return <Navigate to="/sign-in" replace />;

  return (
    <div className="page">
      <title>{`Home · ${PORTAL_NAME}`}</title>
      <h1>Welcome, {data.viewer.user.name}</h1>
      <ViewerSummary viewer={data.viewer} />
    </div>
  );
}
