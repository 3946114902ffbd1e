import { describe, expect, it } from 'vitest';
import { Permission as P, Role } from '../roles/permissions';
import { permissionsOf } from '../roles/role-permissions';
import {
  NEVER_TOKEN_PERMISSIONS,
  PRICE_PERMISSIONS,
  TOKEN_SCOPES,
  TokenScope as S,
  parseTokenScopes,
  scopePermissions,
  scopesForRole,
  tokenPermissions,
} from './token-scopes';

describe('token scopes', () => {
  it('give every permission to exactly one scope, except prices (the owner’s) and user management (never)', () => {
    for (const permission of Object.values(P)) {
      const carriers = TOKEN_SCOPES.filter((s) => scopePermissions(s).includes(permission));
      if (PRICE_PERMISSIONS.includes(permission) || NEVER_TOKEN_PERMISSIONS.includes(permission))
        expect(carriers, permission).toEqual([]);
      else expect(carriers, permission).toHaveLength(1);
    }
  });

  it('never let a token manage users, even with every scope on an admin', () => {
    for (const role of [Role.PORTAL_ADMIN, Role.STAFF_ADMIN, Role.BUYER]) {
      const all = tokenPermissions(role, TOKEN_SCOPES);
      expect(all).not.toContain(P.USERS_MANAGE);
      expect(all).not.toContain(P.PROFILE_EDIT);
    }
  });

  it("intersect a token's scopes with its owner's role", () => {
    expect(tokenPermissions(Role.BUYER, [S.ORDERS_READ])).toEqual([P.ORDERS_READ_OWN, P.PRICES_CONTRACT]);
    expect(tokenPermissions(Role.REQUISITIONER, [S.CATALOG_READ])).toEqual([P.PRICES_CATALOG]);
    // A viewer's token asking to pay gets nothing to pay with.
    expect(tokenPermissions(Role.VIEWER, [S.INVOICES_PAY])).toEqual([P.PRICES_CONTRACT]);
    expect(tokenPermissions(Role.ACCOUNTING, [S.CUSTOMERS_MANAGE])).toEqual([
      P.CREDIT_MANAGE,
      P.PRICES_CONTRACT,
      P.PRICES_CATALOG,
    ]);
    expect(tokenPermissions(Role.BUYER, [])).toEqual([]);
  });

  it('offer a role the scopes that give it something, and the catalog to everyone', () => {
    expect(scopesForRole(Role.BUYER)).toEqual([
      S.CATALOG_READ,
      S.ORDERS_READ,
      S.ORDERS_WRITE,
      S.QUOTES_WRITE,
      S.INVOICES_READ,
      S.INVOICES_PAY,
    ]);
    expect(scopesForRole(Role.APPROVER)).toEqual([S.CATALOG_READ, S.ORDERS_APPROVE, S.INVOICES_READ]);
    expect(scopesForRole(Role.WAREHOUSE)).toEqual([S.CATALOG_READ, S.ORDERS_READ, S.FULFILMENT_MANAGE]);
    for (const role of Object.values(Role))
      for (const scope of scopesForRole(role))
        if (scope !== S.CATALOG_READ)
          expect(scopePermissions(scope).some((p) => permissionsOf(role).includes(p))).toBe(true);
  });

  it('parse scope names, in their canonical order and once each, and name the unknown ones', () => {
    expect(parseTokenScopes(['invoices:pay', 'catalog:read', 'catalog:read', 'users:manage'])).toEqual({
      scopes: [S.CATALOG_READ, S.INVOICES_PAY],
      unknown: ['users:manage'],
    });
  });
});
