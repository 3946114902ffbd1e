import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, permissionsOf } from '@portal/domain';
import { toGlobalId } from '../common/node-id';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const VIEWER =
  'query { viewer { user { email role status company { name } } company { name } permissions } }';

describe.each(testEngines())('roles and company isolation on %s', (engine) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(engine);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it.each(Object.values(Role))("gives a signed-in %s exactly that role's permissions", async (role) => {
    const user =
      role in portal.fixture.staff
        ? portal.fixture.staff[role as keyof typeof portal.fixture.staff]
        : portal.fixture.acme.users[role as keyof typeof portal.fixture.acme.users];
    const client = await portal.signedIn(user.email);
    const res = await client.request(VIEWER);
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer.user.role).toBe(role);
    expect([...res.data?.viewer.permissions].sort()).toEqual([...permissionsOf(role)].sort());
    expect(res.data?.viewer.company?.name ?? null).toBe(
      role in portal.fixture.staff ? null : 'Acme Restaurant Group',
    );
  });

  it('answers viewer with null, and protected fields with UNAUTHENTICATED, when signed out', async () => {
    const anonymous = portal.client();
    expect((await anonymous.request(VIEWER)).data?.viewer).toBeNull();
    const res = await anonymous.request('query { companies { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("treats another company's ids exactly like missing ids", async () => {
    const acmeAdmin = await portal.signedIn(portal.fixture.acme.users.PORTAL_ADMIN.email);
    const foreignUser = toGlobalId('User', portal.fixture.globex.users.BUYER.id);
    const missingUser = toGlobalId('User', 999_999);
    const foreignCompany = toGlobalId('Company', portal.fixture.globex.company.id);
    const query = 'query($id: ID!) { node(id: $id) { id ... on User { email } ... on Company { name } } }';
    const foreign = await acmeAdmin.request(query, { id: foreignUser });
    const missing = await acmeAdmin.request(query, { id: missingUser });
    expect(foreign.data).toEqual({ node: null });
    expect({ data: foreign.data, errors: foreign.errors }).toEqual({
      data: missing.data,
      errors: missing.errors,
    });
    expect((await acmeAdmin.request(query, { id: foreignCompany })).data).toEqual({ node: null });
    expect((await acmeAdmin.request(query, { id: 'not-a-global-id' })).data).toEqual({ node: null });

    const own = await acmeAdmin.request(query, {
      id: toGlobalId('User', portal.fixture.acme.users.BUYER.id),
    });
    expect(own.data?.node.email).toBe('buyer@acme.example');
  });

  it('shows company users to portal admins and staff only, and only their own company to admins', async () => {
    const query = 'query { viewer { company { name users { email } } } }';
    const admin = await portal.signedIn('admin@acme.example');
    const adminView = await admin.request(query);
    expect(adminView.data?.viewer.company.users.map((u: { email: string }) => u.email)).toContain(
      'buyer@acme.example',
    );
    expect(
      adminView.data?.viewer.company.users.every((u: { email: string }) => u.email.endsWith('@acme.example')),
    ).toBe(true);

    const buyer = await portal.signedIn('buyer@acme.example');
    const buyerView = await buyer.request(query);
    expect(buyerView.data?.viewer.company).toEqual({ name: 'Acme Restaurant Group', users: null });
    expect(buyerView.errors?.[0]).toMatchObject({
      path: ['viewer', 'company', 'users'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('lists customer companies to staff with CUSTOMERS_MANAGE and refuses everyone else', async () => {
    const query =
      'query($search: String) { companies(first: 10, search: $search) { totalCount edges { node { name users { email } } } } }';
    const sales = await portal.signedIn('sales@seller.example');
    const all = await sales.request(query);
    expect(all.errors).toBeUndefined();
    expect(all.data?.companies.totalCount).toBe(2);
    const found = await sales.request(query, { search: 'glob' });
    expect(found.data?.companies.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Globex Chemicals',
    ]);
    expect(found.data?.companies.edges[0].node.users).toHaveLength(5);
    expect((await sales.request(query, { search: '100%_' })).data?.companies.totalCount).toBe(0);

    for (const email of ['admin@acme.example', 'buyer@acme.example', 'warehouse@seller.example']) {
      const res = await (await portal.signedIn(email)).request(query);
      expect(res.errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });

  it('caps pages at 100 and refuses foreign cursors', async () => {
    const sales = await portal.signedIn('sales@seller.example');
    expect(
      (await sales.request('query { companies(first: 101) { totalCount } }')).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await sales.request('query { companies(first: 1, after: "bogus") { totalCount } }')).errors?.[0]
        ?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const first = await sales.request(
      'query { companies(first: 1) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.data?.companies.pageInfo.hasNextPage).toBe(true);
    const next = await sales.request(
      'query($after: String) { companies(first: 1, after: $after) { edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } }',
      {
        after: first.data?.companies.pageInfo.endCursor,
      },
    );
    expect(next.data?.companies.edges[0].node.name).toBe('Globex Chemicals');
    expect(next.data?.companies.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });
});
