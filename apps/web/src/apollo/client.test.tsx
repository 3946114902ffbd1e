import { describe, expect, it, vi } from 'vitest';
import { LogoutDocument } from '../components/sign-out-button';
import { AppLayoutDocument } from '../routes/app-layout';
import { TEST_CLOCK } from '../test/render-app';
import persistedDocuments from '../gql/persisted-documents.json';
import { createApolloClient } from './client';

function respondWith(body: unknown) {
  return vi.fn(async (_uri: RequestInfo | URL, _init?: RequestInit) => {
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
}

const unauthenticated = {
  data: null,
  errors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }],
};

describe('apollo client', () => {
  it('sends same-origin credentials and the CSRF preflight header to /graphql', async () => {
    const fetch = respondWith({ data: { viewer: null, clock: TEST_CLOCK } });
    const client = createApolloClient({ onUnauthenticated: vi.fn(), fetch });

    await client.query({ query: AppLayoutDocument });

    const [uri, init] = fetch.mock.calls[0]!;
    expect(uri).toBe('/graphql');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('apollo-require-preflight')).toBe('true');
  });

  it("sends an operation by its trusted document's hash, without the query", async () => {
    const fetch = respondWith({ data: { viewer: null, clock: TEST_CLOCK } });
    const client = createApolloClient({ onUnauthenticated: vi.fn(), fetch });

    await client.query({ query: AppLayoutDocument });

    const body = JSON.parse(String(fetch.mock.calls[0]![1]?.body)) as Record<string, any>;
    expect(body.query).toBeUndefined();
    expect(body.operationName).toBe('AppLayout');
    expect(body.extensions.persistedQuery).toEqual({
      version: 1,
      sha256Hash: (AppLayoutDocument as unknown as { __meta__: { hash: string } }).__meta__.hash,
    });
    expect(Object.keys(persistedDocuments)).toContain(body.extensions.persistedQuery.sha256Hash);
  });

  it('reports an UNAUTHENTICATED error as an ended session', async () => {
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({ onUnauthenticated, fetch: respondWith(unauthenticated) });

    await expect(client.query({ query: AppLayoutDocument })).rejects.toThrow('Session expired');

    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('does not treat an UNAUTHENTICATED answer to a signed-out operation as an expiry', async () => {
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({ onUnauthenticated, fetch: respondWith(unauthenticated) });

    await expect(client.mutate({ mutation: LogoutDocument })).rejects.toThrow();

    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
