import { IsNull, Not } from 'typeorm';
import { AUTH_LIMITS, passwordProblem, tryAgainIn } from '@portal/domain';
import type { RequestContext, Viewer } from '../context';
import { ApiToken, Invitation, LoginAttempt, PasswordReset, Session, User } from '../entity';
import {
  UserErrorCode,
  UserErrorsException,
  failWith,
  userError,
  type UserError,
} from '../common/user-error';
import { addHours } from '../common/clock';
import { enqueueMails } from '../outbox/outbox';
import type { AuditService } from '../service/support/audit.service';
import { mutationPayload, type Payload } from '../service/support/mutation';
import { isUniqueViolation } from '../service/support/number-sequence.service';
import type { AuthLimits } from './auth-limits';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password';
import { hashSecretToken, newSecretToken } from './secret-token';
import type { SessionService } from './session.service';

export type LoginResult = Payload<{ viewer: Viewer | null }>;
export type OkResult = Payload<{ ok: boolean }>;

/** The longest e-mail address (RFC 5321); longer input is cut to it for counting. */
const MAX_EMAIL_LENGTH = 254;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isPlausibleEmail(email: string): boolean {
  return email.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(email);
}

const BAD_CREDENTIALS = 'E-mail or password is wrong.';

/**
 * Sign-in and sign-out, accepting an invitation, changing and resetting a password. Every
 * attempt that could guess a secret is counted in the database (AuthLimits): wrong passwords per
 * account and client address together, with growing locks, and the calls per address or account
 * of the mutations that send mail or take a link.
 */
export class AuthService {
  constructor(
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly limits: AuthLimits,
  ) {}

  /**
   * Wrong passwords, unknown e-mails and users who are not active get the same answer, after the
   * same work; a locked account gets "try again in N minutes" whatever the password.
   */
  async login(ctx: RequestContext, input: { email: string; password: string }): Promise<LoginResult> {
    const email = normalizeEmail(input.email).slice(0, MAX_EMAIL_LENGTH);
    const address = addressOf(ctx);
    const fromAddress = await this.limits.admit(ctx, `login:${address}`, AUTH_LIMITS.loginPerAddress);
    if (!fromAddress.allowed)
      return refusedLogin(
        `Too many sign-ins from your network. ${tryAgainIn(fromAddress.retryAfterSeconds)}`,
      );
    const locked = await this.limits.signInLock(ctx, email, address);
    if (!locked.allowed) return lockedOut(locked.retryAfterSeconds);

    const user = await ctx.db.getRepository(User).findOne({ where: { email, holdsAddress: true } });
    // Verify against a decoy hash when there is no usable account, so timing reveals nothing.
    const passwordOk = await verifyPassword(
      input.password,
      user?.passwordHash ?? (await decoyPasswordHash(ctx.config.passwordHashCost)),
    );
    // The count is changed atomically after the check: of parallel wrong guesses exactly the
    // first five are answered, and parallel right passwords do not hold one another back.
    if (!user || !user.passwordHash || !passwordOk || user.status !== 'ACTIVE') {
      const counted = await this.limits.signInFailed(ctx, email, address);
      if (!counted.allowed) return lockedOut(counted.retryAfterSeconds);
      await recordLoginAttempt(ctx, email, address, false);
      return {
        viewer: null,
        userErrors: [userError(UserErrorCode.BAD_CREDENTIALS, BAD_CREDENTIALS, ['input', 'password'])],
      };
    }
    const cleared = await this.limits.signInSucceeded(ctx, email, address);
    if (!cleared.allowed) return lockedOut(cleared.retryAfterSeconds);
    const viewer = await ctx.transaction(async (tx) => {
      await recordLoginAttempt(tx, email, address, true);
      return this.sessions.open(tx, user);
    });
    return { viewer, userErrors: [] };
  }

  async logout(ctx: RequestContext): Promise<void> {
    await this.sessions.close(ctx);
  }

