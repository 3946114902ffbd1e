import { describe, expect, it } from 'vitest';
import { Permission as P, Role, isPortalRole, isStaffRole } from './permissions';
import { canAssignRole, permissionsOf, roleHas } from './role-permissions';

describe('role permissions', () => {
  it('gives a portal admin the whole company and user management', () => {
    expect(permissionsOf(Role.PORTAL_ADMIN)).toEqual(
      expect.arrayContaining([
        P.ORDERS_READ_COMPANY,
        P.INVOICES_READ_COMPANY,
        P.USERS_MANAGE,
        P.STATEMENT_READ,
      ]),
    );
  });

  it('keeps a buyer to own orders and invoices', () => {
    expect(roleHas(Role.BUYER, P.ORDERS_READ_OWN)).toBe(true);
    expect(roleHas(Role.BUYER, P.ORDERS_READ_COMPANY)).toBe(false);
    expect(roleHas(Role.BUYER, P.INVOICES_READ_COMPANY)).toBe(false);
    expect(roleHas(Role.BUYER, P.USERS_MANAGE)).toBe(false);
  });

  it('gives an approver only the queue and invoice summaries', () => {
    expect(permissionsOf(Role.APPROVER)).toEqual([P.ORDERS_APPROVE, P.INVOICES_SUMMARY, P.PRICES_CONTRACT]);
  });

  it('keeps a viewer read-only', () => {
    for (const p of [P.ORDERS_DRAFT, P.ORDERS_SUBMIT, P.INVOICES_PAY, P.USERS_MANAGE])
      expect(roleHas(Role.VIEWER, p)).toBe(false);
  });

  it('shows a requisitioner catalog prices only and never lets them place an order alone', () => {
    expect(roleHas(Role.REQUISITIONER, P.PRICES_CATALOG)).toBe(true);
    expect(roleHas(Role.REQUISITIONER, P.PRICES_CONTRACT)).toBe(false);
    expect(roleHas(Role.REQUISITIONER, P.ORDERS_SUBMIT)).toBe(false);
    expect(roleHas(Role.REQUISITIONER, P.INVOICES_SUMMARY)).toBe(false);
  });

  it('gives the staff admin every seller permission but no customer-side approval or payment', () => {
    expect(roleHas(Role.STAFF_ADMIN, P.CATALOG_MANAGE)).toBe(true);
    expect(roleHas(Role.STAFF_ADMIN, P.PRICING_MANAGE)).toBe(true);
    expect(roleHas(Role.STAFF_ADMIN, P.ORDERS_APPROVE)).toBe(false);
    expect(roleHas(Role.STAFF_ADMIN, P.INVOICES_PAY)).toBe(false);
  });

  it('leaves credit limits and payment terms to accounting, not sales', () => {
    expect(roleHas(Role.ACCOUNTING, P.CREDIT_MANAGE)).toBe(true);
    expect(roleHas(Role.STAFF_ADMIN, P.CREDIT_MANAGE)).toBe(true);
    expect(roleHas(Role.SALES, P.CREDIT_MANAGE)).toBe(false);
    expect(roleHas(Role.SALES, P.PRICING_MANAGE)).toBe(false);
  });

  it('separates portal and staff roles', () => {
    expect(isPortalRole(Role.BUYER) && !isStaffRole(Role.BUYER)).toBe(true);
    expect(isStaffRole(Role.WAREHOUSE) && !isPortalRole(Role.WAREHOUSE)).toBe(true);
  });

  it('lets portal admins assign portal roles only', () => {
    expect(canAssignRole(Role.PORTAL_ADMIN, Role.BUYER)).toBe(true);
    expect(canAssignRole(Role.PORTAL_ADMIN, Role.STAFF_ADMIN)).toBe(false);
    expect(canAssignRole(Role.SALES, Role.REQUISITIONER)).toBe(true);
    expect(canAssignRole(Role.SALES, Role.ACCOUNTING)).toBe(false);
    expect(canAssignRole(Role.STAFF_ADMIN, Role.ACCOUNTING)).toBe(true);
    expect(canAssignRole(Role.BUYER, Role.BUYER)).toBe(false);
  });
});
