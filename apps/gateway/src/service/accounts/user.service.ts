import type { SessionService } from '../../auth/session.service';
import { In, IsNull, Not } from 'typeorm';
import {
  AUTH_LIMITS,
  Permission,
  Role,
  canAssignRole,
  isPortalRole,
  isStaffRole,
  tryAgainIn,
} from '@portal/domain';
import { addHours } from '../../common/clock';
import {
  UserErrorCode,
  UserErrorsException,
  failWith,
  userError,
  type UserError,
} from '../../common/user-error';
import type { RequestContext } from '../../context';
import { ApiToken, Company, Invitation, Session, User } from '../../entity';
import { isPlausibleEmail, normalizeEmail } from '../../auth/auth.service';
import { hashSecretToken, newSecretToken } from '../../auth/secret-token';
import type { AuthLimits } from '../../auth/auth-limits';
import { enqueueMails } from '../../outbox/outbox';
import type { AuditService } from '../support/audit.service';
import { payload, type Payload } from '../support/mutation';
import { isUniqueViolation } from '../support/number-sequence.service';

export type UserResult = Payload<{ user: User | null }>;

export interface InvitationInput {
  email: string;
  name: string;
  role: Role;
}

/** Customer contacts and staff: reading within scope, inviting, changing role, status and name. */
export class UserService {
  constructor(
    private readonly audit: AuditService,
    private readonly limits: AuthLimits,
    private readonly sessions: SessionService,
  ) {}

  /** A user the viewer may see, or null (a foreign id behaves like a missing one). */
  async findVisible(ctx: RequestContext, id: number): Promise<User | null> {
    const viewer = ctx.requireViewer();
    const user = await ctx.loaders.load(User, id);
    if (!user) return null;
    if (viewer.isStaff || user.id === viewer.userId) return user;
    return user.companyId !== null && user.companyId === viewer.companyId ? user : null;
  }

  /** The contacts of a company, for its portal admins and for staff. */
  async usersOfCompany(ctx: RequestContext, companyId: number): Promise<User[] | null> {
    const viewer = ctx.requireViewer();
    const mayRead = viewer.isStaff
      ? viewer.can(Permission.CUSTOMERS_MANAGE)
      : viewer.can(Permission.USERS_MANAGE) && viewer.companyId === companyId;
    return mayRead ? ctx.loaders.children(User, 'companyId', companyId) : null;
  }

  /** A portal admin invites a contact into their own company (inviteUser). */
  inviteToOwnCompany(ctx: RequestContext, input: InvitationInput): Promise<UserResult> {
    const viewer = ctx.requireViewer();
    return payload('user', async () => {
      if (viewer.companyId === null)
        failWith(
          UserErrorCode.INVALID,
          'Staff grant portal access with grantPortalAccess, naming the company.',
        );
      return this.invite(ctx, viewer.companyId, input);
    });
  }

  /** Staff give a customer company's contact access to the portal (grantPortalAccess). */
  grantPortalAccess(
    ctx: RequestContext,
    companyId: number | null,
    input: InvitationInput,
  ): Promise<UserResult> {
    return payload('user', async () => {
      if (companyId === null || !(await ctx.loaders.load(Company, companyId)))
        failWith(UserErrorCode.NOT_FOUND, 'No such company.', ['input', 'companyId']);
      return this.invite(ctx, companyId, input);
    });
  }

  /** Invites (or invites again) a contact; refusals are thrown as user errors. */
  private async invite(ctx: RequestContext, companyId: number, input: InvitationInput): Promise<User> {
    const viewer = ctx.requireViewer();
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    const errors: UserError[] = [];
    if (!isPlausibleEmail(email))
      errors.push(userError(UserErrorCode.INVALID, 'Enter a valid e-mail address.', ['input', 'email']));
    if (name.length === 0 || name.length > 120)
      errors.push(
        userError(UserErrorCode.INVALID, 'Enter a name (up to 120 characters).', ['input', 'name']),
      );
    if (!isPortalRole(input.role) || !canAssignRole(viewer.role, input.role)) {
      errors.push(
        userError(UserErrorCode.INVALID, `You may not give the role ${input.role} to a customer contact.`, [
          'input',
          'role',
        ]),
      );
    }
    if (errors.length) throw new UserErrorsException(errors);
    await this.admitInvitation(ctx);

    const token = newSecretToken();
    const user = await retryOnceOnUniqueViolation(() =>
      this.saveInvitee(ctx, companyId, input, email, name, token),
    );
    return user;
  }

