import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

describe.each(testEngines())('malformed and abusive requests on %s', (engine) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(engine);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('answers malformed GraphQL and wrong variable types with BAD_USER_INPUT', async () => {
    const client = portal.client();
    const syntax = await client.request('query { viewer { user { ');
    expect(syntax.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
    const unknownField = await client.request('query { viewer { salary } }');
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongType = await client.request(
      'mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
      { input: { email: 42, password: true } },
    );
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notJson = await client.send('{"query": ');
    expect(notJson.status).toBe(400);
    expect(notJson.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a body over 1 MiB', async () => {
    const res = await portal
      .client()
      .request('query { viewer { user { email } } }', { padding: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('refuses queries nested deeper than the limit', async () => {
    const deep = 'query { viewer { company { ' + 'parent { '.repeat(14) + 'name' + ' }'.repeat(14) + ' } } }';
    const res = await portal.client().request(deep);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/levels deep; at most 12/);
  });

  it('refuses an unknown persisted query id', async () => {
    const res = await portal
      .client()
      .send(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }));
    expect(res.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('keeps Apollo CSRF prevention on: a simple cross-site form post is refused', async () => {
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout { ok } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});
