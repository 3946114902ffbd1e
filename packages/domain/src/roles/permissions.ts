/** Every permission of the portal, as named in the public GraphQL contract. */
export enum Permission {
  ORDERS_READ_COMPANY = 'ORDERS_READ_COMPANY',
  ORDERS_READ_OWN = 'ORDERS_READ_OWN',
  ORDERS_DRAFT = 'ORDERS_DRAFT',
  ORDERS_SUBMIT = 'ORDERS_SUBMIT',
  ORDERS_APPROVE = 'ORDERS_APPROVE',
  QUOTES_RESPOND = 'QUOTES_RESPOND',
  RFQ_SUBMIT = 'RFQ_SUBMIT',
  INVOICES_READ_COMPANY = 'INVOICES_READ_COMPANY',
  INVOICES_READ_OWN = 'INVOICES_READ_OWN',
  INVOICES_SUMMARY = 'INVOICES_SUMMARY',
  INVOICES_PAY = 'INVOICES_PAY',
  STATEMENT_READ = 'STATEMENT_READ',
  PRICES_CONTRACT = 'PRICES_CONTRACT',
  PRICES_CATALOG = 'PRICES_CATALOG',
  USERS_MANAGE = 'USERS_MANAGE',
  PROFILE_EDIT = 'PROFILE_EDIT',
  CATALOG_MANAGE = 'CATALOG_MANAGE',
  PRICING_MANAGE = 'PRICING_MANAGE',
  CUSTOMERS_MANAGE = 'CUSTOMERS_MANAGE',
  /** A customer's credit limit and payment term (accounting's call, not sales'). */
  CREDIT_MANAGE = 'CREDIT_MANAGE',
  QUOTES_MANAGE = 'QUOTES_MANAGE',
  FULFILMENT_MANAGE = 'FULFILMENT_MANAGE',
  /** Stock: receipts, adjustments, the ledger (the warehouse). */
  INVENTORY_MANAGE = 'INVENTORY_MANAGE',
  INVOICING_MANAGE = 'INVOICING_MANAGE',
  METRICS_READ = 'METRICS_READ',
}

/** Portal roles belong to a customer company's contacts; staff roles to the seller's team. */
export enum Role {
  PORTAL_ADMIN = 'PORTAL_ADMIN',
  BUYER = 'BUYER',
  APPROVER = 'APPROVER',
  VIEWER = 'VIEWER',
  REQUISITIONER = 'REQUISITIONER',
  SALES = 'SALES',
  WAREHOUSE = 'WAREHOUSE',
  ACCOUNTING = 'ACCOUNTING',
  STAFF_ADMIN = 'STAFF_ADMIN',
}

export const PORTAL_ROLES: readonly Role[] = [
  Role.PORTAL_ADMIN,
  Role.BUYER,
  Role.APPROVER,
  Role.VIEWER,
  Role.REQUISITIONER,
];

export const STAFF_ROLES: readonly Role[] = [Role.SALES, Role.WAREHOUSE, Role.ACCOUNTING, Role.STAFF_ADMIN];

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

export function isPortalRole(role: Role): boolean {
  return PORTAL_ROLES.includes(role);
}
