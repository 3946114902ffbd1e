import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_EMAIL, THROTTLE_WINDOW_MINUTES } from '../auth/login-throttle';
import { Session } from '../entity';
import { present } from '../testing/items';
import {
  FIXTURE_PASSWORD,
  TEST_NOW,
  startTestPortal,
  testEngines,
  type TestPortal,
} from '../testing/portal-harness';

const LOGIN =
  'mutation($input: LoginInput!) { login(input: $input) { viewer { user { email } } userErrors { field message code } } }';
const WHO = 'query { viewer { user { email } } }';

describe.each(testEngines())('sign-in and sessions on %s', (engine) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(engine);
  });
  afterAll(async () => {
    await portal?.stop();
  });
  const minutesLater = (minutes: number) => new Date(portal.clock.now().getTime() + minutes * 60_000);

  it('signs in with a hashed, HttpOnly, SameSite=Lax session cookie stored only as a hash', async () => {
    const client = portal.client();
    const res = await client.request(LOGIN, {
      input: { email: ' Buyer@ACME.example ', password: FIXTURE_PASSWORD },
    });
    expect(res.data?.login).toEqual({ viewer: { user: { email: 'buyer@acme.example' } }, userErrors: [] });
    const setCookie = res.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/portal_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
    const token = present(client.sessionCookie?.split('=')[1], 'session token');
    const sessions = await portal.runtime.dataSource.getRepository(Session).find();
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.some((s) => s.tokenHash.includes(token))).toBe(false);
    expect((await client.request(WHO)).data?.viewer.user.email).toBe('buyer@acme.example');
    expect(portal.fixture.acme.users.BUYER.passwordHash).toMatch(/^scrypt\$/);
  });

  it("tells every client the server's clock: now, today in the seller's time zone, and the zone", async () => {
    const res = await portal.client().request('{ clock { now today timeZone } }');
    expect(res.data?.clock).toEqual({ now: TEST_NOW, today: TEST_NOW.slice(0, 10), timeZone: 'UTC' });
    await portal.clock.during('2027-02-03T23:59:00Z', async () => {
      const later = await portal.client().request('{ clock { today } }');
      expect(later.data?.clock.today).toBe('2027-02-03');
    });
  });

  it('gives the same BAD_CREDENTIALS answer for a wrong password, an unknown e-mail and a disabled account', async () => {
    const wrong = await portal
      .client()
      .request(LOGIN, { input: { email: 'viewer@globex.example', password: 'wrong-password' } });
    const unknown = await portal
      .client()
      .request(LOGIN, { input: { email: 'nobody@globex.example', password: 'wrong-password' } });
    expect(wrong.data?.login).toEqual({
      viewer: null,
      userErrors: [
        { field: ['input', 'password'], message: 'E-mail or password is wrong.', code: 'BAD_CREDENTIALS' },
      ],
    });
    expect(unknown.data?.login).toEqual(wrong.data?.login);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('logs out: the cookie is cleared and the old token no longer works', async () => {
    const client = await portal.signedIn('viewer@acme.example');
    const cookie = client.sessionCookie;
    const res = await client.request('mutation { logout { ok } }');
    expect(res.data?.logout.ok).toBe(true);
    expect(res.headers.getSetCookie().join()).toMatch(/portal_session=; .*Max-Age=0/);
    const replay = portal.client();
    replay.setCookie(cookie);
    expect((await replay.request(WHO)).data?.viewer).toBeNull();
  });

  it('expires sessions after their lifetime', async () => {
    const client = await portal.signedIn('approver@acme.example');
    expect((await client.request(WHO)).data?.viewer).not.toBeNull();
    await portal.clock.during(minutesLater(portal.runtime.config.sessionTtlHours * 60 + 1), async () => {
      expect((await client.request(WHO)).data?.viewer).toBeNull();
      expect((await client.request('query { companies { totalCount } }')).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  it('throttles repeated failures per e-mail, even with the right password, until the window passes', async () => {
    const email = 'requisitioner@globex.example';
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      const res = await portal.client().request(LOGIN, { input: { email, password: `wrong-${i}` } });
      expect(res.data?.login.userErrors[0].code).toBe('BAD_CREDENTIALS');
    }
    const blocked = await portal.client().request(LOGIN, { input: { email, password: FIXTURE_PASSWORD } });
    expect(blocked.data?.login.viewer).toBeNull();
    expect(blocked.data?.login.userErrors[0]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.data?.login.userErrors[0].message).toMatch(/Try again in \d+ minutes?/);
    // An unknown address is throttled the same way, so throttling reveals nothing.
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++)
      await portal.client().request(LOGIN, { input: { email: 'ghost@globex.example', password: 'x' } });
    expect(
      (await portal.client().request(LOGIN, { input: { email: 'ghost@globex.example', password: 'x' } })).data
        ?.login.userErrors[0].code,
    ).toBe('TOO_MANY_ATTEMPTS');

    await portal.clock.during(minutesLater(THROTTLE_WINDOW_MINUTES + 1), async () => {
      const later = await portal.client().request(LOGIN, { input: { email, password: FIXTURE_PASSWORD } });
      expect(later.data?.login.viewer.user.email).toBe(email);
    });
  });
});