  /**
   * The invitee's user and a fresh invitation, in one transaction. An address already used in the
   * viewer's own company is ALREADY_EXISTS (unless it is a pending or withdrawn invitation, which
   * is invited again); for staff, an address used anywhere is. A portal admin inviting an address
   * that another company's user holds gets the same answer as for a new address (an invitation
   * that does not hold the address): whether an address exists elsewhere is not theirs to learn.
   */
  private async saveInvitee(
    ctx: RequestContext,
    companyId: number,
    input: InvitationInput,
    email: string,
    name: string,
    token: string,
  ): Promise<User> {
    const viewer = ctx.requireViewer();
    return ctx.transaction(async (tx) => {
      const now = tx.now();
      const users = tx.db.getRepository(User);
      const holder = await users.findOne({ where: { email, holdsAddress: true } });
      let user = await users.findOne({ where: { email, companyId }, order: { id: 'ASC' } });
      const refused =
        (user && !isPendingOrRevokedInvitee(user)) ||
        (viewer.isStaff && holder && holder.companyId !== companyId);
      if (refused) {
        failWith(UserErrorCode.ALREADY_EXISTS, 'A user with this e-mail address already exists.', [
          'input',
          'email',
        ]);
      }
      if (user) {
        // Re-inviting someone who has not accepted yet: new link, new role and name; old links die.
        await tx.db
          .getRepository(Invitation)
          .update({ userId: user.id, acceptedAt: IsNull() }, { expiresAt: now });
        Object.assign(user, { name, role: input.role, status: 'INVITED', updatedAt: now });
        user = await tx.db.getRepository(User).save(user);
      } else {
        user = await tx.db.getRepository(User).save(
          tx.db.getRepository(User).create({
            email,
            holdsAddress: holder ? null : true,
            name,
            role: input.role,
            status: 'INVITED',
            companyId,
            passwordHash: null,
            lastLoginAt: null,
            createdAt: now,
            updatedAt: now,
          }),
        );
      }
      await tx.db.getRepository(Invitation).insert({
        userId: user.id,
        tokenHash: hashSecretToken(token, ctx.config.sessionSecret),
        invitedById: viewer.userId,
        createdAt: now,
        expiresAt: addHours(now, ctx.config.invitationTtlHours),
        acceptedAt: null,
      });
      await this.audit.record(tx, {
        entityType: 'User',
        entityId: user.id,
        companyId,
        action: 'INVITED',
        changes: { email, role: input.role },
      });
      await this.enqueueInvitation(tx, user, token);
      return user;
    });
  }

  /** Invitations sent (or sent again) per administrator, counted in the database. */
  private async admitInvitation(ctx: RequestContext): Promise<void> {
    const admitted = await this.limits.admit(
      ctx,
      `invite:${ctx.requireViewer().userId}`,
      AUTH_LIMITS.invitationsPerAdmin,
    );
    if (!admitted.allowed)
      failWith(
        UserErrorCode.TOO_MANY_ATTEMPTS,
        `You sent ${AUTH_LIMITS.invitationsPerAdmin.limit} invitations within ${AUTH_LIMITS.invitationsPerAdmin.windowMinutes} minutes. ${tryAgainIn(admitted.retryAfterSeconds)}`,
      );
  }

  /**
   * Sends an invited user a fresh link (the earlier ones die). Only for users still INVITED whom
   * the viewer manages; counts towards the viewer's invitation limit.
   */
  resendInvitation(ctx: RequestContext, userId: number | null): Promise<UserResult> {
    const viewer = ctx.requireViewer();
    return payload('user', async () => {
      const target = await this.invitee(ctx, userId);
      await this.admitInvitation(ctx);
      const token = newSecretToken();
      await ctx.transaction(async (tx) => {
        const now = tx.now();
        await tx.db
          .getRepository(Invitation)
          .update({ userId: target.id, acceptedAt: IsNull() }, { expiresAt: now });
        await tx.db.getRepository(Invitation).insert({
          userId: target.id,
          tokenHash: hashSecretToken(token, ctx.config.sessionSecret),
          invitedById: viewer.userId,
          createdAt: now,
          expiresAt: addHours(now, ctx.config.invitationTtlHours),
          acceptedAt: null,
        });
        await this.audit.recordOn(tx, 'User', target, 'INVITATION_RESENT', {});
        await this.enqueueInvitation(tx, target, token);
      });
      return target;
    });
  }

