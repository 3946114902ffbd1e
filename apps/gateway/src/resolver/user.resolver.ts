import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { isStaffRole } from '@portal/domain';
import { toGlobalId } from '../common/node-id';
import { ForbiddenError } from '../common/request-errors';
import { DateTimeScalar } from '../common/scalars';
import type { RequestContext } from '../context';
import type { User } from '../entity';
import type { Services } from '../service/services';
import { CompanyType } from './types/company.type';
import { Role, UserStatus } from './types/enums';
import { UserType } from './types/user.type';

const NAME_ONLY =
  "Of the seller's team, customers read the name only: this field is FORBIDDEN to them (staff, and the user's own company, read it).";

@Resolver(() => UserType)
export class UserResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => ID)
  id(@Root() user: User) {
    return toGlobalId('User', user.id);
  }

  @FieldResolver(() => String, { description: NAME_ONLY })
  email(@Root() user: User, @Ctx() ctx: RequestContext) {
    return beyondTheName(ctx, user).email;
  }

  @FieldResolver(() => Role, { description: NAME_ONLY })
  role(@Root() user: User, @Ctx() ctx: RequestContext) {
    return beyondTheName(ctx, user).role;
  }

  @FieldResolver(() => UserStatus, { description: NAME_ONLY })
  status(@Root() user: User, @Ctx() ctx: RequestContext) {
    return beyondTheName(ctx, user).status;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: NAME_ONLY })
  lastLoginAt(@Root() user: User, @Ctx() ctx: RequestContext) {
    return beyondTheName(ctx, user).lastLoginAt;
  }

  @FieldResolver(() => CompanyType, { nullable: true })
  company(@Root() user: User, @Ctx() ctx: RequestContext) {
    return user.companyId === null ? null : this.services.companies.findVisible(ctx, user.companyId);
  }
}

/**
 * The user, when the viewer may read more than their name: staff read everyone; a customer reads
 * themselves and the users of their own company. Customers meet the seller's team (RFQ messages,
 * order events, approvals) by name only.
 */
function beyondTheName(ctx: RequestContext, user: User): User {
  // A sign-in's payload (the request had no viewer yet) describes the user it signed in.
  if (!ctx.viewer && ctx.http.signedInUserId === user.id) return user;
  const viewer = ctx.requireViewer();
  if (viewer.isStaff || viewer.userId === user.id) return user;
  if (!isStaffRole(user.role) && user.companyId !== null && user.companyId === viewer.companyId) return user;
  throw new ForbiddenError("Customers read the seller's team by name only.");
}
