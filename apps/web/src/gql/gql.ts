/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AppHeader_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    company {\n      id\n      name\n    }\n  }\n": typeof types.AppHeader_ViewerFragmentDoc,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  fragment ViewerSummary_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n": typeof types.ViewerSummary_ViewerFragmentDoc,
    "\n  query AppLayout {\n    viewer {\n      ...AppHeader_viewer\n      ...ViewerContext_viewer\n    }\n  }\n": typeof types.AppLayoutDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Home {\n    viewer {\n      ...ViewerSummary_viewer\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment ViewerContext_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n": typeof types.ViewerContext_ViewerFragmentDoc,
};
const documents: Documents = {
    "\n  fragment AppHeader_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    company {\n      id\n      name\n    }\n  }\n": types.AppHeader_ViewerFragmentDoc,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  fragment ViewerSummary_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n": types.ViewerSummary_ViewerFragmentDoc,
    "\n  query AppLayout {\n    viewer {\n      ...AppHeader_viewer\n      ...ViewerContext_viewer\n    }\n  }\n": types.AppLayoutDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Home {\n    viewer {\n      ...ViewerSummary_viewer\n    }\n  }\n": types.HomeDocument,
    "\n  fragment ViewerContext_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n": types.ViewerContext_ViewerFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppHeader_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    company {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AppHeader_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    company {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerSummary_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n"): (typeof documents)["\n  fragment ViewerSummary_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppLayout {\n    viewer {\n      ...AppHeader_viewer\n      ...ViewerContext_viewer\n    }\n  }\n"): (typeof documents)["\n  query AppLayout {\n    viewer {\n      ...AppHeader_viewer\n      ...ViewerContext_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    viewer {\n      ...ViewerSummary_viewer\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    viewer {\n      ...ViewerSummary_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerContext_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n"): (typeof documents)["\n  fragment ViewerContext_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;