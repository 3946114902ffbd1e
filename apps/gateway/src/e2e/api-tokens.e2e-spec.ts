import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken } from '../entity';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const CREATE =
  'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name prefix } userErrors { code field } } }';

describe.each(testEngines())('personal API tokens on %s', (engine) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(engine);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it("creates a token shown once and stored hashed; the partner app acts with the owner's role", async () => {
    const buyer = await portal.signedIn('buyer@globex.example');
    const created = await buyer.request(CREATE, { input: { name: 'ERP connector', expiresInDays: 90 } });
    const { token, apiToken } = created.data?.createApiToken;
    expect(token).toMatch(/^pat_[A-Za-z0-9_-]{43}$/);
    expect(apiToken.prefix).toBe(token.slice(0, 12));
    const stored = await portal.runtime.dataSource.getRepository(ApiToken).find();
    expect(stored.some((t) => t.tokenHash.includes(token) || t.tokenHash === token)).toBe(false);

    const partner = portal.client().withBearer(token);
    const me = await partner.request(
      'query { viewer { user { email role } permissions apiTokens { name } } }',
    );
    expect(me.data?.viewer.user).toEqual({ email: 'buyer@globex.example', role: 'BUYER' });
    expect(me.data?.viewer.permissions).not.toContain('USERS_MANAGE');
    expect((await partner.request('query { companies { totalCount } }')).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await partner.request(CREATE, { input: { name: 'second' } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    // Expiry, last use and scopes are shown to the owner (omitted scopes: every scope of the role).
    const listed = await buyer.request('query { viewer { apiTokens { name expiresAt lastUsedAt scopes } } }');
    expect(listed.data?.viewer.apiTokens).toEqual([
      {
        name: 'ERP connector',
        expiresAt: new Date(portal.clock.now().getTime() + 90 * 86_400_000).toISOString(),
        lastUsedAt: portal.clock.now().toISOString(),
        scopes: [
          'CATALOG_READ',
          'ORDERS_READ',
          'ORDERS_WRITE',
          'QUOTES_WRITE',
          'INVOICES_READ',
          'INVOICES_PAY',
        ],
      },
    ]);

    const revoked = await buyer.request(
      'mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revokedId userErrors { code } } }',
      { input: { tokenId: apiToken.id } },
    );
    expect(revoked.data?.revokeApiToken).toEqual({ revokedId: apiToken.id, userErrors: [] });
    const after = await partner.request('query { viewer { user { email } } }');
    expect(after.data?.viewer).toBeNull();
    expect((await partner.request('query { companies { totalCount } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses no scope at all, and scopes the role has nothing for', async () => {
    const buyer = await portal.sessionOf('buyer@acme.example');
    const none = await buyer.request(CREATE, { input: { name: 'x', scopes: [] } });
    expect(none.data?.createApiToken.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'scopes'] }]);
    const staff = await buyer.request(CREATE, { input: { name: 'x', scopes: ['CATALOG_MANAGE'] } });
    expect(staff.data?.createApiToken).toMatchObject({ token: null, userErrors: [{ code: 'INVALID' }] });
    const offered = await buyer.request('query { viewer { apiTokenScopes tokenScopes } }');
    expect(offered.data?.viewer).toEqual({
      apiTokenScopes: [
        'CATALOG_READ',
        'ORDERS_READ',
        'ORDERS_WRITE',
        'QUOTES_WRITE',
        'INVOICES_READ',
        'INVOICES_PAY',
      ],
      tokenScopes: null,
    });
  });

  it("refuses a bad name or lifetime, and revoking another user's token", async () => {
    const buyer = await portal.signedIn('buyer@acme.example');
    expect(
      (await buyer.request(CREATE, { input: { name: ' ' } })).data?.createApiToken.userErrors[0],
    ).toEqual({ code: 'INVALID', field: ['input', 'name'] });
    expect(
      (await buyer.request(CREATE, { input: { name: 'x', expiresInDays: 0 } })).data?.createApiToken
        .userErrors[0].field,
    ).toEqual(['input', 'expiresInDays']);
    const admin = await portal.signedIn('admin@acme.example');
    const adminToken = (await admin.request(CREATE, { input: { name: 'admin tool' } })).data?.createApiToken
      .apiToken.id;
    const res = await buyer.request(
      'mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revokedId userErrors { code } } }',
      { input: { tokenId: adminToken } },
    );
    expect(res.data?.revokeApiToken).toEqual({ revokedId: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });

  it('ignores an unknown bearer token instead of falling back to a cookie', async () => {
    const buyer = await portal.signedIn('buyer@acme.example');
    const res = await buyer.request('query { viewer { user { email } } }', undefined, {
      authorization: 'Bearer pat_unknown',
    });
    expect(res.data?.viewer).toBeNull();
  });
});