  /**
   * Sets the invited user's name and password, activates the account and signs them in. The
   * token is single-use and expires; an expired, used or unknown token gives EXPIRED.
   */
  async acceptInvitation(
    ctx: RequestContext,
    input: { token: string; name: string; password: string },
  ): Promise<LoginResult> {
    const tokenHash = hashSecretToken(input.token.trim(), ctx.config.sessionSecret);
    return mutationPayload<{ viewer: Viewer | null }>({ viewer: null }, async () => {
      await this.admitLinkUse(ctx);
      return {
        viewer: await ctx.transaction(async (tx) => {
          const invitation = await tx.db.getRepository(Invitation).findOne({ where: { tokenHash } });
          const user = invitation
            ? await tx.db.getRepository(User).findOne({ where: { id: invitation.userId } })
            : null;
          if (
            !invitation ||
            !user ||
            invitation.acceptedAt ||
            invitation.expiresAt.getTime() <= tx.now().getTime() ||
            user.status !== 'INVITED'
          ) {
            failWith(
              UserErrorCode.EXPIRED,
              'This invitation link has expired or was already used. Ask your administrator for a new one.',
              ['input', 'token'],
            );
          }
          const name = input.name.trim();
          const errors: UserError[] = [];
          if (name.length === 0 || name.length > 120)
            errors.push(
              userError(UserErrorCode.INVALID, 'Enter your name (up to 120 characters).', ['input', 'name']),
            );
          const problem = passwordProblem(input.password, { email: user.email, name });
          if (problem) errors.push(userError(UserErrorCode.INVALID, problem.message, ['input', 'password']));
          if (errors.length) throw new UserErrorsException(errors);

          if (user.holdsAddress !== true) await this.claimAddress(tx, user);
          const claimed = await tx.db
            .getRepository(Invitation)
            .update({ id: invitation.id, acceptedAt: IsNull() }, { acceptedAt: tx.now() });
          if (!claimed.affected)
            failWith(UserErrorCode.EXPIRED, 'This invitation link was already used.', ['input', 'token']);
          user.name = name;
          user.passwordHash = await hashPassword(input.password, tx.config.passwordHashCost);
          user.status = 'ACTIVE';
          user.updatedAt = tx.now();
          await tx.db.getRepository(User).save(user);
          await this.audit.record(
            tx,
            {
              entityType: 'User',
              entityId: user.id,
              companyId: user.companyId,
              action: 'INVITATION_ACCEPTED',
            },
            user.id,
          );
          return this.sessions.open(tx, user);
        }),
      };
    });
  }

  /**
   * An invitee whose address another user holds takes it over when that user never signed in
   * (a pending or withdrawn invitation elsewhere); an address with an account stays with it, and
   * the invitee (who owns the mailbox) is told so.
   */
  private async claimAddress(tx: RequestContext, user: User): Promise<void> {
    const users = tx.db.getRepository(User);
    const taken = () =>
      failWith(
        UserErrorCode.ALREADY_EXISTS,
        'This e-mail address already signs in to the portal with another account. Sign in with it, or ask the administrator who invited you to invite another address.',
        ['input', 'token'],
      );
    const holder = await users.findOne({ where: { email: user.email, holdsAddress: true } });
    if (holder && holder.passwordHash !== null) taken();
    try {
      if (holder) await users.update({ id: holder.id, passwordHash: IsNull() }, { holdsAddress: null });
      await users.update({ id: user.id }, { holdsAddress: true });
    } catch (e) {
      // Another invitee of the same address accepted at the same moment.
      if (isUniqueViolation(e)) taken();
      throw e;
    }
    user.holdsAddress = true;
  }

