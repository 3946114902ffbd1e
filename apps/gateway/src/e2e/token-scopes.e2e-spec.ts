import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Permission, Role, TOKEN_SCOPES, TokenScope, scopesForRole, tokenPermissions } from '@portal/domain';
import type { AccessMarker } from '../auth/access.decorators';
import { ROOT_FIELD_SCOPES, rootFieldScopes } from '../auth/token-scopes';
import { toGlobalId } from '../common/node-id';
import { generatedSchema } from '../contract/schema-under-test';
import type { GraphQLClient, GraphQLResponse } from '../testing/graphql-client';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const ROOTS = ['Query', 'Mutation'] as const;
type Root = (typeof ROOTS)[number];

/** The enum name of a scope on the wire (CATALOG_READ for catalog:read). */
function wireName(scope: TokenScope): string {
  const entry = Object.entries(TokenScope).find(([, value]) => value === scope);
  if (!entry) throw new Error(`no enum name for ${scope}`);
  return entry[0];
}

/** A literal any resolver accepts as well-formed: what is checked is access, not the outcome. */
const SCALAR_LITERALS: Record<string, string> = {
  ID: '"x"',
  String: '"x"',
  Int: '1',
  Float: '1',
  Boolean: 'false',
  Date: '"2026-11-27"',
  DateTime: '"2026-11-27T09:00:00Z"',
  Decimal: '"1"',
};

function literalOf(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literalOf(type.ofType);
  if (isListType(type)) return '[]';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields())
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => `${f.name}: ${literalOf(f.type)}`);
    return `{ ${fields.join(', ')} }`;
  }
  if (isEnumType(type)) return type.getValues()[0]?.name ?? '';
  const literal = SCALAR_LITERALS[type.name];
  if (!literal) throw new Error(`Add a literal for the scalar ${type.name} to the scope test`);
  return literal;
}

function requiredArgs(args: readonly GraphQLArgument[]): string {
  const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  return required.length ? `(${required.map((a) => `${a.name}: ${literalOf(a.type)}`).join(', ')})` : '';
}

/** The smallest document that calls one root field. */
function documentFor(root: Root, field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  const selection =
    isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  return `${root === 'Query' ? 'query' : 'mutation'} { ${field.name}${requiredArgs(field.args)}${selection} }`;
}

function accessOf(field: GraphQLField<unknown, unknown>): AccessMarker {
  return (field.extensions as { access?: AccessMarker }).access ?? {};
}

/** What the declared mapping and the field's access marker say a token of `scope` may do. */
function expectedAllowed(
  root: Root,
  field: GraphQLField<unknown, unknown>,
  scope: TokenScope,
  ownerRole: Role,
): boolean {
  const needs = rootFieldScopes(root, field.name);
  if (needs === 'public') return true;
  if (needs === 'never' || !needs.includes(scope)) return false;
  const access = accessOf(field);
  if (access.public || access.signedIn) return true;
  const granted = tokenPermissions(ownerRole, [scope]);
  return (access.permissions ?? []).some((p) => granted.includes(p));
}

/** A customer scope is tried on a portal admin's token, a staff scope on a staff admin's. */
function ownerOf(scope: TokenScope): { role: Role; email: string } {
  return scopesForRole(Role.PORTAL_ADMIN).includes(scope)
    ? { role: Role.PORTAL_ADMIN, email: 'admin@acme.example' }
    : { role: Role.STAFF_ADMIN, email: 'admin@seller.example' };
}

const CREATE =
  'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { scopes } userErrors { code message } } }';

async function tokenFor(portal: TestPortal, email: string, scopes: TokenScope[]): Promise<GraphQLClient> {
  const owner = await portal.sessionOf(email);
  const res = await owner.request(CREATE, {
    input: { name: 'scope test', scopes: scopes.map(wireName) },
  });
  const token = res.data?.createApiToken.token as string | null;
  if (!token)
    throw new Error(`no token: ${JSON.stringify(res.data?.createApiToken.userErrors ?? res.errors)}`);
  return portal.client().withBearer(token);
}

describe('the declared scope of every root field', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await generatedSchema();
  });

  it('covers every root field of the schema, and nothing else', () => {
    for (const root of ROOTS) {
      const type = schema.getType(root);
      if (!isObjectType(type)) throw new Error(`no ${root}`);
      expect(
        Object.keys(ROOT_FIELD_SCOPES[root]).sort(),
        `${root}: fields without a declared scope, or declared fields that are gone`,
      ).toEqual(Object.keys(type.getFields()).sort());
    }
  });

  it('calls public exactly the fields open to anonymous callers', () => {
    for (const root of ROOTS) {
      const type = schema.getType(root);
      if (!isObjectType(type)) throw new Error(`no ${root}`);
      for (const field of Object.values(type.getFields()))
        expect(rootFieldScopes(root, field.name) === 'public', `${root}.${field.name}`).toBe(
          !!accessOf(field).public,
        );
    }
  });
});

