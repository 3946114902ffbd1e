import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { ViewerSummary_ViewerFragment } from '../../gql/graphql';
import { HomeDocument } from '../home/home-route';
import { safeReturnPath } from './sign-in-state';

/**
 * After login or acceptInvitation returned a viewer: drop whatever a previous user left in
 * the cache, keep the returned viewer (its selection is the Home query's, so home renders
 * without another request) and go where the user was heading.
 */
export function useCompleteSignIn() {
  const client = useApolloClient();
  const navigate = useNavigate();

  return useCallback(
    async (viewer: ViewerSummary_ViewerFragment, returnTo?: string) => {
      await client.clearStore();
      client.writeQuery({ query: HomeDocument, data: { viewer } });
      await navigate(safeReturnPath(returnTo), { replace: true });
    },
    [client, navigate],
  );
}
