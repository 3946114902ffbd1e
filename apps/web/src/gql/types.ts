/**
 * Hand-written TypeScript types mirroring /work/shared/contract/portal.graphql (contract v1).
 *
 * TEMPORARY: the SPA issue replaces this file with GraphQL Code Generator output
 * (typescript + typescript-operations + typed-document-node). Until then keep these in step
 * with the contract by hand, name operation types `<Operation>Query`/`<Operation>Mutation`
 * (+ `Variables`) and fragment types `<Component>_<prop>` the way codegen would, so the swap is
 * a change of import paths only. Only the parts of the schema the SPA uses live here.
 */

// ---------------------------------------------------------------- schema enums

export type Role =
  | 'PORTAL_ADMIN'
  | 'BUYER'
  | 'APPROVER'
  | 'VIEWER'
  | 'REQUISITIONER'
  | 'SALES'
  | 'WAREHOUSE'
  | 'ACCOUNTING'
  | 'STAFF_ADMIN';

export type Permission =
  | 'ORDERS_READ_COMPANY'
  | 'ORDERS_READ_OWN'
  | 'ORDERS_DRAFT'
  | 'ORDERS_SUBMIT'
  | 'ORDERS_APPROVE'
  | 'QUOTES_RESPOND'
  | 'RFQ_SUBMIT'
  | 'INVOICES_READ_COMPANY'
  | 'INVOICES_READ_OWN'
  | 'INVOICES_SUMMARY'
  | 'INVOICES_PAY'
  | 'STATEMENT_READ'
  | 'PRICES_CONTRACT'
  | 'PRICES_CATALOG'
  | 'USERS_MANAGE'
  | 'PROFILE_EDIT'
  | 'CATALOG_MANAGE'
  | 'PRICING_MANAGE'
  | 'CUSTOMERS_MANAGE'
  | 'QUOTES_MANAGE'
  | 'FULFILMENT_MANAGE'
  | 'INVOICING_MANAGE'
  | 'METRICS_READ';

export type UserErrorCode =
  | 'INVALID'
  | 'NOT_FOUND'
  | 'INVALID_STATE'
  | 'BELOW_MINIMUM_QUANTITY'
  | 'NOT_A_MULTIPLE'
  | 'BELOW_MINIMUM_ORDER_VALUE'
  | 'UNIT_NOT_ALLOWED'
  | 'NOT_AVAILABLE'
  | 'NOT_IN_CATALOG'
  | 'CREDIT_LIMIT_EXCEEDED'
  | 'ALREADY_EXISTS'
  | 'BAD_CREDENTIALS'
  | 'EXPIRED'
  | 'PAYMENT_FAILED';

// ---------------------------------------------------------------- inputs

export interface LoginInput {
  email: string;
  password: string;
}

export interface AcceptInvitationInput {
  token: string;
  name: string;
  password: string;
}

// ---------------------------------------------------------------- fragments

/** `userErrors { field message code }` of every mutation payload. */
export interface UserErrorFields {
  __typename: 'UserError';
  /** Path to the offending input field, e.g. ["input", "email"]; null for the whole form. */
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}

/** `fragment AppHeader_viewer on Viewer` (src/components/app-header.tsx). */
export interface AppHeader_viewer {
  __typename: 'Viewer';
  user: { __typename: 'User'; id: string; name: string; email: string };
  company: { __typename: 'Company'; id: string; name: string } | null;
}

/** `fragment ViewerSummary_viewer on Viewer` (src/components/viewer-summary.tsx). */
export interface ViewerSummary_viewer {
  __typename: 'Viewer';
  user: { __typename: 'User'; id: string; name: string; email: string; role: Role };
  company: { __typename: 'Company'; id: string; name: string } | null;
  permissions: Permission[];
}

// ---------------------------------------------------------------- operations

export type AppLayoutQueryVariables = Record<string, never>;
export interface AppLayoutQuery {
  viewer: AppHeader_viewer | null;
}

export type HomeQueryVariables = Record<string, never>;
export interface HomeQuery {
  viewer: ViewerSummary_viewer | null;
}

export interface LoginMutationVariables {
  input: LoginInput;
}
export interface LoginMutation {
  login: {
    __typename: 'LoginPayload';
    viewer: ViewerSummary_viewer | null;
    userErrors: UserErrorFields[];
  };
}

export interface AcceptInvitationMutationVariables {
  input: AcceptInvitationInput;
}
export interface AcceptInvitationMutation {
  acceptInvitation: {
    __typename: 'LoginPayload';
    viewer: ViewerSummary_viewer | null;
    userErrors: UserErrorFields[];
  };
}

export type LogoutMutationVariables = Record<string, never>;
export interface LogoutMutation {
  logout: { __typename: 'LogoutPayload'; ok: boolean };
}
