import { GraphQLError } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import type { Permission } from '@portal/domain';
import type { RequestContext } from '../context';
import { mayCallRootField, outOfScope } from './token-scopes';

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first: this needs a signed-in user.', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
}

export function forbidden(permissions: readonly string[]): GraphQLError {
  const needs = permissions.length === 1 ? permissions[0] : `one of ${permissions.join(', ')}`;
  return new GraphQLError(`Your role may not read or do this (requires ${needs}).`, {
    extensions: { code: 'FORBIDDEN' },
  });
}

/**
 * type-graphql's auth checker: `@Authorized()` needs a signed-in active user; `@Authorized(P1, P2)`
 * needs any one of the listed permissions. No viewer: UNAUTHENTICATED; a missing permission:
 * FORBIDDEN (a nullable field then becomes null with an error whose path names it, and the
 * rest of the response still arrives). An API token must also hold a scope of the root field it
 * calls (token-scopes.ts); its permissions are already its owner's intersected with its scopes.
 */
export const authChecker: AuthCheckerFn<RequestContext, Permission> = ({ context, info }, permissions) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  const root = info.parentType;
  if (
    (root === info.schema.getQueryType() || root === info.schema.getMutationType()) &&
    !mayCallRootField(viewer, root.name, info.fieldName)
  )
    throw outOfScope(root.name, info.fieldName);
  if (permissions.length === 0 || viewer.canAny(...permissions)) return true;
  throw forbidden(permissions);
};
