import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { Navigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { ViewerSummary } from '../../components/viewer-summary';
import { graphql } from '../../gql';
import { useViewer } from '../../viewer/viewer-context';
import { BuyerDashboard } from './buyer-dashboard';

/** The page's one query, composed of its components' fragments. */
export const HomeDocument = graphql(`
  query Home {
    viewer {
      ...ViewerSummary_viewer
    }
  }
`);

export function HomeRoute() {
  const { data, error, refetch } = useQuery(HomeDocument);
  const { isStaff } = useViewer();

  if (!data) {
    return error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;
  }
  // AppLayout already guards; this covers a session that ended between the two queries.
  if (!data.viewer) return <Navigate to="/sign-in" replace />;

  return (
    <Stack>
      <PageHeader title={`Welcome, ${data.viewer.user.name}`} documentTitle="Home" />
      {!isStaff && <BuyerDashboard />}
      <ViewerSummary viewer={data.viewer} />
    </Stack>
  );
}
