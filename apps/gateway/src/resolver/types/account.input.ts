import { Field, ID, InputType, Int } from 'type-graphql';
import { Role, TokenScope, UserStatus } from './enums';

@InputType('LoginInput')
export class LoginInput {
  @Field(() => String) email: string;
  @Field(() => String) password: string;
}

@InputType('AcceptInvitationInput')
export class AcceptInvitationInput {
  @Field(() => String) token: string;
  @Field(() => String) name: string;
  @Field(() => String) password: string;
}

@InputType('InviteUserInput')
export class InviteUserInput {
  @Field(() => String) email: string;
  @Field(() => String) name: string;
  @Field(() => Role) role: Role;
}

@InputType('GrantPortalAccessInput')
export class GrantPortalAccessInput {
  @Field(() => ID) companyId: string;
  @Field(() => String) email: string;
  @Field(() => String) name: string;
  @Field(() => Role) role: Role;
}

@InputType('UpdateUserInput')
export class UpdateUserInput {
  @Field(() => ID) userId: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => UserStatus, { nullable: true }) status?: UserStatus | null;
}

@InputType('CreateApiTokenInput')
export class CreateApiTokenInput {
  @Field(() => String) name: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Days until the token expires (1-730); none: until revoked.',
  })
  expiresInDays?: number | null;
  @Field(() => [TokenScope], {
    nullable: true,
    description:
      'What the token may do (within your role). Omitted: every scope of Viewer.apiTokenScopes. Choose the fewest your app needs.',
  })
  scopes?: TokenScope[] | null;
}

@InputType('RevokeApiTokenInput')
export class RevokeApiTokenInput {
  @Field(() => ID) tokenId: string;
}

@InputType('ChangePasswordInput')
export class ChangePasswordInput {
  @Field(() => String) currentPassword: string;
  @Field(() => String, {
    description: 'At least 12 characters, not a common password, without your name or e-mail address.',
  })
  newPassword: string;
}

@InputType('RequestPasswordResetInput')
export class RequestPasswordResetInput {
  @Field(() => String) email: string;
}

@InputType('ResetPasswordInput')
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the e-mailed link (/reset-password/<token>).' })
  token: string;
  @Field(() => String, {
    description: 'At least 12 characters, not a common password, without your name or e-mail address.',
  })
  password: string;
}

@InputType('InvitationActionInput')
export class InvitationActionInput {
  @Field(() => ID, { description: 'The invited user (status INVITED).' }) userId: string;
}
