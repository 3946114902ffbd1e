import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../common/node.type';
import { CompanyType } from './company.type';

@ObjectType('User', { implements: NodeInterface })
export class UserType extends NodeInterface {
  @Field(() => String) name: string;
  @Field(() => CompanyType, { nullable: true }) company: CompanyType | null;
}
