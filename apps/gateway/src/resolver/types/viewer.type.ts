import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { CompanyType } from './company.type';
import { Permission, TokenScope } from './enums';
import { UserType } from './user.type';

@ObjectType('Viewer', { description: 'The signed-in user, their company and what their role allows.' })
export class ViewerType {
  @Field(() => UserType) user: UserType;
  @Field(() => CompanyType, { nullable: true }) company: CompanyType | null;
  @Field(() => [Permission], {
    description:
      "What the viewer may do; through an API token, the owner's permissions within the token's scopes.",
  })
  permissions: Permission[];
  @Field(() => [TokenScope], {
    description:
      "The scopes worth giving an API token of this user (those the user's role has something for).",
  })
  apiTokenScopes: TokenScope[];
  @Field(() => [TokenScope], {
    nullable: true,
    description: 'The scopes of the API token this request came with; null for a signed-in session.',
  })
  tokenScopes: TokenScope[] | null;
}

@ObjectType('ApiToken', {
  description:
    "A personal API token for a partner app; it may do what its scopes allow of what its owner's role allows, never manage users or tokens.",
})
export class ApiTokenType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'The first characters of the token, to recognise it.' }) prefix: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the token was last used (refreshed at most every 5 minutes); null: never.',
  })
  lastUsedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Null: until revoked.' })
  expiresAt: Date | null;
  @Field(() => [TokenScope], { description: 'What the token may do (always within its owner’s role).' })
  scopes: TokenScope[];
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field(() => ViewerType, { nullable: true }) viewer: unknown;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType('LogoutPayload')
export class LogoutPayload {
  @Field(() => Boolean) ok: boolean;
}

@ObjectType('UserPayload')
export class UserPayload {
  @Field(() => UserType, { nullable: true }) user: unknown;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType('CreateApiTokenPayload')
export class CreateApiTokenPayload {
  @Field(() => ApiTokenType, { nullable: true }) apiToken: unknown;
  @Field(() => String, {
    nullable: true,
    description: 'The secret, shown this once: send it as `Authorization: Bearer <token>`.',
  })
  token: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType('RevokeApiTokenPayload')
export class RevokeApiTokenPayload {
  @Field(() => ID, { nullable: true }) revokedId: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType('ChangePasswordPayload')
export class ChangePasswordPayload {
  @Field(() => Boolean) ok: boolean;
  @Field(() => [UserError], {
    description: 'BAD_CREDENTIALS (current password), INVALID (policy), TOO_MANY_ATTEMPTS, FORBIDDEN.',
  })
  userErrors: UserError[];
}

@ObjectType('RequestPasswordResetPayload')
export class RequestPasswordResetPayload {
  @Field(() => Boolean, {
    description: 'True whether or not the address has an account: the answer never tells.',
  })
  ok: boolean;
  @Field(() => [UserError], {
    description: 'INVALID (not an e-mail address), TOO_MANY_ATTEMPTS (from your network).',
  })
  userErrors: UserError[];
}