describe.each(testEngines())('API token scopes on %s', (engine) => {
  let portal: TestPortal;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    portal = await startTestPortal(engine);
    schema = await generatedSchema();
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('allow or refuse each root field to a token of each scope exactly as declared', async () => {
    const mismatches: string[] = [];
    const everAllowed = new Set<string>();
    for (const scope of TOKEN_SCOPES) {
      const owner = ownerOf(scope);
      const client = await tokenFor(portal, owner.email, [scope]);
      const calls = ROOTS.flatMap((root) => {
        const type = schema.getType(root);
        if (!isObjectType(type)) throw new Error(`no ${root}`);
        return Object.values(type.getFields()).map((field) => ({ root, field }));
      });
      // The fields of one scope are called eight at a time (what is checked is access, not outcomes).
      const answers: GraphQLResponse[] = [];
      for (let i = 0; i < calls.length; i += 8)
        answers.push(
          ...(await Promise.all(
            calls.slice(i, i + 8).map(({ root, field }) => client.request(documentFor(root, field))),
          )),
        );
      calls.forEach(({ root, field }, i) => {
        const res = answers[i];
        if (!res) throw new Error('no answer');
        const refusal = res.errors?.find(
          (e) =>
            e.path?.[0] === field.name &&
            (e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'UNAUTHENTICATED'),
        );
        const reached = res.data !== undefined || res.errors?.some((e) => e.path?.[0] === field.name);
        if (!reached) mismatches.push(`${root}.${field.name}: not executed (${res.errors?.[0]?.message})`);
        const allowed = !refusal;
        if (allowed) everAllowed.add(`${root}.${field.name}`);
        if (allowed !== expectedAllowed(root, field, scope, owner.role))
          mismatches.push(
            `${scope} (${owner.role}) ${root}.${field.name}: ${allowed ? 'allowed' : `refused (${refusal?.message})`}`,
          );
      });
    }
    expect(mismatches).toEqual([]);
    // Every field but those no token may call is reachable by some scope: the mapping is not a wall.
    const unreachable = ROOTS.flatMap((root) =>
      Object.keys(ROOT_FIELD_SCOPES[root])
        .filter((f) => rootFieldScopes(root, f) !== 'never')
        .map((f) => `${root}.${f}`)
        .filter((f) => !everAllowed.has(f)),
    );
    expect(unreachable).toEqual([]);
  }, 300_000);

  it('never lets a token manage users, passwords or tokens, even with every scope', async () => {
    const client = await tokenFor(portal, 'admin@acme.example', scopesForRole(Role.PORTAL_ADMIN));
    const me = await client.request('query { viewer { permissions tokenScopes } }');
    expect(me.data?.viewer.permissions).not.toContain(Permission.USERS_MANAGE);
    expect(me.data?.viewer.tokenScopes).toEqual(scopesForRole(Role.PORTAL_ADMIN).map(wireName));
    const invite = await client.request(
      'mutation { inviteUser(input: { email: "mallory@acme.example", name: "M", role: PORTAL_ADMIN }) { user { id } } }',
    );
    expect(invite.errors?.[0]).toMatchObject({
      path: ['inviteUser'],
      message: expect.stringMatching(/^API tokens may not call inviteUser/),
      extensions: { code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' },
    });
    const mint = await client.request(CREATE, { input: { name: 'another' } });
    expect(mint.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' });
    // A scope the owner's role allows but the token lacks: the same reason, naming the scope.
    const catalogOnly = await tokenFor(portal, 'admin@acme.example', [TokenScope.CATALOG_READ]);
    const orders = await catalogOnly.request('query { orders(first: 1) { totalCount } }');
    expect(orders.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/needs the scope .*orders:read/),
      extensions: { code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' },
    });
  });

  it("follows the owner's role at every request: a narrower role narrows the token at once", async () => {
    const client = await tokenFor(portal, 'buyer@globex.example', [
      TokenScope.ORDERS_WRITE,
      TokenScope.CATALOG_READ,
    ]);
    const before = await client.request('query { viewer { permissions } }');
    expect(before.data?.viewer.permissions).toEqual(['ORDERS_DRAFT', 'ORDERS_SUBMIT', 'PRICES_CONTRACT']);
    const admin = await portal.sessionOf('admin@globex.example');
    const demoted = await admin.request(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code } } }',
      { input: { userId: toGlobalId('User', portal.fixture.globex.users.BUYER.id), role: 'VIEWER' } },
    );
    expect(demoted.data?.updateUser.userErrors).toEqual([]);
    try {
      const after = await client.request('query { viewer { permissions } }');
      expect(after.data?.viewer.permissions).toEqual(['PRICES_CONTRACT']);
      const draft = await client.request(
        'mutation { createDraftOrder(input: { lines: [] }) { order { id } } }',
      );
      expect(draft.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await admin.request(
        'mutation($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code } } }',
        {
          input: { userId: toGlobalId('User', portal.fixture.globex.users.BUYER.id), role: 'BUYER' },
        },
      );
    }
  });

  it('reaches through node only the types its scopes read', async () => {
    const admin = await portal.sessionOf('admin@acme.example');
    const draft = await admin.request(
      'mutation { createDraftOrder(input: { lines: [] }) { order { id } userErrors { code } } }',
    );
    const orderId = draft.data?.createDraftOrder.order.id as string;
    const catalogOnly = await tokenFor(portal, 'admin@acme.example', [TokenScope.CATALOG_READ]);
    const ordersToo = await tokenFor(portal, 'admin@acme.example', [TokenScope.ORDERS_READ]);
    const q = 'query($id: ID!) { node(id: $id) { id } }';
    expect((await catalogOnly.request(q, { id: orderId })).data?.node).toBeNull();
    expect((await ordersToo.request(q, { id: orderId })).data?.node).toEqual({ id: orderId });
  });
});
