import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { loadTrustedDocuments } from '../http/trusted-documents';
import type { GraphQLClient } from '../testing/graphql-client';
import { startTestPortal, type TestPortal } from '../testing/portal-harness';

/** The hash of the web app's operation `name`, from its manifest (apps/web/src/gql/persisted-documents.json). */
function hashOf(name: string): string {
  for (const [hash, text] of loadTrustedDocuments(loadConfig({})))
    if (new RegExp(`(^|\\} )(query|mutation) ${name}\\b`).test(text)) return hash;
  throw new Error(`the manifest has no ${name} operation`);
}

function byHash(
  client: GraphQLClient,
  operationName: string,
  options: { query?: string; variables?: Record<string, unknown> } = {},
) {
  return client.send(
    JSON.stringify({
      operationName,
      query: options.query,
      variables: options.variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(operationName) } },
    }),
  );
}

describe('TRUSTED_DOCUMENTS=require', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal('sqlite', { env: { TRUSTED_DOCUMENTS: 'require' } });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("lets a signed-in browser session run only the web app's operations, by hash", async () => {
    const buyer = await portal.sessionOf('buyer@acme.example');
    const freeText = await buyer.request('{ clock { today } }');
    expect(freeText.status).toBe(403);
    expect(freeText.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', reason: 'TRUSTED_DOCUMENT_REQUIRED' },
    });
    expect(freeText.data).toBeUndefined();

    const trusted = await byHash(buyer, 'ServerClock');
    expect(trusted.errors).toBeUndefined();
    expect(trusted.data).toMatchObject({ clock: { today: '2026-11-27', __typename: 'PortalClock' } });

    // A hash sent along with a query of the caller's own is not trusted: the query is.
    const smuggled = await byHash(buyer, 'ServerClock', {
      query: 'query ServerClock { viewer { user { email } } }',
    });
    expect(smuggled.errors?.[0]?.extensions?.reason).toBe('TRUSTED_DOCUMENT_REQUIRED');

    const unknown = await buyer.send(
      JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${'0'.repeat(64)}` } },
      }),
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('lets API tokens and anonymous callers send any query within cost, and staff introspect', async () => {
    // The token is made on the web app's token page (its CreateApiToken operation, by hash) …
    const session = await portal.sessionOf('admin@acme.example');
    const created = await byHash(session, 'CreateApiToken', { variables: { input: { name: 'ERP' } } });
    const token = (created.data as { createApiToken: { token: string } }).createApiToken.token;
    // … and the partner app sends queries of its own with it.
    const partner = portal.client().withBearer(token);
    expect((await partner.request('{ viewer { user { email } } }')).data).toEqual({
      viewer: { user: { email: 'admin@acme.example' } },
    });
    expect((await portal.client().request('{ clock { today } }')).data).toEqual({
      clock: { today: '2026-11-27' },
    });

    const staff = await portal.sessionOf('admin@seller.example');
    expect((await staff.request('{ __schema { queryType { name } } }')).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect(
      (await staff.request('{ __schema { queryType { name } } viewer { user { id } } }')).errors?.[0]
        ?.extensions?.reason,
    ).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });
});