  /**
   * Withdraws an invitation: its links die and the user becomes DISABLED (inviting the address
   * again later is allowed).
   */
  revokeInvitation(ctx: RequestContext, userId: number | null): Promise<UserResult> {
    return payload('user', async () => {
      const target = await this.invitee(ctx, userId);
      return ctx.transaction(async (tx) => {
        const now = tx.now();
        await tx.db
          .getRepository(Invitation)
          .update({ userId: target.id, acceptedAt: IsNull() }, { expiresAt: now });
        const fresh = await tx.db.getRepository(User).findOneOrFail({ where: { id: target.id } });
        if (fresh.status !== 'INVITED')
          failWith(UserErrorCode.INVALID_STATE, 'This invitation was already accepted or withdrawn.', [
            'input',
            'userId',
          ]);
        fresh.status = 'DISABLED';
        fresh.updatedAt = now;
        const saved = await tx.db.getRepository(User).save(fresh);
        await this.audit.recordOn(tx, 'User', fresh, 'INVITATION_REVOKED', {});
        return saved;
      });
    });
  }

  /** A user still INVITED whom the viewer manages (anything else is NOT_FOUND or INVALID_STATE). */
  private async invitee(ctx: RequestContext, userId: number | null): Promise<User> {
    const target = userId === null ? null : await this.findVisible(ctx, userId);
    if (!target || !this.manages(ctx, target))
      failWith(UserErrorCode.NOT_FOUND, 'No such user.', ['input', 'userId']);
    if (target.status !== 'INVITED')
      failWith(UserErrorCode.INVALID_STATE, 'This invitation was already accepted or withdrawn.', [
        'input',
        'userId',
      ]);
    return target;
  }

  /**
   * Writes the invitation e-mail to the outbox in the invitation's transaction. Its link's secret
   * stays in the outbox only until the e-mail is delivered (the worker then redacts it).
   */
  private async enqueueInvitation(tx: RequestContext, user: User, token: string): Promise<void> {
    const company = user.companyId ? await tx.loaders.load(Company, user.companyId) : null;
    const link = `${tx.config.publicUrl}/invitation/${token}`;
    const days = Math.max(1, Math.floor(tx.config.invitationTtlHours / 24));
    await enqueueMails(tx, 'user.invited', [
      {
        to: user.email,
        subject: `You are invited to the ${company?.name ?? 'buyer'} ordering portal`,
        text: [
          `Hello ${user.name},`,
          '',
          `${tx.requireViewer().user.name} invited you to order online for ${company?.name ?? 'your company'}.`,
          'Choose your password here (the link works once and expires in ' +
            `${days} day${days === 1 ? '' : 's'}):`,
          '',
          link,
          '',
          'If you did not expect this invitation, ignore this e-mail.',
        ].join('\n'),
      },
    ]);
  }

  /**
   * Changes a user's name, role or status. Portal admins manage their own company's contacts,
   * staff with CUSTOMERS_MANAGE any customer contact, staff admins staff too; everyone with
   * PROFILE_EDIT may change their own name. Nobody changes their own role or status.
   */
  update(
    ctx: RequestContext,
    userId: number | null,
    input: { name?: string | null; role?: Role | null; status?: string | null },
  ): Promise<UserResult> {
    return payload('user', () => this.updateUser(ctx, userId, input));
  }

