import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isUnauthenticated } from '../apollo/client';
import type { LogoutMutation, LogoutMutationVariables } from '../gql/types';

export const LogoutDocument: TypedDocumentNode<LogoutMutation, LogoutMutationVariables> = gql`
  mutation Logout {
    logout {
      ok
    }
  }
`;

/** Ends the session on the server, then forgets everything cached for this user. */
export function SignOutButton() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);
  const [failed, setFailed] = useState(false);

  async function signOut() {
    if (loading) return;
    setFailed(false);
    try {
      await logout();
    } catch (error) {
      // A session that already ended is as good as signed out; anything else is worth a retry.
      if (!isUnauthenticated(error)) {
        setFailed(true);
        return;
      }
    }
    await navigate('/sign-in', { replace: true });
    await client.clearStore();
  }

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        onClick={signOut}
        aria-disabled={loading || undefined}
      >
        {loading ? 'Signing out…' : 'Sign out'}
      </button>
      {failed && (
        <span role="alert" className="inline-error">
          Could not sign out. Try again.
        </span>
      )}
    </>
  );
}
