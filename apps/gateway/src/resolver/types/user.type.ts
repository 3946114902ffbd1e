import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { NodeInterface } from '../../common/node.type';
import { Role, UserStatus } from './enums';
import { CompanyType } from './company.type';

@ObjectType('User', { implements: NodeInterface })
export class UserType extends NodeInterface {
  @Field(() => String) email: string;
  @Field(() => String) name: string;
  @Field(() => Role) role: Role;
  @Field(() => UserStatus) status: UserStatus;
  @Field(() => CompanyType, { nullable: true }) company: CompanyType | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastLoginAt: Date | null;
}
