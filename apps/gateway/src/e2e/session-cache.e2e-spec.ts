import { IsNull } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import { MAX_SESSION_CACHE_TTL_MS } from '../auth/session-cache';
import { Session } from '../entity';
import { FIXTURE_PASSWORD, startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';
import { StatementCounter } from '../testing/statement-counter';

const WHO = 'query { viewer { user { email role } } }';
const UPDATE_USER =
  'mutation($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code message } } }';
const CHANGE_PASSWORD =
  'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok userErrors { message } } }';

/**
 * The session cache (auth/session-cache.ts): a process answers a session cookie from memory for
 * at most SESSION_CACHE_TTL_MS (the harness's rate clock is the suite's fixed clock, moved by
 * hand), and forgets it at once when this process revokes it.
 */
describe.each(testEngines())('session cache on %s', (engine) => {
  const counter = new StatementCounter();
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal(engine, { logger: counter });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  const sessionReads = (statements: string[]) => statements.filter((sql) => /FROM\W+session\W/i.test(sql));
  const laterBy = (ms: number) => new Date(portal.clock.now().getTime() + ms);

  it('reads the session once, then answers the cookie from memory until the TTL has passed', async () => {
    expect(portal.runtime.config.sessionCacheTtlMs).toBe(MAX_SESSION_CACHE_TTL_MS);
    const client = await portal.signedIn('viewer@acme.example');
    await client.request(WHO);
    const cached = await counter.count(() => client.request(WHO));
    expect(cached.result.data?.viewer.user.email).toBe('viewer@acme.example');
    expect(sessionReads(cached.statements)).toEqual([]);
    await portal.clock.during(laterBy(MAX_SESSION_CACHE_TTL_MS), async () => {
      const reread = await counter.count(() => client.request(WHO));
      expect(reread.result.data?.viewer.user.email).toBe('viewer@acme.example');
      expect(sessionReads(reread.statements)).toHaveLength(1);
    });
  });

  it('refuses a session revoked elsewhere once the TTL has passed (another process, no Redis)', async () => {
    const client = await portal.signedIn('approver@acme.example');
    expect((await client.request(WHO)).data?.viewer).not.toBeNull();
    // What a sign-out through another process writes; this process hears nothing of it.
    await portal.runtime.dataSource
      .getRepository(Session)
      .update(
        { userId: portal.fixture.acme.users.APPROVER.id, revokedAt: IsNull() },
        { revokedAt: portal.clock.now() },
      );
    await portal.clock.during(laterBy(MAX_SESSION_CACHE_TTL_MS), async () => {
      expect((await client.request(WHO)).data?.viewer).toBeNull();
    });
  });

  it('refuses a signed-out session at once', async () => {
    const client = await portal.signedIn('buyer@acme.example');
    const cookie = client.sessionCookie;
    expect((await client.request(WHO)).data?.viewer).not.toBeNull();
    expect((await client.request('mutation { logout { ok } }')).data?.logout.ok).toBe(true);
    const replay = portal.client();
    replay.setCookie(cookie);
    expect((await replay.request(WHO)).data?.viewer).toBeNull();
  });

  it("refuses a disabled user's sessions at once, and answers a changed role at once", async () => {
    const admin = await portal.signedIn('admin@acme.example');
    const requisitioner = await portal.signedIn('requisitioner@acme.example');
    const userId = toGlobalId('User', portal.fixture.acme.users.REQUISITIONER.id);
    expect((await requisitioner.request(WHO)).data?.viewer.user.role).toBe('REQUISITIONER');

    const demoted = await admin.request(UPDATE_USER, { input: { userId, role: 'VIEWER' } });
    expect(demoted.data?.updateUser.userErrors).toEqual([]);
    expect((await requisitioner.request(WHO)).data?.viewer.user.role).toBe('VIEWER');

    const disabled = await admin.request(UPDATE_USER, { input: { userId, status: 'DISABLED' } });
    expect(disabled.data?.updateUser.userErrors).toEqual([]);
    expect((await requisitioner.request(WHO)).data?.viewer).toBeNull();
  });

  it("refuses the user's other sessions at once after a password change", async () => {
    const here = await portal.signedIn('viewer@globex.example');
    const elsewhere = await portal.signedIn('viewer@globex.example');
    expect((await elsewhere.request(WHO)).data?.viewer).not.toBeNull();
    const changed = await here.request(CHANGE_PASSWORD, {
      input: { currentPassword: FIXTURE_PASSWORD, newPassword: 'granite-harbour-lantern' },
    });
    expect(changed.data?.changePassword).toEqual({ ok: true, userErrors: [] });
    expect((await elsewhere.request(WHO)).data?.viewer).toBeNull();
    expect((await here.request(WHO)).data?.viewer.user.email).toBe('viewer@globex.example');
  });
});
