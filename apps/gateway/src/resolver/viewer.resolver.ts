import { Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { scopesForRole } from '@portal/domain';
import { scopesOf } from '../auth/session.service';
import { Public } from '../auth/access.decorators';
import { toGlobalId } from '../common/node-id';
import type { RequestContext, Viewer } from '../context';
import { Company, type ApiToken } from '../entity';
import type { Services } from '../service/services';
import { CompanyType } from './types/company.type';
import { Permission, TokenScope } from './types/enums';
import { UserType } from './types/user.type';
import { ApiTokenType, ViewerType } from './types/viewer.type';

@Resolver(() => ViewerType)
export class ViewerResolver {
  constructor(private readonly services: Services) {}

  @Public()
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user; null when signed out.' })
  viewer(@Ctx() ctx: RequestContext) {
    return ctx.viewer;
  }

  @FieldResolver(() => UserType)
  user(@Root() viewer: Viewer) {
    return viewer.user;
  }

  @FieldResolver(() => CompanyType, { nullable: true })
  company(@Root() viewer: Viewer, @Ctx() ctx: RequestContext) {
    return viewer.companyId === null ? null : ctx.loaders.load(Company, viewer.companyId);
  }

  @FieldResolver(() => [Permission])
  permissions(@Root() viewer: Viewer) {
    return [...viewer.permissions];
  }

  @FieldResolver(() => [TokenScope])
  apiTokenScopes(@Root() viewer: Viewer) {
    return scopesForRole(viewer.role);
  }

  @FieldResolver(() => [TokenScope], { nullable: true })
  tokenScopes(@Root() viewer: Viewer) {
    return viewer.scopes ? [...viewer.scopes] : null;
  }

  @FieldResolver(() => [ApiTokenType], {
    description: "The viewer's active personal API tokens (secrets are never shown again).",
  })
  apiTokens(@Root() viewer: Viewer, @Ctx() ctx: RequestContext) {
    return this.services.apiTokens.listOf(ctx, viewer.userId);
  }
}

@Resolver(() => ApiTokenType)
export class ApiTokenResolver {
  @FieldResolver(() => ID)
  id(@Root() token: ApiToken) {
    return toGlobalId('ApiToken', token.id);
  }

  @FieldResolver(() => String)
  prefix(@Root() token: ApiToken) {
    return token.tokenPrefix;
  }

  @FieldResolver(() => [TokenScope])
  scopes(@Root() token: ApiToken) {
    return scopesOf(token);
  }
}
