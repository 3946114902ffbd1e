import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_FREE_FAILURES } from '@portal/domain';
import { Session } from '../entity';
import type { GraphQLResponse } from '../testing/graphql-client';
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

  const loginFrom = (address: string | null, email: string, password: string) =>
    (address ? portal.client().fromAddress(address) : portal.client()).request(LOGIN, {
      input: { email, password },
    });
  const codeOf = (res: GraphQLResponse): string => {
    const login = res.data?.login as { userErrors: { code: string }[] } | null | undefined;
    if (!login) return `ERROR ${res.errors?.[0]?.extensions?.code}`;
    return login.userErrors[0]?.code ?? 'OK';
  };

  it('counts parallel wrong passwords exactly: of 10 at once, 5 are checked and 5 refused', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => loginFrom('127.0.0.5', 'viewer@globex.example', `wrong-${i}`)),
    );
    const codes = attempts.map(codeOf).sort();
    expect(codes).toEqual([
      ...Array<string>(SIGN_IN_FREE_FAILURES).fill('BAD_CREDENTIALS'),
      ...Array<string>(10 - SIGN_IN_FREE_FAILURES).fill('TOO_MANY_ATTEMPTS'),
    ]);
    const refused = attempts.find((r) => codeOf(r) === 'TOO_MANY_ATTEMPTS');
    expect(refused?.data?.login.userErrors[0].message).toBe(
      'Too many failed sign-ins. Try again in 1 minute.',
    );
    // Even the right password waits at that address.
    expect(codeOf(await loginFrom('127.0.0.5', 'viewer@globex.example', FIXTURE_PASSWORD))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
  });

  it('locks an account at one address only: nobody elsewhere locks the owner out, nor one typist the office', async () => {
    // An attacker at 127.0.0.6 hammers the buyer's account …
    for (let i = 0; i < 8; i++) await loginFrom('127.0.0.6', 'buyer@globex.example', `guess-${i}`);
    expect(codeOf(await loginFrom('127.0.0.6', 'buyer@globex.example', FIXTURE_PASSWORD))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    // … the buyer, at their own address, signs in as usual.
    expect(codeOf(await loginFrom('127.0.0.7', 'buyer@globex.example', FIXTURE_PASSWORD))).toBe('OK');
    // One typist in an office (127.0.0.7) locks their own account there, not their colleague's.
    for (let i = 0; i < SIGN_IN_FREE_FAILURES; i++)
      await loginFrom('127.0.0.7', 'approver@globex.example', `typo-${i}`);
    expect(codeOf(await loginFrom('127.0.0.7', 'approver@globex.example', FIXTURE_PASSWORD))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    expect(codeOf(await loginFrom('127.0.0.7', 'admin@globex.example', FIXTURE_PASSWORD))).toBe('OK');
    // An unknown address is counted the same way, so a lock reveals nothing.
    for (let i = 0; i < SIGN_IN_FREE_FAILURES; i++) await loginFrom('127.0.0.7', 'ghost@globex.example', 'x');
    expect(codeOf(await loginFrom('127.0.0.7', 'ghost@globex.example', 'x'))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('grows the lock with each further failure (1, 2, 4 minutes), says how long, and a success ends it', async () => {
    const email = 'requisitioner@globex.example';
    const start = portal.clock.now();
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const message = async () =>
      (await loginFrom('127.0.0.8', email, FIXTURE_PASSWORD)).data?.login.userErrors[0]?.message;
    for (let i = 0; i < SIGN_IN_FREE_FAILURES; i++)
      expect(codeOf(await loginFrom('127.0.0.8', email, `wrong-${i}`))).toBe('BAD_CREDENTIALS');
    expect(await message()).toBe('Too many failed sign-ins. Try again in 1 minute.');
    await portal.clock.during(at(1), async () => {
      expect(codeOf(await loginFrom('127.0.0.8', email, 'wrong-again'))).toBe('BAD_CREDENTIALS');
      expect(await message()).toBe('Too many failed sign-ins. Try again in 2 minutes.');
    });
    await portal.clock.during(at(2.5), async () => {
      expect(await message()).toBe('Too many failed sign-ins. Try again in 1 minute.');
    });
    await portal.clock.during(at(3), async () => {
      expect(codeOf(await loginFrom('127.0.0.8', email, 'wrong-once-more'))).toBe('BAD_CREDENTIALS');
      expect(await message()).toBe('Too many failed sign-ins. Try again in 4 minutes.');
    });
    await portal.clock.during(at(7), async () => {
      expect(codeOf(await loginFrom('127.0.0.8', email, FIXTURE_PASSWORD))).toBe('OK');
      // The count starts afresh: one typo is just a typo again.
      expect(codeOf(await loginFrom('127.0.0.8', email, 'typo'))).toBe('BAD_CREDENTIALS');
      expect(codeOf(await loginFrom('127.0.0.8', email, FIXTURE_PASSWORD))).toBe('OK');
    });
  });

  it('signs one user in from parallel requests, each with its own session, without deadlocks', async () => {
    // More at once than wrong guesses are allowed: right passwords do not hold one another back.
    const attempts = await Promise.all(
      Array.from({ length: 2 * SIGN_IN_FREE_FAILURES }, () =>
        loginFrom('127.0.0.9', 'admin@acme.example', FIXTURE_PASSWORD),
      ),
    );
    expect(attempts.map(codeOf)).toEqual(Array<string>(2 * SIGN_IN_FREE_FAILURES).fill('OK'));
    expect(attempts.every((r) => r.headers.getSetCookie().length === 1)).toBe(true);
    // From many addresses at once, any number of them.
    const spread = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        loginFrom(`127.0.1.${i + 1}`, 'admin@acme.example', FIXTURE_PASSWORD),
      ),
    );
    expect(spread.map(codeOf)).toEqual(Array<string>(12).fill('OK'));
  });
});