  /**
   * A signed-in user changes their password: the current one is checked (wrong ones count like
   * failed sign-ins), the new one must meet the policy. Every other session of the user ends and
   * open reset links die; API tokens stay (they never knew the password).
   */
  changePassword(
    ctx: RequestContext,
    input: { currentPassword: string; newPassword: string },
  ): Promise<OkResult> {
    const viewer = ctx.requireViewer();
    return mutationPayload<{ ok: boolean }>({ ok: false }, async () => {
      if (viewer.authMethod !== 'session')
        failWith(UserErrorCode.FORBIDDEN, 'Passwords are changed from a signed-in session.');
      const user = await ctx.db.getRepository(User).findOneOrFail({ where: { id: viewer.userId } });
      const address = addressOf(ctx);
      const tooMany = (seconds: number) =>
        failWith(UserErrorCode.TOO_MANY_ATTEMPTS, `Too many wrong passwords. ${tryAgainIn(seconds)}`, [
          'input',
          'currentPassword',
        ]);
      const locked = await this.limits.signInLock(ctx, user.email, address);
      if (!locked.allowed) tooMany(locked.retryAfterSeconds);
      if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
        const counted = await this.limits.signInFailed(ctx, user.email, address);
        if (!counted.allowed) tooMany(counted.retryAfterSeconds);
        failWith(UserErrorCode.BAD_CREDENTIALS, 'Your current password is wrong.', [
          'input',
          'currentPassword',
        ]);
      }
      const cleared = await this.limits.signInSucceeded(ctx, user.email, address);
      if (!cleared.allowed) tooMany(cleared.retryAfterSeconds);
      const problem = passwordProblem(input.newPassword, user);
      if (problem) failWith(UserErrorCode.INVALID, problem.message, ['input', 'newPassword']);
      if (await verifyPassword(input.newPassword, user.passwordHash))
        failWith(UserErrorCode.INVALID, 'Choose a password different from your current one.', [
          'input',
          'newPassword',
        ]);
      const passwordHash = await hashPassword(input.newPassword, ctx.config.passwordHashCost);
      await ctx.transaction(async (tx) => {
        const now = tx.now();
        await tx.db.getRepository(User).update({ id: user.id }, { passwordHash, updatedAt: now });
        await tx.db
          .getRepository(Session)
          .update({ userId: user.id, revokedAt: IsNull(), id: Not(viewer.credentialId) }, { revokedAt: now });
        await tx.db
          .getRepository(PasswordReset)
          .update({ userId: user.id, usedAt: IsNull() }, { usedAt: now });
        await this.audit.record(tx, {
          entityType: 'User',
          entityId: user.id,
          companyId: user.companyId,
          action: 'PASSWORD_CHANGED',
        });
        await enqueueMails(tx, 'account.password_changed', [
          {
            to: user.email,
            subject: 'Your portal password was changed',
            text: [
              `Hello ${user.name},`,
              '',
              'The password of your buyer portal account was just changed, and your other sessions were signed out.',
              `If this was not you, reset your password at once: ${ctx.config.publicUrl}/forgot-password`,
            ].join('\n'),
          },
        ]);
      });
      // The other sessions were revoked: no process answers them from its cache.
      this.sessions.forgetUser(user.id);
      return { ok: true };
    });
  }

  /**
   * Sends a single-use reset link to an active account's address. The answer is the same whether
   * the address has an account or not (and whether its mail limit was reached); only the
   * requests per client address are refused, which reveals nothing about the address asked for.
   * The mail is written to the outbox with the reset and delivered by the worker.
   */
  requestPasswordReset(ctx: RequestContext, input: { email: string }): Promise<OkResult> {
    return mutationPayload<{ ok: boolean }>({ ok: false }, async () => {
      const address = addressOf(ctx);
      const fromAddress = await this.limits.admit(
        ctx,
        `reset-request:${address}`,
        AUTH_LIMITS.resetRequestsPerAddress,
      );
      if (!fromAddress.allowed)
        failWith(
          UserErrorCode.TOO_MANY_ATTEMPTS,
          `Too many reset requests from your network. ${tryAgainIn(fromAddress.retryAfterSeconds)}`,
        );
      const email = normalizeEmail(input.email);
      if (!isPlausibleEmail(email))
        failWith(UserErrorCode.INVALID, 'Enter a valid e-mail address.', ['input', 'email']);
      const mailable = await this.limits.admit(
        ctx,
        `reset-mail:${email}`,
        AUTH_LIMITS.resetMailsPerEmail,
        email,
      );
      if (!mailable.allowed) return { ok: true };
      const user = await ctx.db.getRepository(User).findOne({ where: { email, holdsAddress: true } });
      if (!user || user.status !== 'ACTIVE' || !user.passwordHash) return { ok: true };

      const token = newSecretToken();
      const ttlMinutes = ctx.config.passwordResetTtlMinutes;
      await ctx.transaction(async (tx) => {
        const now = tx.now();
        // One live link at a time: a new request voids the earlier ones.
        await tx.db
          .getRepository(PasswordReset)
          .update({ userId: user.id, usedAt: IsNull() }, { usedAt: now });
        await tx.db.getRepository(PasswordReset).insert({
          userId: user.id,
          tokenHash: hashSecretToken(token, tx.config.sessionSecret),
          createdAt: now,
          expiresAt: addHours(now, ttlMinutes / 60),
          usedAt: null,
          requestedFromAddress: address,
        });
        // The link's secret is in the outbox until the e-mail is delivered (then redacted).
        await enqueueMails(tx, 'account.password_reset_requested', [
          {
            to: user.email,
            subject: 'Reset your portal password',
            text: [
              `Hello ${user.name},`,
              '',
              'Someone (we hope you) asked to reset the password of your buyer portal account.',
              `Choose a new password here (the link works once and expires in ${ttlMinutes} minute${ttlMinutes === 1 ? '' : 's'}):`,
              '',
              `${ctx.config.publicUrl}/reset-password/${token}`,
              '',
              'Resetting signs out every session and revokes every API token of the account.',
              'If you did not ask for this, ignore this e-mail: your password stays as it is.',
            ].join('\n'),
          },
        ]);
      });
      return { ok: true };
    });
  }

  /**
   * Sets a new password from an e-mailed link (single use, expiring), ends every session and
   * revokes every API token of the account, lifts its sign-in locks, and signs the user in.
   */
  resetPassword(ctx: RequestContext, input: { token: string; password: string }): Promise<LoginResult> {
    const tokenHash = hashSecretToken(input.token.trim(), ctx.config.sessionSecret);
    return mutationPayload<{ viewer: Viewer | null }>({ viewer: null }, async () => {
      await this.admitLinkUse(ctx);
      const viewer = await ctx.transaction(async (tx) => {
        const now = tx.now();
        const reset = await tx.db.getRepository(PasswordReset).findOne({ where: { tokenHash } });
        const user = reset ? await tx.db.getRepository(User).findOne({ where: { id: reset.userId } }) : null;
        if (
          !reset ||
          !user ||
          reset.usedAt ||
          reset.expiresAt.getTime() <= now.getTime() ||
          user.status !== 'ACTIVE'
        )
          failWith(
            UserErrorCode.EXPIRED,
            'This reset link has expired or was already used. Ask for a new one.',
            ['input', 'token'],
          );
        const problem = passwordProblem(input.password, user);
        if (problem) failWith(UserErrorCode.INVALID, problem.message, ['input', 'password']);
        const claimed = await tx.db
          .getRepository(PasswordReset)
          .update({ id: reset.id, usedAt: IsNull() }, { usedAt: now });
        if (!claimed.affected)
          failWith(UserErrorCode.EXPIRED, 'This reset link was already used.', ['input', 'token']);
        await tx.db
          .getRepository(PasswordReset)
          .update({ userId: user.id, usedAt: IsNull() }, { usedAt: now });
        user.passwordHash = await hashPassword(input.password, tx.config.passwordHashCost);
        user.updatedAt = now;
        await tx.db.getRepository(User).save(user);
        await tx.db
          .getRepository(Session)
          .update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: now });
        await tx.db
          .getRepository(ApiToken)
          .update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: now });
        await this.audit.record(
          tx,
          { entityType: 'User', entityId: user.id, companyId: user.companyId, action: 'PASSWORD_RESET' },
          user.id,
        );
        await enqueueMails(tx, 'account.password_changed', [
          {
            to: user.email,
            subject: 'Your portal password was reset',
            text: [
              `Hello ${user.name},`,
              '',
              'The password of your buyer portal account was reset. Every other session was signed out and every API token revoked.',
              `If this was not you, reset it again at once: ${ctx.config.publicUrl}/forgot-password`,
            ].join('\n'),
          },
        ]);
        return this.sessions.open(tx, user);
      });
      // Every other session was revoked: no process answers them from its cache.
      this.sessions.forgetUser(viewer.userId);
      await this.limits.clearSignInLocks(ctx, viewer.user.email);
      return { viewer };
    });
  }

  /** Uses of e-mailed links (invitations, resets) per client address. */
  private async admitLinkUse(ctx: RequestContext): Promise<void> {
    const admitted = await this.limits.admit(ctx, `link:${addressOf(ctx)}`, AUTH_LIMITS.linkUsesPerAddress);
    if (!admitted.allowed)
      failWith(
        UserErrorCode.TOO_MANY_ATTEMPTS,
        `Too many attempts from your network. ${tryAgainIn(admitted.retryAfterSeconds)}`,
        ['input', 'token'],
      );
  }
}

function refusedLogin(message: string): LoginResult {
  return { viewer: null, userErrors: [userError(UserErrorCode.TOO_MANY_ATTEMPTS, message)] };
}

function lockedOut(retryAfterSeconds: number): LoginResult {
  return refusedLogin(`Too many failed sign-ins. ${tryAgainIn(retryAfterSeconds)}`);
}

function addressOf(ctx: RequestContext): string {
  return ctx.http.ip.slice(0, 45);
}

/** Every attempt is kept (for the adoption metrics and for audits); limits use AuthLimits. */
async function recordLoginAttempt(
  ctx: RequestContext,
  email: string,
  ipAddress: string,
  succeeded: boolean,
): Promise<void> {
  await ctx.db.getRepository(LoginAttempt).insert({ email, ipAddress, succeeded, at: ctx.now() });
}
