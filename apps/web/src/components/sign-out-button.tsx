import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { isUnauthenticated } from '../apollo/client';
import { graphql } from '../gql';
import { notify } from '../lib/notify';

export const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

/** Ends the session on the server, then forgets everything cached for this user. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);

  async function signOut() {
    if (loading) return;
    try {
      await logout();
    } catch (error) {
      // A session that already ended is as good as signed out; anything else is worth a retry.
      if (!isUnauthenticated(error)) {
        notify('Try again.', { color: 'red', title: 'Could not sign out' });
        return;
      }
    }
    await navigate('/sign-in', { replace: true });
    await client.clearStore();
  }

  return { signOut, loading };
}
