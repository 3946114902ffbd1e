import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { registerNodeType } from './common/node.type';
import { Address, Category, Company, Pricelist, User } from './entity';
import { AccountResolver } from './resolver/account.resolver';
import { AddressResolver, CategoryResolver, CompanyResolver, PaymentTermResolver, PricelistResolver } from './resolver/company.resolver';
import { NodeResolver } from './resolver/node.resolver';
import { UserResolver } from './resolver/user.resolver';
import { ApiTokenResolver, ViewerResolver } from './resolver/viewer.resolver';
import type { Services } from './service/services';

export const RESOLVERS = [
  AccountResolver,
  ViewerResolver,
  ApiTokenResolver,
  UserResolver,
  CompanyResolver,
  AddressResolver,
  CategoryResolver,
  PricelistResolver,
  PaymentTermResolver,
  NodeResolver,
] as const;

registerNodeType(User, 'User');
registerNodeType(Company, 'Company');
registerNodeType(Category, 'Category');
registerNodeType(Pricelist, 'Pricelist');
registerNodeType(Address, 'Address');

type ResolverClass = new (services: Services) => unknown;

/** Resolvers are built once with the service registry (constructor injection, Vendure style). */
function serviceContainer(services: Services): ContainerType {
  const instances = new Map<ResolverClass, unknown>();
  return {
    get(resolverClass: ResolverClass) {
      if (!instances.has(resolverClass)) instances.set(resolverClass, new resolverClass(services));
      return instances.get(resolverClass);
    },
  } as ContainerType;
}

export function buildPortalSchema(services: Services): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS as unknown as NonEmptyArray<ResolverClass>,
    authChecker,
    container: serviceContainer(services),
    validate: false,
  });
}
