import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow, SignedIn } from '../auth/access.decorators';
import type { RequestContext } from '../context';
import type { Company } from '../entity';
import type { Services } from '../service/services';
import { CompanyPayload } from './types/catalog-admin.types';
import { CompanyType } from './types/company.type';
import {
  NotificationPreferenceType,
  SetCompanyStatementEmailInput,
  UpdateNotificationPreferencesInput,
  UpdateNotificationPreferencesPayload,
} from './types/notification.type';

/** Which e-mails people get: the signed-in user's categories, and a company's nightly statement. */
@Resolver()
export class NotificationResolver {
  constructor(private readonly services: Services) {}

  @SignedIn()
  @Query(() => [NotificationPreferenceType], {
    description: 'Which e-mails you get, by category (all on until you turn one off). Not with an API token.',
  })
  notificationPreferences(@Ctx() ctx: RequestContext) {
    return this.services.notificationSettings.preferences(ctx);
  }

  @SignedIn()
  @Mutation(() => UpdateNotificationPreferencesPayload, {
    description:
      'Turns categories of your e-mails on or off; only the categories named change. Applies to e-mails not yet delivered too. Not with an API token.',
  })
  updateNotificationPreferences(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateNotificationPreferencesInput) input: UpdateNotificationPreferencesInput,
  ) {
    return this.services.notificationSettings.updatePreferences(ctx, input.preferences);
  }

  @Allow(Permission.USERS_MANAGE, Permission.CUSTOMERS_MANAGE)
  @Mutation(() => CompanyPayload, {
    description:
      "Whether the company's statement of account is e-mailed every night (with its PDF) to its users who read it. A portal admin sets their own company's; staff name the company. Requires USERS_MANAGE or CUSTOMERS_MANAGE.",
  })
  setCompanyStatementEmail(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetCompanyStatementEmailInput) input: SetCompanyStatementEmailInput,
  ) {
    return this.services.notificationSettings.setStatementEmail(ctx, input);
  }
}

@Resolver(() => CompanyType)
export class CompanyNotificationResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether the statement is e-mailed every night. Read by the company's own users and staff (null otherwise).",
  })
  statementEmail(@Root() company: Company, @Ctx() ctx: RequestContext) {
    const viewer = ctx.requireViewer();
    if (!viewer.isStaff && viewer.companyId !== company.id) return null;
    return this.services.notificationSettings.statementEmail(ctx, company);
  }
}
