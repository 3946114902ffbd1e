import { Permission as P, Role } from './permissions';

/**
 * The role-to-permission map, from the customer's specification:
 *
 * | Role          | Orders                                   | Invoices                       | Prices   | Users                        |
 * |---------------|------------------------------------------|--------------------------------|----------|------------------------------|
 * | Portal Admin  | all company orders, draft, submit, approve, quotes, RFQs | all company invoices, pay, statement | contract | invite, change role, disable |
 * | Buyer         | own (and assigned) orders, draft, submit, quotes, RFQs   | own invoices, pay              | contract | edit own profile             |
 * | Approver      | the pending-approval queue, approve/reject | summary (totals, status, due) | contract | none                         |
 * | Viewer        | read-only all company orders             | read-only all company invoices, statement | contract | none              |
 * | Requisitioner | draft orders (every submission needs approval) | none                     | catalog  | none                         |
 *
 * A requisitioner has ORDERS_DRAFT but not ORDERS_SUBMIT: handing a draft in always sends it for approval.
 */
const ROLE_PERMISSIONS: Readonly<Record<Role, readonly P[]>> = {
  [Role.PORTAL_ADMIN]: [
    P.ORDERS_READ_COMPANY,
    P.ORDERS_READ_OWN,
    P.ORDERS_DRAFT,
    P.ORDERS_SUBMIT,
    P.ORDERS_APPROVE,
    P.QUOTES_RESPOND,
    P.RFQ_SUBMIT,
    P.INVOICES_READ_COMPANY,
    P.INVOICES_PAY,
    P.STATEMENT_READ,
    P.PRICES_CONTRACT,
    P.USERS_MANAGE,
    P.PROFILE_EDIT,
  ],
  [Role.BUYER]: [
    P.ORDERS_READ_OWN,
    P.ORDERS_DRAFT,
    P.ORDERS_SUBMIT,
    P.QUOTES_RESPOND,
    P.RFQ_SUBMIT,
    P.INVOICES_READ_OWN,
    P.INVOICES_PAY,
    P.PRICES_CONTRACT,
    P.PROFILE_EDIT,
  ],
  [Role.APPROVER]: [P.ORDERS_APPROVE, P.INVOICES_SUMMARY, P.PRICES_CONTRACT],
  [Role.VIEWER]: [P.ORDERS_READ_COMPANY, P.INVOICES_READ_COMPANY, P.STATEMENT_READ, P.PRICES_CONTRACT],
  [Role.REQUISITIONER]: [P.ORDERS_READ_OWN, P.ORDERS_DRAFT, P.PRICES_CATALOG],
  [Role.SALES]: [
    P.ORDERS_READ_COMPANY,
    P.ORDERS_DRAFT,
    P.ORDERS_SUBMIT,
    P.QUOTES_MANAGE,
    P.CUSTOMERS_MANAGE,
    P.PRICES_CONTRACT,
    P.PRICES_CATALOG,
    P.INVOICES_READ_COMPANY,
    P.STATEMENT_READ,
    P.METRICS_READ,
    P.PROFILE_EDIT,
  ],
  [Role.WAREHOUSE]: [
    P.ORDERS_READ_COMPANY,
    P.FULFILMENT_MANAGE,
    P.INVENTORY_MANAGE,
    P.PRICES_CATALOG,
    P.PROFILE_EDIT,
  ],
  [Role.ACCOUNTING]: [
    P.ORDERS_READ_COMPANY,
    P.INVOICES_READ_COMPANY,
    P.INVOICING_MANAGE,
    P.CREDIT_MANAGE,
    P.STATEMENT_READ,
    P.PRICES_CONTRACT,
    P.PRICES_CATALOG,
    P.PROFILE_EDIT,
  ],
  [Role.STAFF_ADMIN]: Object.values(P).filter(
    // Staff never act as a customer's approver, payer or requisitioner.
    (p) =>
      ![
        P.ORDERS_APPROVE,
        P.INVOICES_PAY,
        P.ORDERS_READ_OWN,
        P.INVOICES_READ_OWN,
        P.INVOICES_SUMMARY,
        P.QUOTES_RESPOND,
        P.RFQ_SUBMIT,
      ].includes(p),
  ),
};

export function permissionsOf(role: Role): readonly P[] {
  return ROLE_PERMISSIONS[role];
}

export function roleHas(role: Role, permission: P): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** True when the role may grant `target`: portal admins manage their company's portal roles, staff admins anything. */
export function canAssignRole(actor: Role, target: Role): boolean {
  if (actor === Role.STAFF_ADMIN) return true;
  if (actor === Role.SALES)
    return (
      target === Role.PORTAL_ADMIN ||
      target === Role.BUYER ||
      target === Role.APPROVER ||
      target === Role.VIEWER ||
      target === Role.REQUISITIONER
    );
  if (actor === Role.PORTAL_ADMIN)
    return (
      target !== Role.SALES &&
      target !== Role.WAREHOUSE &&
      target !== Role.ACCOUNTING &&
      target !== Role.STAFF_ADMIN
    );
  return false;
}
