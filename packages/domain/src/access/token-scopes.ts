import { Permission as P, Role } from '../roles/permissions';
import { permissionsOf } from '../roles/role-permissions';

/**
 * What an API token may do, chosen when it is created. A token's permissions are, at every
 * request, its owner's current role permissions intersected with those of its scopes: a scope
 * never grants what the owner's role lacks, and a role change or a disabled owner applies at once.
 *
 * Customer scopes come first, then the seller's staff scopes. No scope carries USERS_MANAGE or
 * PROFILE_EDIT: a token never manages users, passwords or tokens.
 */
export enum TokenScope {
  /** Products, categories, units, availability and the owner's prices. */
  CATALOG_READ = 'catalog:read',
  /** Orders and order history, RFQs and quotations (own or company-wide, as the owner's role). */
  ORDERS_READ = 'orders:read',
  /** Drafts (cart), submitting, cancelling, reordering, templates, receipts and delivery issues. */
  ORDERS_WRITE = 'orders:write',
  /** The approval queue: approve and reject. */
  ORDERS_APPROVE = 'orders:approve',
  /** Asking for quotations and answering them (accept, ask for changes, decline). */
  QUOTES_WRITE = 'quotes:write',
  /** Invoices, credit notes, payments, account statements and aging. */
  INVOICES_READ = 'invoices:read',
  /** Paying invoices. */
  INVOICES_PAY = 'invoices:pay',
  /** Staff: products, categories and units of measure. */
  CATALOG_MANAGE = 'catalog:manage',
  /** Staff: pricelists and payment terms. */
  PRICING_MANAGE = 'pricing:manage',
  /** Staff: customer companies, their terms and credit limits (never their users). */
  CUSTOMERS_MANAGE = 'customers:manage',
  /** Staff: answering RFQs with quotations. */
  QUOTES_MANAGE = 'quotes:manage',
  /** Staff: fulfilment (start, ship, deliver). */
  FULFILMENT_MANAGE = 'fulfilment:manage',
  /** Staff: invoicing, credit notes and recording payments. */
  INVOICING_MANAGE = 'invoicing:manage',
  /** Staff: portal adoption metrics. */
  METRICS_READ = 'metrics:read',
}

export const TOKEN_SCOPES: readonly TokenScope[] = Object.values(TokenScope);

const S = TokenScope;

/** The permissions each scope may carry (always intersected with the owner's). */
const SCOPE_PERMISSIONS: Readonly<Record<TokenScope, readonly P[]>> = {
  [S.CATALOG_READ]: [],
  [S.ORDERS_READ]: [P.ORDERS_READ_OWN, P.ORDERS_READ_COMPANY],
  [S.ORDERS_WRITE]: [P.ORDERS_DRAFT, P.ORDERS_SUBMIT],
  [S.ORDERS_APPROVE]: [P.ORDERS_APPROVE],
  [S.QUOTES_WRITE]: [P.RFQ_SUBMIT, P.QUOTES_RESPOND],
  [S.INVOICES_READ]: [P.INVOICES_READ_OWN, P.INVOICES_READ_COMPANY, P.INVOICES_SUMMARY, P.STATEMENT_READ],
  [S.INVOICES_PAY]: [P.INVOICES_PAY],
  [S.CATALOG_MANAGE]: [P.CATALOG_MANAGE],
  [S.PRICING_MANAGE]: [P.PRICING_MANAGE],
  [S.CUSTOMERS_MANAGE]: [P.CUSTOMERS_MANAGE, P.CREDIT_MANAGE],
  [S.QUOTES_MANAGE]: [P.QUOTES_MANAGE],
  [S.FULFILMENT_MANAGE]: [P.FULFILMENT_MANAGE, P.INVENTORY_MANAGE],
  [S.INVOICING_MANAGE]: [P.INVOICING_MANAGE],
  [S.METRICS_READ]: [P.METRICS_READ],
};

/**
 * How prices show (contract or catalog prices) is the owner's, not the scope's: whatever a token
 * may read, it reads prices as its owner would.
 */
export const PRICE_PERMISSIONS: readonly P[] = [P.PRICES_CONTRACT, P.PRICES_CATALOG];

/** Permissions no token ever has: managing users, profiles, passwords and tokens. */
export const NEVER_TOKEN_PERMISSIONS: readonly P[] = [P.USERS_MANAGE, P.PROFILE_EDIT];

/** The permissions a scope may carry (before intersecting with the owner's role). */
export function scopePermissions(scope: TokenScope): readonly P[] {
  return SCOPE_PERMISSIONS[scope];
}

/** A token's permissions: its owner's role permissions that its scopes carry (and prices). */
export function tokenPermissions(role: Role, scopes: readonly TokenScope[]): P[] {
  if (scopes.length === 0) return [];
  const carried = new Set<P>([...PRICE_PERMISSIONS, ...scopes.flatMap((s) => SCOPE_PERMISSIONS[s])]);
  return permissionsOf(role).filter((p) => carried.has(p));
}

/**
 * The scopes worth offering to a role: every role reads the catalog; another scope only when the
 * role has one of its permissions.
 */
export function scopesForRole(role: Role): TokenScope[] {
  const own = permissionsOf(role);
  return TOKEN_SCOPES.filter(
    (s) => s === S.CATALOG_READ || SCOPE_PERMISSIONS[s].some((p) => own.includes(p)),
  );
}

/** Parses stored or submitted scope names; unknown names are returned apart. */
export function parseTokenScopes(names: readonly string[]): { scopes: TokenScope[]; unknown: string[] } {
  const scopes: TokenScope[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const scope = TOKEN_SCOPES.find((s) => s === name);
    if (!scope) unknown.push(name);
    else if (!scopes.includes(scope)) scopes.push(scope);
  }
  return { scopes: TOKEN_SCOPES.filter((s) => scopes.includes(s)), unknown };
}
