import { Field, ID, InputType, Int } from 'type-graphql';
import { Role, UserStatus } from './enums';

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
}

@InputType('RevokeApiTokenInput')
export class RevokeApiTokenInput {
  @Field(() => ID) tokenId: string;
}
