import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../common/node-id';
import type { RequestContext } from '../context';
import type { User } from '../entity';
import type { Services } from '../service/services';
import { CompanyType } from './types/company.type';
import { UserType } from './types/user.type';

@Resolver(() => UserType)
export class UserResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => ID)
  id(@Root() user: User) {
    return toGlobalId('User', user.id);
  }

  @FieldResolver(() => CompanyType, { nullable: true })
  company(@Root() user: User, @Ctx() ctx: RequestContext) {
    return user.companyId === null ? null : this.services.companies.findVisible(ctx, user.companyId);
  }
}