  private async updateUser(
    ctx: RequestContext,
    userId: number | null,
    input: { name?: string | null; role?: Role | null; status?: string | null },
  ): Promise<User> {
    const viewer = ctx.requireViewer();
    const target = userId === null ? null : await this.findVisible(ctx, userId);
    if (!target) failWith(UserErrorCode.NOT_FOUND, 'No such user.', ['input', 'userId']);

    const isSelf = target.id === viewer.userId;
    const managesTarget = this.manages(ctx, target);
    const changesAccess =
      (input.role !== undefined && input.role !== null) ||
      (input.status !== undefined && input.status !== null);
    if (!managesTarget && !(isSelf && viewer.can(Permission.PROFILE_EDIT) && !changesAccess)) {
      failWith(
        UserErrorCode.FORBIDDEN,
        isSelf ? 'You may change your own name only.' : 'You may not change this user.',
        ['input', 'userId'],
      );
    }
    const errors: UserError[] = [];
    if (isSelf && changesAccess)
      errors.push(
        userError(UserErrorCode.INVALID, 'You cannot change your own role or status.', [
          'input',
          input.role ? 'role' : 'status',
        ]),
      );
    const name = input.name?.trim();
    if (input.name !== undefined && input.name !== null && (!name || name.length > 120))
      errors.push(
        userError(UserErrorCode.INVALID, 'Enter a name (up to 120 characters).', ['input', 'name']),
      );
    if (
      input.role &&
      (isStaffRole(input.role) !== isStaffRole(target.role) || !canAssignRole(viewer.role, input.role))
    ) {
      errors.push(
        userError(UserErrorCode.INVALID, `You may not give the role ${input.role} to this user.`, [
          'input',
          'role',
        ]),
      );
    }
    if (input.status && !['ACTIVE', 'DISABLED'].includes(input.status)) {
      errors.push(
        userError(
          UserErrorCode.INVALID,
          'A status can be set to ACTIVE or DISABLED; INVITED comes from an invitation.',
          ['input', 'status'],
        ),
      );
    }
    if (input.status === 'ACTIVE' && target.status === 'INVITED') {
      errors.push(
        userError(
          UserErrorCode.INVALID_STATE,
          'An invited user becomes active by accepting the invitation.',
          ['input', 'status'],
        ),
      );
    }
    if (errors.length) throw new UserErrorsException(errors);

    const updated = await ctx.transaction(async (tx) => {
      const before = { name: target.name, role: target.role, status: target.status };
      const now = tx.now();
      const fresh = await tx.db.getRepository(User).findOneOrFail({ where: { id: target.id } });
      if (name) fresh.name = name;
      if (input.role) fresh.role = input.role;
      if (input.status) fresh.status = input.status as User['status'];
      fresh.updatedAt = now;
      await this.keepOneActiveAdmin(tx, fresh, before.role, before.status);
      const saved = await tx.db.getRepository(User).save(fresh);
      if (fresh.status === 'DISABLED' && before.status !== 'DISABLED') {
        // Disabling ends every session and API token at once.
        await tx.db.getRepository(Session).update({ userId: fresh.id }, { revokedAt: now });
        await tx.db.getRepository(ApiToken).update({ userId: fresh.id }, { revokedAt: now });
      }
      await this.audit.recordOn(tx, 'User', fresh, 'UPDATED', {
        before,
        after: { name: fresh.name, role: fresh.role, status: fresh.status },
      });
      return saved;
    });
    // The role or status changed (disabling also revoked the sessions): no process answers the
    // user's sessions from its cache.
    this.sessions.forgetUser(updated.id);
    return updated;
  }

  private manages(ctx: RequestContext, target: User): boolean {
    const viewer = ctx.requireViewer();
    if (isStaffRole(target.role)) return viewer.role === Role.STAFF_ADMIN;
    if (viewer.isStaff) return viewer.can(Permission.CUSTOMERS_MANAGE);
    return viewer.can(Permission.USERS_MANAGE) && target.companyId === viewer.companyId;
  }

  /** A company never loses its last active portal admin. */
  private async keepOneActiveAdmin(
    tx: RequestContext,
    user: User,
    roleBefore: string,
    statusBefore: string,
  ): Promise<void> {
    const wasActiveAdmin = roleBefore === Role.PORTAL_ADMIN && statusBefore === 'ACTIVE';
    const isActiveAdmin = user.role === Role.PORTAL_ADMIN && user.status === 'ACTIVE';
    if (!wasActiveAdmin || isActiveAdmin || user.companyId === null) return;
    const others = await tx.db.getRepository(User).count({
      where: { companyId: user.companyId, role: Role.PORTAL_ADMIN, status: 'ACTIVE', id: Not(In([user.id])) },
    });
    if (others === 0)
      failWith(UserErrorCode.INVALID_STATE, 'The company would have no active portal admin left.', [
        'input',
        'userId',
      ]);
  }
}

/** Someone invited who never accepted: still INVITED, or DISABLED without ever setting a password. */
function isPendingOrRevokedInvitee(user: User): boolean {
  return user.status === 'INVITED' || (user.status === 'DISABLED' && user.passwordHash === null);
}

/**
 * Runs `work` again once when it fails on a unique key: two admins inviting one new address at
 * the same moment both find it free; the second run finds the first's user and answers by it.
 */
async function retryOnceOnUniqueViolation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return work();
  }
}
