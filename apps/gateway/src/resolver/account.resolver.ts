import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow, Public, SignedIn } from '../auth/access.decorators';
import { idOfType } from '../common/node-id';
import type { RequestContext } from '../context';
import type { Services } from '../service/services';
import {
  AcceptInvitationInput,
  ChangePasswordInput,
  CreateApiTokenInput,
  InvitationActionInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  GrantPortalAccessInput,
  InviteUserInput,
  LoginInput,
  RevokeApiTokenInput,
  UpdateUserInput,
} from './types/account.input';
import { toGlobalId } from '../common/node-id';
import {
  ChangePasswordPayload,
  CreateApiTokenPayload,
  RequestPasswordResetPayload,
  LoginPayload,
  LogoutPayload,
  RevokeApiTokenPayload,
  UserPayload,
} from './types/viewer.type';

/** Sign-in, sign-out, invitations, user administration and personal API tokens. */
@Resolver()
export class AccountResolver {
  constructor(private readonly services: Services) {}

  @Public()
  @Mutation(() => LoginPayload)
  login(@Ctx() ctx: RequestContext, @Arg('input', () => LoginInput) input: LoginInput) {
    return this.services.auth.login(ctx, input);
  }

  @Public()
  @Mutation(() => LogoutPayload)
  async logout(@Ctx() ctx: RequestContext) {
    await this.services.auth.logout(ctx);
    return { ok: true };
  }

  @Public()
  @Mutation(() => LoginPayload)
  acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
  ) {
    return this.services.auth.acceptInvitation(ctx, input);
  }

  @SignedIn()
  @Mutation(() => ChangePasswordPayload, {
    description:
      'Changes your password (current one required); your other sessions end. Not with an API token.',
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
  ) {
    return this.services.auth.changePassword(ctx, input);
  }

  @Public()
  @Mutation(() => RequestPasswordResetPayload, {
    description:
      'E-mails a single-use link to reset the password, if the address has an account; the answer is the same either way.',
  })
  requestPasswordReset(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
  ) {
    return this.services.auth.requestPasswordReset(ctx, input);
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description:
      'Sets a new password from an e-mailed link, ends every session, revokes every API token, and signs you in.',
  })
  resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
  ) {
    return this.services.auth.resetPassword(ctx, input);
  }

  @Allow(Permission.USERS_MANAGE, Permission.CUSTOMERS_MANAGE)
  @Mutation(() => UserPayload, {
    description: 'Sends an invited user a fresh invitation link (earlier links die).',
  })
  resendInvitation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => InvitationActionInput) input: InvitationActionInput,
  ) {
    return this.services.users.resendInvitation(ctx, idOfType(input.userId, 'User'));
  }

  @Allow(Permission.USERS_MANAGE, Permission.CUSTOMERS_MANAGE)
  @Mutation(() => UserPayload, {
    description: 'Withdraws an invitation: its links die and the user becomes DISABLED.',
  })
  revokeInvitation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => InvitationActionInput) input: InvitationActionInput,
  ) {
    return this.services.users.revokeInvitation(ctx, idOfType(input.userId, 'User'));
  }

  @Allow(Permission.USERS_MANAGE)
  @Mutation(() => UserPayload, { description: 'Invites a contact into your company. Requires USERS_MANAGE.' })
  inviteUser(@Ctx() ctx: RequestContext, @Arg('input', () => InviteUserInput) input: InviteUserInput) {
    return this.services.users.inviteToOwnCompany(ctx, input);
  }

  @Allow(Permission.USERS_MANAGE, Permission.PROFILE_EDIT, Permission.CUSTOMERS_MANAGE)
  @Mutation(() => UserPayload, {
    description: "Changes a user's name, role or status (with PROFILE_EDIT only your own name).",
  })
  updateUser(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateUserInput) input: UpdateUserInput) {
    return this.services.users.update(ctx, idOfType(input.userId, 'User'), input);
  }

  @Allow(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => UserPayload, { description: 'Requires CUSTOMERS_MANAGE.' })
  grantPortalAccess(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => GrantPortalAccessInput) input: GrantPortalAccessInput,
  ) {
    return this.services.users.grantPortalAccess(ctx, idOfType(input.companyId, 'Company'), input);
  }

  @SignedIn()
  @Mutation(() => CreateApiTokenPayload, {
    description: 'Creates a personal API token for a partner app; the secret is returned once.',
  })
  createApiToken(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
  ) {
    return this.services.apiTokens.create(ctx, input);
  }

  @SignedIn()
  @Mutation(() => RevokeApiTokenPayload)
  async revokeApiToken(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput,
  ) {
    const result = await this.services.apiTokens.revoke(ctx, idOfType(input.tokenId, 'ApiToken'));
    return {
      revokedId: result.revokedId === null ? null : toGlobalId('ApiToken', result.revokedId),
      userErrors: result.userErrors,
    };
  }
}
