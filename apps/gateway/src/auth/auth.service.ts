import { IsNull } from 'typeorm';
import type { RequestContext, Viewer } from '../context';
import { Invitation, User } from '../entity';
import {
  UserErrorCode,
  UserErrorsException,
  failWith,
  userError,
  type UserError,
} from '../common/user-error';
import type { AuditService } from '../service/support/audit.service';
import { mutationPayload, type Payload } from '../service/support/mutation';
import { checkLoginThrottle, recordLoginAttempt } from './login-throttle';
import { decoyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './password';
import { hashSecretToken } from './secret-token';
import type { SessionService } from './session.service';

export type LoginResult = Payload<{ viewer: Viewer | null }>;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isPlausibleEmail(email: string): boolean {
  return email.length <= 254 && EMAIL_PATTERN.test(email);
}

/** Sign-in with e-mail and password, sign-out, and accepting an invitation. */
export class AuthService {
  constructor(
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async login(ctx: RequestContext, input: { email: string; password: string }): Promise<LoginResult> {
    const email = normalizeEmail(input.email);
    const ip = ctx.http.ip;
    const throttle = await checkLoginThrottle(ctx, email, ip, ctx.now());
    if (throttle.throttled) {
      return {
        viewer: null,
        userErrors: [
          userError(
            UserErrorCode.TOO_MANY_ATTEMPTS,
            `Too many failed sign-ins. Try again in ${throttle.retryAfterMinutes} minute${throttle.retryAfterMinutes === 1 ? '' : 's'}.`,
          ),
        ],
      };
    }
    const user = await ctx.db.getRepository(User).findOne({ where: { email } });
    // Verify against a decoy hash when there is no usable account, so timing reveals nothing.
    const passwordOk = await verifyPassword(
      input.password,
      user?.passwordHash ?? (await decoyPasswordHash(ctx.config.passwordHashCost)),
    );
    if (!user || !user.passwordHash || !passwordOk || user.status !== 'ACTIVE') {
      await recordLoginAttempt(ctx, email, ip, false, ctx.now());
      return {
        viewer: null,
        userErrors: [
          userError(UserErrorCode.BAD_CREDENTIALS, 'E-mail or password is wrong.', ['input', 'password']),
        ],
      };
    }
    const viewer = await ctx.transaction(async (tx) => {
      await recordLoginAttempt(tx, email, ip, true, tx.now());
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
    return mutationPayload<{ viewer: Viewer | null }>({ viewer: null }, async () => ({
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
          user.status === 'DISABLED'
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
        const problem = passwordProblem(input.password, user.email);
        if (problem) errors.push(userError(UserErrorCode.INVALID, problem, ['input', 'password']));
        if (errors.length) throw new UserErrorsException(errors);

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
          { entityType: 'User', entityId: user.id, companyId: user.companyId, action: 'INVITATION_ACCEPTED' },
          user.id,
        );
        return this.sessions.open(tx, user);
      }),
    }));
  }
}
