import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import { AuditLog, User } from '../entity';
import type { GraphQLResponse } from '../testing/graphql-client';
import { FIXTURE_PASSWORD, startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const INVITE =
  'mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id email role status company { name } } userErrors { field code message } } }';
const ACCEPT =
  'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { viewer { user { email name role status } } userErrors { field code message } } }';
const UPDATE =
  'mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { name role status } userErrors { field code message } } }';
const GRANT =
  'mutation($input: GrantPortalAccessInput!) { grantPortalAccess(input: $input) { user { email role company { name } } userErrors { field code message } } }';

describe.each(testEngines())('invitations and user administration on %s', (engine) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(engine);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('invites a user by e-mail; the link signs them in once and never again', async () => {
    const admin = await portal.signedIn('admin@acme.example');
    const invited = await admin.request(INVITE, {
      input: { email: 'New.Buyer@acme.example', name: 'Nina New', role: 'BUYER' },
    });
    expect(invited.data?.inviteUser).toMatchObject({
      user: {
        email: 'new.buyer@acme.example',
        role: 'BUYER',
        status: 'INVITED',
        company: { name: 'Acme Restaurant Group' },
      },
      userErrors: [],
    });
    const mail = portal.mailer.lastTo('new.buyer@acme.example');
    expect(mail?.subject).toMatch(/Acme Restaurant Group/);
    expect(mail?.text).toMatch(/http:\/\/portal\.test\/invitation\/[A-Za-z0-9_-]{43}/);
    const token = portal.mailer.invitationTokenFor('new.buyer@acme.example');

    const weak = await portal
      .client()
      .request(ACCEPT, { input: { token, name: 'Nina New', password: 'short' } });
    expect(weak.data?.acceptInvitation.userErrors).toEqual([
      { field: ['input', 'password'], code: 'INVALID', message: 'Use at least 12 characters.' },
    ]);

    const newcomer = portal.client();
    const accepted = await newcomer.request(ACCEPT, {
      input: { token, name: 'Nina Newton', password: 'a-long-password' },
    });
    expect(accepted.data?.acceptInvitation).toEqual({
      viewer: {
        user: { email: 'new.buyer@acme.example', name: 'Nina Newton', role: 'BUYER', status: 'ACTIVE' },
      },
      userErrors: [],
    });
    expect((await newcomer.request('query { viewer { permissions } }')).data?.viewer.permissions).toContain(
      'ORDERS_SUBMIT',
    );

    const reused = await portal
      .client()
      .request(ACCEPT, { input: { token, name: 'Mallory', password: 'another-password' } });
    expect(reused.data?.acceptInvitation).toMatchObject({
      viewer: null,
      userErrors: [{ code: 'EXPIRED', field: ['input', 'token'] }],
    });
    await portal.client().login('new.buyer@acme.example', 'a-long-password');
    const audit = await portal.runtime.dataSource
      .getRepository(AuditLog)
      .find({ where: { entityType: 'User', action: 'INVITATION_ACCEPTED' } });
    expect(audit).toHaveLength(1);
  });

  it('lets invitation links expire', async () => {
    const admin = await portal.signedIn('admin@acme.example');
    await admin.request(INVITE, {
      input: { email: 'late@acme.example', name: 'Larry Late', role: 'VIEWER' },
    });
    const token = portal.mailer.invitationTokenFor('late@acme.example');
    const expired = new Date(
      portal.clock.now().getTime() + (portal.runtime.config.invitationTtlHours * 60 + 1) * 60_000,
    );
    await portal.clock.during(expired, async () => {
      const res = await portal
        .client()
        .request(ACCEPT, { input: { token, name: 'Larry Late', password: 'a-long-password' } });
      expect(res.data?.acceptInvitation.userErrors[0].code).toBe('EXPIRED');
    });
    // Inviting again sends a fresh link that works.
    await admin.request(INVITE, {
      input: { email: 'late@acme.example', name: 'Larry Late', role: 'VIEWER' },
    });
    const fresh = portal.mailer.invitationTokenFor('late@acme.example');
    expect(fresh).not.toBe(token);
    const ok = await portal
      .client()
      .request(ACCEPT, { input: { token: fresh, name: 'Larry Late', password: 'a-long-password' } });
    expect(ok.data?.acceptInvitation.userErrors).toEqual([]);
  });

  it('refuses duplicates, staff roles, bad e-mails, and non-admins', async () => {
    const admin = await portal.signedIn('admin@acme.example');
    const dup = await admin.request(INVITE, {
      input: { email: 'Buyer@acme.example', name: 'Someone', role: 'BUYER' },
    });
    expect(dup.data?.inviteUser.userErrors).toEqual([
      {
        field: ['input', 'email'],
        code: 'ALREADY_EXISTS',
        message: 'A user with this e-mail address already exists.',
      },
    ]);
    const staffRole = await admin.request(INVITE, {
      input: { email: 'boss@acme.example', name: 'Boss', role: 'STAFF_ADMIN' },
    });
    expect(staffRole.data?.inviteUser.userErrors[0]).toMatchObject({
      field: ['input', 'role'],
      code: 'INVALID',
    });
    const badEmail = await admin.request(INVITE, {
      input: { email: 'not-an-email', name: '', role: 'BUYER' },
    });
    expect(badEmail.data?.inviteUser.userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual([
      'input.email',
      'input.name',
    ]);
    const count = await portal.runtime.dataSource
      .getRepository(User)
      .count({ where: { email: 'boss@acme.example' } });
    expect(count).toBe(0);

    for (const email of [
      'buyer@acme.example',
      'approver@acme.example',
      'viewer@acme.example',
      'requisitioner@acme.example',
    ]) {
      const res = await (
        await portal.signedIn(email)
      ).request(INVITE, { input: { email: 'x@acme.example', name: 'X', role: 'BUYER' } });
      expect(res.errors?.[0]).toMatchObject({ path: ['inviteUser'], extensions: { code: 'FORBIDDEN' } });
    }
  });

  it("answers an address another company's user holds exactly like a new one; only the address's owner learns more", async () => {
    const admin = await portal.signedIn('admin@acme.example');
    const outcome = (res: GraphQLResponse) => {
      const { user, userErrors } = res.data?.inviteUser as {
        user: { id: string; email: string };
        userErrors: object[];
      };
      const { id: _id, email: _email, ...rest } = user;
      return { user: rest, userErrors };
    };
    const unknown = await admin.request(INVITE, {
      input: { email: 'nobody.yet@acme.example', name: 'Nobody Yet', role: 'BUYER' },
    });
    const heldElsewhere = await admin.request(INVITE, {
      input: { email: 'Buyer@Globex.example', name: 'Nobody Yet', role: 'BUYER' },
    });
    expect(outcome(heldElsewhere)).toEqual(outcome(unknown));
    expect(outcome(heldElsewhere)).toEqual({
      user: { role: 'BUYER', status: 'INVITED', company: { name: 'Acme Restaurant Group' } },
      userErrors: [],
    });
    // Inviting it again behaves as for any pending invitation.
    const again = await admin.request(INVITE, {
      input: { email: 'buyer@globex.example', name: 'Nobody Yet', role: 'VIEWER' },
    });
    expect(again.data?.inviteUser.userErrors).toEqual([]);
    expect(again.data?.inviteUser.user.id).toBe(heldElsewhere.data?.inviteUser.user.id);

    // The owner keeps signing in with the address; accepting the invitation tells them it is taken.
    await portal.client().login('buyer@globex.example', FIXTURE_PASSWORD);
    const token = portal.mailer.invitationTokenFor('buyer@globex.example');
    const accepted = await portal
      .client()
      .request(ACCEPT, { input: { token, name: 'Nobody Yet', password: 'a-long-password-2026' } });
    expect(accepted.data?.acceptInvitation).toEqual({
      viewer: null,
      userErrors: [
        {
          field: ['input', 'token'],
          code: 'ALREADY_EXISTS',
          message: expect.stringMatching(/^This e-mail address already signs in to the portal/),
        },
      ],
    });
    await portal.client().login('buyer@globex.example', FIXTURE_PASSWORD);

    // Staff see every company: granting access to a held address says so.
    const sales = await portal.signedIn('sales@seller.example');
    const granted = await sales.request(GRANT, {
      input: {
        companyId: toGlobalId('Company', portal.fixture.acme.company.id),
        email: 'buyer@globex.example',
        name: 'Someone',
        role: 'BUYER',
      },
    });
    expect(granted.data?.grantPortalAccess.userErrors[0]?.code).toBe('ALREADY_EXISTS');
  });

  it('lets the first invitee to accept take an address that nobody signs in with yet', async () => {
    const globexAdmin = await portal.signedIn('admin@globex.example');
    const acmeAdmin = await portal.signedIn('admin@acme.example');
    const email = 'free.agent@example.org';
    await globexAdmin.request(INVITE, { input: { email, name: 'Free Agent', role: 'BUYER' } });
    const globexToken = portal.mailer.invitationTokenFor(email);
    const acme = await acmeAdmin.request(INVITE, { input: { email, name: 'Free Agent', role: 'VIEWER' } });
    expect(acme.data?.inviteUser.userErrors).toEqual([]);
    const acmeToken = portal.mailer.invitationTokenFor(email);
    expect(acmeToken).not.toBe(globexToken);

    const joined = await portal
      .client()
      .request(ACCEPT, { input: { token: acmeToken, name: 'Free Agent', password: 'a-long-password-2026' } });
    expect(joined.data?.acceptInvitation).toMatchObject({
      viewer: { user: { email, role: 'VIEWER', status: 'ACTIVE' } },
      userErrors: [],
    });
    const late = await portal.client().request(ACCEPT, {
      input: { token: globexToken, name: 'Free Agent', password: 'a-long-password-2026' },
    });
    expect(late.data?.acceptInvitation.userErrors[0]?.code).toBe('ALREADY_EXISTS');
    const freeAgent = portal.client();
    await freeAgent.login(email, 'a-long-password-2026');
    const viewer = await freeAgent.request('query { viewer { user { company { name } } } }');
    expect(viewer.data?.viewer.user.company.name).toBe('Acme Restaurant Group');
  });

  it('lets staff grant portal access to a contact of any customer company', async () => {
    const sales = await portal.signedIn('sales@seller.example');
    const res = await sales.request(GRANT, {
      input: {
        companyId: toGlobalId('Company', portal.fixture.globex.company.id),
        email: 'ops@globex.example',
        name: 'Olga Ops',
        role: 'APPROVER',
      },
    });
    expect(res.data?.grantPortalAccess).toEqual({
      user: { email: 'ops@globex.example', role: 'APPROVER', company: { name: 'Globex Chemicals' } },
      userErrors: [],
    });
    const missing = await sales.request(GRANT, {
      input: { companyId: toGlobalId('Company', 424242), email: 'a@b.example', name: 'A', role: 'BUYER' },
    });
    expect(missing.data?.grantPortalAccess.userErrors[0].code).toBe('NOT_FOUND');
    const admin = await portal.signedIn('admin@acme.example');
    expect(
      (
        await admin.request(GRANT, {
          input: {
            companyId: toGlobalId('Company', portal.fixture.acme.company.id),
            email: 'c@acme.example',
            name: 'C',
            role: 'BUYER',
          },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('lets a portal admin change roles and disable users of their own company only', async () => {
    const admin = await portal.signedIn('admin@acme.example');
    const viewerId = toGlobalId('User', portal.fixture.acme.users.VIEWER.id);
    const changed = await admin.request(UPDATE, { input: { userId: viewerId, role: 'BUYER' } });
    expect(changed.data?.updateUser).toEqual({
      user: { name: 'Acme Viewer', role: 'BUYER', status: 'ACTIVE' },
      userErrors: [],
    });
    await admin.request(UPDATE, { input: { userId: viewerId, role: 'VIEWER' } });

    const foreign = await admin.request(UPDATE, {
      input: { userId: toGlobalId('User', portal.fixture.globex.users.BUYER.id), status: 'DISABLED' },
    });
    const missing = await admin.request(UPDATE, {
      input: { userId: toGlobalId('User', 987654), status: 'DISABLED' },
    });
    expect(foreign.data?.updateUser).toEqual(missing.data?.updateUser);
    expect(foreign.data?.updateUser.userErrors[0].code).toBe('NOT_FOUND');

    const self = await admin.request(UPDATE, {
      input: { userId: toGlobalId('User', portal.fixture.acme.users.PORTAL_ADMIN.id), status: 'DISABLED' },
    });
    expect(self.data?.updateUser.userErrors[0]).toMatchObject({
      code: 'INVALID',
      message: 'You cannot change your own role or status.',
    });
  });

  it('ends the sessions of a disabled user at once', async () => {
    const requisitioner = await portal.signedIn('requisitioner@acme.example');
    const admin = await portal.signedIn('admin@acme.example');
    const res = await admin.request(UPDATE, {
      input: { userId: toGlobalId('User', portal.fixture.acme.users.REQUISITIONER.id), status: 'DISABLED' },
    });
    expect(res.data?.updateUser.user.status).toBe('DISABLED');
    expect((await requisitioner.request('query { viewer { user { email } } }')).data?.viewer).toBeNull();
    const login = await portal
      .client()
      .request(
        'mutation { login(input: { email: "requisitioner@acme.example", password: "portal-demo" }) { userErrors { code } } }',
      );
    expect(login.data?.login.userErrors[0].code).toBe('BAD_CREDENTIALS');
  });

  it('lets a buyer edit their own name but not their role, nor anyone else', async () => {
    const buyer = await portal.signedIn('buyer@acme.example');
    const me = toGlobalId('User', portal.fixture.acme.users.BUYER.id);
    expect(
      (await buyer.request(UPDATE, { input: { userId: me, name: 'Bea Buyer' } })).data?.updateUser,
    ).toEqual({ user: { name: 'Bea Buyer', role: 'BUYER', status: 'ACTIVE' }, userErrors: [] });
    expect(
      (await buyer.request(UPDATE, { input: { userId: me, role: 'PORTAL_ADMIN' } })).data?.updateUser
        .userErrors[0].code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await buyer.request(UPDATE, {
          input: { userId: toGlobalId('User', portal.fixture.acme.users.VIEWER.id), name: 'X' },
        })
      ).data?.updateUser.userErrors[0].code,
    ).toBe('FORBIDDEN');
    const approver = await portal.signedIn('approver@acme.example');
    expect(
      (await approver.request(UPDATE, { input: { userId: me, name: 'X' } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
