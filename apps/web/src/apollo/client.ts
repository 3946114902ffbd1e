import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

export interface CreateApolloClientOptions {
  /**
   * Called once when the server answers an operation with an UNAUTHENTICATED error (the
   * session expired or was revoked). The app sends the user to /sign-in with a note.
   */
  onUnauthenticated: () => void;
  /** Defaults to the same-origin `/graphql` the gateway (or the Vite dev proxy) serves. */
  uri?: string;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof globalThis.fetch;
}

/** Operations that run without a session: an UNAUTHENTICATED answer to them is not an expiry. */
const SIGNED_OUT_OPERATIONS = new Set(['Login', 'AcceptInvitation', 'Logout']);

export function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
  );
}

/**
 * The hash codegen embedded in a generated document (`__meta__.hash`, the key of the document
 * in src/gql/persisted-documents.json, which the gateway loads as its trusted documents).
 */
export function trustedDocumentHash(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') {
    throw new Error(
      'A GraphQL document without a persisted hash: write it with graphql() and run `pnpm codegen`.',
    );
  }
  return hash;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Viewer has no id: it is stored inside Query.viewer. Route queries select different
      // fragments of it, so merge their fields instead of replacing the object.
      Viewer: { merge: true },
    },
  });
}

export function createApolloClient({
  onUnauthenticated,
  uri = '/graphql',
  fetch,
}: CreateApolloClientOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (isUnauthenticated(error) && !SIGNED_OUT_OPERATIONS.has(operation.operationName ?? '')) {
      onUnauthenticated();
    }
  });

  const httpLink = new HttpLink({
    uri,
    fetch,
    // The session lives in an HttpOnly cookie set by the gateway on the same origin.
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention only accepts requests that cannot be simple CORS
    // requests; this header forces a preflight and marks the request as ours.
    headers: { 'apollo-require-preflight': 'true' },
  });

  // Trusted documents: each operation is sent as its hash only; the gateway runs the document of
  // that hash from the build's manifest. A gateway that does not know the hash (a development
  // gateway started before the last codegen) is asked again with the query itself.
  const persistedLink = new PersistedQueryLink({ generateHash: trustedDocumentHash });

  return new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([errorLink, persistedLink, httpLink]),
  });
}
