import { AUTH_LIMITS } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import { ApiToken, PasswordReset, Session } from '../entity';
import { FIXTURE_PASSWORD, startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const CHANGE =
  'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok userErrors { field code message } } }';
const REQUEST =
  'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok userErrors { field code message } } }';
const RESET =
  'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { viewer { user { email } } userErrors { field code message } } }';
const WHO = 'query { viewer { user { email } } }';
const NEW_PASSWORD = 'granite-harbour-lantern';

describe.each(testEngines())('password change and reset on %s', (engine) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(engine);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  const resetTokenIn = (email: string): string => {
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(portal.mailer.lastTo(email)?.text ?? '')?.[1];
    if (!token) throw new Error(`no reset mail to ${email}`);
    return token;
  };

  it('changes a password with the current one; other sessions end, this one stays', async () => {
    const here = await portal.signedIn('viewer@acme.example');
    const elsewhere = await portal.signedIn('viewer@acme.example');
    const wrong = await here.request(CHANGE, {
      input: { currentPassword: 'not-it', newPassword: NEW_PASSWORD },
    });
    expect(wrong.data?.changePassword).toEqual({
      ok: false,
      userErrors: [
        {
          field: ['input', 'currentPassword'],
          code: 'BAD_CREDENTIALS',
          message: 'Your current password is wrong.',
        },
      ],
    });
    for (const [newPassword, message] of [
      ['short-one', 'Use at least 12 characters.'],
      [
        'Password2026!',
        'This password is among the most common ones, which are guessed first. Choose another.',
      ],
      ['the-viewer-of-acme', 'Do not use your name or e-mail address in the password.'],
    ] as const) {
      const res = await here.request(CHANGE, { input: { currentPassword: FIXTURE_PASSWORD, newPassword } });
      expect(res.data?.changePassword.userErrors).toEqual([
        { field: ['input', 'newPassword'], code: 'INVALID', message },
      ]);
    }
    const ok = await here.request(CHANGE, {
      input: { currentPassword: FIXTURE_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(ok.data?.changePassword).toEqual({ ok: true, userErrors: [] });
    expect((await here.request(WHO)).data?.viewer.user.email).toBe('viewer@acme.example');
    expect((await elsewhere.request(WHO)).data?.viewer).toBeNull();
    await portal.client().login('viewer@acme.example', NEW_PASSWORD);
    expect(portal.mailer.lastTo('viewer@acme.example')?.subject).toBe('Your portal password was changed');
  });

  it('answers a reset request the same whether the address has an account or not', async () => {
    const sentBefore = portal.mailer.sent.length;
    const known = await portal.client().request(REQUEST, { input: { email: 'Buyer@Globex.example' } });
    const unknown = await portal.client().request(REQUEST, { input: { email: 'nobody@globex.example' } });
    expect(known.data?.requestPasswordReset).toEqual({ ok: true, userErrors: [] });
    expect(unknown.data).toEqual(known.data);
    expect(portal.mailer.sent.slice(sentBefore).map((m) => m.to)).toEqual(['buyer@globex.example']);
    const mail = portal.mailer.lastTo('buyer@globex.example');
    expect(mail?.text).toMatch(/http:\/\/portal\.test\/reset-password\/[A-Za-z0-9_-]{43}/);
    expect(mail?.text).toMatch(/expires in 60 minutes/);
    const stored = await portal.runtime.dataSource.getRepository(PasswordReset).find();
    expect(stored.some((r) => mail?.text.includes(r.tokenHash))).toBe(false);
  });

  it('resets with a single-use link: every session and token of the account ends, the user is signed in', async () => {
    const email = 'approver@globex.example';
    const session = await portal.signedIn(email);
    const tokenCreated = await session.request(
      'mutation { createApiToken(input: { name: "bot", scopes: [ORDERS_APPROVE] }) { token } }',
    );
    const partner = portal.client().withBearer(tokenCreated.data?.createApiToken.token as string);
    expect((await partner.request(WHO)).data?.viewer.user.email).toBe(email);
    // Someone elsewhere has locked the account at their address; the reset lifts every lock.
    for (let i = 0; i < 6; i++)
      await portal
        .client()
        .fromAddress('127.0.0.20')
        .request(
          'mutation { login(input: { email: "approver@globex.example", password: "x" }) { viewer { id } } }',
        );

    await portal.client().request(REQUEST, { input: { email } });
    const token = resetTokenIn(email);
    const weak = await portal.client().request(RESET, { input: { token, password: 'qwertyuiop12' } });
    expect(weak.data?.resetPassword.userErrors[0]).toMatchObject({
      field: ['input', 'password'],
      code: 'INVALID',
    });

    const browser = portal.client();
    const reset = await browser.request(RESET, { input: { token, password: NEW_PASSWORD } });
    expect(reset.data?.resetPassword).toEqual({ viewer: { user: { email } }, userErrors: [] });
    expect((await browser.request(WHO)).data?.viewer.user.email).toBe(email);
    expect((await session.request(WHO)).data?.viewer).toBeNull();
    expect((await partner.request(WHO)).data?.viewer).toBeNull();
    const userId = portal.fixture.globex.users.APPROVER.id;
    const ds = portal.runtime.dataSource;
    expect((await ds.getRepository(ApiToken).findOneByOrFail({ userId })).revokedAt).not.toBeNull();
    expect(
      (await ds.getRepository(Session).find({ where: { userId } })).filter((s) => !s.revokedAt),
    ).toHaveLength(1);

    const again = await portal.client().request(RESET, { input: { token, password: 'another-fine-phrase' } });
    expect(again.data?.resetPassword).toMatchObject({ viewer: null, userErrors: [{ code: 'EXPIRED' }] });
    await portal.client().fromAddress('127.0.0.20').login(email, NEW_PASSWORD);
  });

  it('lets reset links expire, and a newer request voids the older link', async () => {
    const email = 'requisitioner@globex.example';
    await portal.client().request(REQUEST, { input: { email } });
    const first = resetTokenIn(email);
    await portal.client().request(REQUEST, { input: { email } });
    const second = resetTokenIn(email);
    expect(second).not.toBe(first);
    const voided = await portal.client().request(RESET, { input: { token: first, password: NEW_PASSWORD } });
    expect(voided.data?.resetPassword.userErrors[0].code).toBe('EXPIRED');
    const later = new Date(
      portal.clock.now().getTime() + (portal.runtime.config.passwordResetTtlMinutes + 1) * 60_000,
    );
    await portal.clock.during(later, async () => {
      const expired = await portal
        .client()
        .request(RESET, { input: { token: second, password: NEW_PASSWORD } });
      expect(expired.data?.resetPassword.userErrors[0]).toMatchObject({
        code: 'EXPIRED',
        message: 'This reset link has expired or was already used. Ask for a new one.',
      });
    });
  });

  it('limits reset mails per address silently, and reset requests per network openly', async () => {
    const email = 'viewer@globex.example';
    const before = portal.mailer.sent.filter((m) => m.to === email).length;
    const from = portal.client().fromAddress('127.0.0.21');
    const answers = [];
    for (let i = 0; i < AUTH_LIMITS.resetMailsPerEmail.limit + 2; i++)
      answers.push((await from.request(REQUEST, { input: { email } })).data?.requestPasswordReset);
    expect(answers.every((a) => a.ok === true && a.userErrors.length === 0)).toBe(true);
    expect(portal.mailer.sent.filter((m) => m.to === email).length - before).toBe(
      AUTH_LIMITS.resetMailsPerEmail.limit,
    );
    for (let i = answers.length; i < AUTH_LIMITS.resetRequestsPerAddress.limit; i++)
      await from.request(REQUEST, { input: { email: `someone${i}@globex.example` } });
    const refused = await from.request(REQUEST, { input: { email: 'x@globex.example' } });
    expect(refused.data?.requestPasswordReset).toMatchObject({
      ok: false,
      userErrors: [
        {
          code: 'TOO_MANY_ATTEMPTS',
          message: 'Too many reset requests from your network. Try again in 60 minutes.',
        },
      ],
    });
    // Another network is not affected.
    const other = await portal
      .client()
      .fromAddress('127.0.0.22')
      .request(REQUEST, { input: { email: 'x@globex.example' } });
    expect(other.data?.requestPasswordReset.ok).toBe(true);
  });
});

describe.each(testEngines())('invitations: resend, revoke, limits on %s', (engine) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(engine);
  });
  afterAll(async () => {
    await portal?.stop();
  });
  const INVITE =
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id status } userErrors { code message } } }';
  const RESEND =
    'mutation($input: InvitationActionInput!) { resendInvitation(input: $input) { user { status } userErrors { code } } }';
  const REVOKE =
    'mutation($input: InvitationActionInput!) { revokeInvitation(input: $input) { user { status } userErrors { code } } }';
  const ACCEPT =
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { viewer { user { email } } userErrors { code } } }';

  it('resends a fresh link (the old one dies) and revokes an invitation; the address can be invited again', async () => {
    const admin = await portal.sessionOf('admin@acme.example');
    const invited = await admin.request(INVITE, {
      input: { email: 'rita@acme.example', name: 'Rita', role: 'BUYER' },
    });
    const userId = invited.data?.inviteUser.user.id as string;
    const first = portal.mailer.invitationTokenFor('rita@acme.example');
    expect((await admin.request(RESEND, { input: { userId } })).data?.resendInvitation).toEqual({
      user: { status: 'INVITED' },
      userErrors: [],
    });
    const second = portal.mailer.invitationTokenFor('rita@acme.example');
    expect(second).not.toBe(first);
    const old = await portal
      .client()
      .request(ACCEPT, { input: { token: first, name: 'Rita', password: 'seven-blue-herons' } });
    expect(old.data?.acceptInvitation.userErrors[0].code).toBe('EXPIRED');

    expect((await admin.request(REVOKE, { input: { userId } })).data?.revokeInvitation).toEqual({
      user: { status: 'DISABLED' },
      userErrors: [],
    });
    const revoked = await portal
      .client()
      .request(ACCEPT, { input: { token: second, name: 'Rita', password: 'seven-blue-herons' } });
    expect(revoked.data?.acceptInvitation.userErrors[0].code).toBe('EXPIRED');
    expect(
      (await admin.request(RESEND, { input: { userId } })).data?.resendInvitation.userErrors[0].code,
    ).toBe('INVALID_STATE');
    const again = await admin.request(INVITE, {
      input: { email: 'rita@acme.example', name: 'Rita', role: 'VIEWER' },
    });
    expect(again.data?.inviteUser).toEqual({ user: { id: userId, status: 'INVITED' }, userErrors: [] });
    const accepted = await portal.client().request(ACCEPT, {
      input: {
        token: portal.mailer.invitationTokenFor('rita@acme.example'),
        name: 'Rita',
        password: 'seven-blue-herons',
      },
    });
    expect(accepted.data?.acceptInvitation.userErrors).toEqual([]);
    // Another company's admin cannot touch the invitations of this one.
    const globex = await portal.sessionOf('admin@globex.example');
    const foreign = await globex.request(REVOKE, { input: { userId: toGlobalId('User', 424242) } });
    expect(foreign.data?.revokeInvitation.userErrors[0].code).toBe('NOT_FOUND');
  });

  it('limits the invitations an administrator sends, counted in the database', async () => {
    const admin = await portal.sessionOf('admin@globex.example');
    const { limit } = AUTH_LIMITS.invitationsPerAdmin;
    for (let i = 0; i < limit; i++) {
      const res = await admin.request(INVITE, {
        input: { email: `n${i}@globex.example`, name: `N ${i}`, role: 'VIEWER' },
      });
      expect(res.data?.inviteUser.userErrors).toEqual([]);
    }
    const refused = await admin.request(INVITE, {
      input: { email: 'late@globex.example', name: 'Late', role: 'VIEWER' },
    });
    expect(refused.data?.inviteUser).toEqual({
      user: null,
      userErrors: [
        {
          code: 'TOO_MANY_ATTEMPTS',
          message: `You sent ${limit} invitations within 60 minutes. Try again in 60 minutes.`,
        },
      ],
    });
    await portal.clock.during(new Date(portal.clock.now().getTime() + 61 * 60_000), async () => {
      const later = await admin.request(INVITE, {
        input: { email: 'late@globex.example', name: 'Late', role: 'VIEWER' },
      });
      expect(later.data?.inviteUser.userErrors).toEqual([]);
    });
  });
});
