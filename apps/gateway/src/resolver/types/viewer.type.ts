import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { CompanyType } from './company.type';
import { Permission } from './enums';
import { UserType } from './user.type';

@ObjectType('Viewer', { description: 'The signed-in user, their company and what their role allows.' })
export class ViewerType {
  @Field(() => UserType) user: UserType;
  @Field(() => CompanyType, { nullable: true }) company: CompanyType | null;
  @Field(() => [Permission]) permissions: Permission[];
}

@ObjectType('ApiToken', {
  description: "A personal API token for a partner app; it acts with its owner's role.",
})
export class ApiTokenType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'The first characters of the token, to recognise it.' }) prefix: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt: Date | null;
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
