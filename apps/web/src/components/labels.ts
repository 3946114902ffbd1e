import type { Permission, Role } from '../gql/graphql';

const ROLE_LABELS: Record<Role, string> = {
  PORTAL_ADMIN: 'Portal administrator',
  BUYER: 'Buyer',
  APPROVER: 'Approver',
  VIEWER: 'Viewer',
  REQUISITIONER: 'Requisitioner',
  SALES: 'Sales',
  WAREHOUSE: 'Warehouse',
  ACCOUNTING: 'Accounting',
  STAFF_ADMIN: 'Staff administrator',
};

const PERMISSION_LABELS: Record<Permission, string> = {
  ORDERS_READ_COMPANY: "See all of the company's orders",
  ORDERS_READ_OWN: 'See your own orders',
  ORDERS_DRAFT: 'Prepare draft orders',
  ORDERS_SUBMIT: 'Place orders',
  ORDERS_APPROVE: 'Approve orders',
  QUOTES_RESPOND: 'Respond to quotes',
  RFQ_SUBMIT: 'Request quotes',
  INVOICES_READ_COMPANY: "See all of the company's invoices",
  INVOICES_READ_OWN: 'See your own invoices',
  INVOICES_SUMMARY: 'See invoice summaries',
  INVOICES_PAY: 'Pay invoices',
  STATEMENT_READ: 'See the account statement',
  PRICES_CONTRACT: 'See contract prices',
  PRICES_CATALOG: 'See catalog prices',
  USERS_MANAGE: 'Manage users',
  PROFILE_EDIT: 'Edit your profile',
  CATALOG_MANAGE: 'Manage the catalog',
  PRICING_MANAGE: 'Manage pricing',
  CUSTOMERS_MANAGE: 'Manage customers',
  QUOTES_MANAGE: 'Manage quotes',
  FULFILMENT_MANAGE: 'Manage fulfilment',
  INVENTORY_MANAGE: 'Manage stock',
  INVOICING_MANAGE: 'Manage invoicing',
  CREDIT_MANAGE: 'Manage credit limits and payment terms',
  METRICS_READ: 'See portal metrics',
};

/** "SOME_NEW_VALUE" -> "Some new value": the server may add enum values before we name them. */
function humanize(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? humanize(role);
}

export function permissionLabel(permission: Permission): string {
  return PERMISSION_LABELS[permission] ?? humanize(permission);
}
