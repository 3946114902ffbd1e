import type { DataSource } from 'typeorm';
import { Role } from '@portal/domain';
import { hashPassword } from '../auth/password';
import { AccessGroup, Address, Company, CompanyAccessGroup, PaymentTerm, Pricelist, User } from '../entity';

export interface FixtureCompany {
  company: Company;
  /** Users by portal role: admin, buyer, approver, viewer, requisitioner. */
  users: Record<'PORTAL_ADMIN' | 'BUYER' | 'APPROVER' | 'VIEWER' | 'REQUISITIONER', User>;
  domain: string;
}

export interface AccessFixture {
  acme: FixtureCompany;
  globex: FixtureCompany;
  staff: Record<'SALES' | 'WAREHOUSE' | 'ACCOUNTING' | 'STAFF_ADMIN', User>;
}

const PORTAL_USERS = [
  [Role.PORTAL_ADMIN, 'admin'],
  [Role.BUYER, 'buyer'],
  [Role.APPROVER, 'approver'],
  [Role.VIEWER, 'viewer'],
  [Role.REQUISITIONER, 'requisitioner'],
] as const;

/**
 * The small, fixed world the access e2e tests run in: two customer companies with one user per
 * portal role, and one staff user per staff role, all with the same password.
 */
export async function seedAccessFixture(
  ds: DataSource,
  now: Date,
  password: string,
  passwordHashCost?: number,
): Promise<AccessFixture> {
  const passwordHash = await hashPassword(password, passwordHashCost);
  return ds.transaction(async (em) => {
    const term = await em.getRepository(PaymentTerm).save({
      name: 'Net 30',
      netDays: 30,
      endOfMonth: false,
      earlyPaymentDiscountPercent: null,
      earlyPaymentDiscountDays: null,
      createdAt: now,
    });
    const pricelist = await em.getRepository(Pricelist).save({
      name: 'Gold tier',
      currencyCode: 'USD',
      showsCatalogPrices: false,
      portalDiscountPercent: null,
      createdAt: now,
      updatedAt: now,
    });
    const group = await em.getRepository(AccessGroup).save({ code: 'restaurants', name: 'Restaurants' });

    const makeCompany = async (name: string, domain: string): Promise<FixtureCompany> => {
      const company = await em.getRepository(Company).save({
        name,
        parentId: null,
        pricelistId: pricelist.id,
        paymentTermId: term.id,
        currencyCode: 'USD',
        creditLimit: '50000',
        minimumOrderValue: '250',
        taxExempt: false,
        taxExemptionCertificate: null,
        createdAt: now,
        updatedAt: now,
      });
      await em.getRepository(Address).save({
        companyId: company.id,
        label: 'Head office',
        line1: '1 Main Street',
        line2: null,
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
        countryCode: 'US',
        isDefaultShipping: true,
      });
      const users = {} as FixtureCompany['users'];
      for (const [role, local] of PORTAL_USERS) {
        users[role] = await em.getRepository(User).save({
          email: `${local}@${domain}`,
          name: `${name.split(' ')[0]} ${local.charAt(0).toUpperCase()}${local.slice(1)}`,
          role,
          status: 'ACTIVE',
          companyId: company.id,
          passwordHash,
          lastLoginAt: null,
          createdAt: now,
          updatedAt: now,
        });
      }
      return { company, users, domain };
    };

    const acme = await makeCompany('Acme Restaurant Group', 'acme.example');
    const globex = await makeCompany('Globex Chemicals', 'globex.example');
    await em.getRepository(CompanyAccessGroup).save({ companyId: acme.company.id, accessGroupId: group.id });

    const staff = {} as AccessFixture['staff'];
    for (const role of [Role.SALES, Role.WAREHOUSE, Role.ACCOUNTING, Role.STAFF_ADMIN] as const) {
      const local = role === Role.STAFF_ADMIN ? 'admin' : role.toLowerCase();
      staff[role] = await em.getRepository(User).save({
        email: `${local}@seller.example`,
        name: `Seller ${local}`,
        role,
        status: 'ACTIVE',
        companyId: null,
        passwordHash,
        lastLoginAt: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    return { acme, globex, staff };
  });
}
