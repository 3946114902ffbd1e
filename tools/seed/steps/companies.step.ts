import { type ApprovalRule, Money, Role } from '@portal/domain';
import { Address, Company, CompanyAccessGroup, CompanyApprovalRule, User } from '../gateway';
import {
  COMPANIES,
  PARENT_COMPANY,
  PORTAL_ROLES,
  type CompanySpec,
  type PortalRole,
  type PricelistKey,
  type TermKey,
} from '../world/demo-world';
import { CURRENCY, DAY, daysAfter, type SeedContext } from '../core/seed-context';
import type { Catalog, SeededProduct } from './catalog.step';
import type { SeededTerm } from './payment-terms.step';
import type { DemoPricing } from './pricelists.step';
import type { ReferenceData } from './reference-data.step';
import { demoUser, type DemoSignIn } from './staff.step';

export interface SeededCompany {
  spec: CompanySpec;
  row: Company;
  users: Record<PortalRole, User>;
  term: SeededTerm;
  shippingAddressIds: number[];
  defaultShippingId: number;
  /** Where each of its addresses is, for the tax of an order shipping there. */
  destinations: ReadonlyMap<number, { countryCode: string; region: string | null }>;
  /** Published products the company may see (its access groups). */
  visible: SeededProduct[];
  /** The company's approval rules as the domain's approvalReasons takes them. */
  approvalRules: ApprovalRule[];
}

/**
 * The customer companies (and Initech's parent), each with one user per portal role, addresses,
 * access groups and approval rules.
 */
export async function seedCompanies(
  ctx: SeedContext,
  world: {
    reference: ReferenceData;
    catalog: Catalog;
    terms: ReadonlyMap<TermKey, SeededTerm>;
    pricing: DemoPricing;
  },
): Promise<{ companies: SeededCompany[]; signIns: DemoSignIn[] }> {
  const { writer } = ctx;
  const { reference, catalog, terms, pricing } = world;
  const createdAt = daysAfter(ctx.now, -365);
  const termOf = (key: TermKey) => terms.get(key) as SeededTerm;
  const companyRow = (
    name: string,
    parentId: number | null,
    pricelist: PricelistKey,
    term: TermKey,
    extra: Partial<Company>,
  ): Company => ({
    id: writer.id(Company),
    name,
    parentId,
    pricelistId: pricing.pricelistIds.get(pricelist) as number,
    paymentTermId: termOf(term).row.id,
    currencyCode: CURRENCY,
    creditLimit: null,
    minimumOrderValue: null,
    taxExempt: false,
    taxExemptionCertificate: null,
    taxExemptionValidFrom: null,
    taxExemptionValidUntil: null,
    taxExemptionDocumentId: null,
    requiresPurchaseOrderNumber: false,
    createdAt,
    creditVersion: 0,
    updatedAt: createdAt,
    ...extra,
  });
  const parent = companyRow(PARENT_COMPANY.name, null, PARENT_COMPANY.pricelist, PARENT_COMPANY.term, {
    creditLimit: '500000.0000',
  });
  const companies: SeededCompany[] = [];
  const rows: Company[] = [];
  const users: User[] = [];
  const signIns: DemoSignIn[] = [];
  const parentBilling = PARENT_COMPANY.billingAddress;
  const addresses: Address[] = [
    {
      id: writer.id(Address),
      companyId: parent.id,
      label: parentBilling.label,
      line1: parentBilling.line1,
      line2: parentBilling.line2,
      city: parentBilling.city,
      region: parentBilling.region,
      postalCode: parentBilling.postalCode,
      countryCode: 'US',
      isDefaultShipping: false,
      isDefaultBilling: true,
    },
  ];
  const memberships: CompanyAccessGroup[] = [];
  const approvalRules: CompanyApprovalRule[] = [];
  for (const spec of COMPANIES) {
    const row = companyRow(spec.name, spec.key === 'initech' ? parent.id : null, spec.pricelist, spec.term, {
      creditLimit: spec.creditLimit,
      minimumOrderValue: spec.minimumOrderValue,
      taxExempt: spec.taxExemptionCertificate !== null,
      taxExemptionCertificate: spec.taxExemptionCertificate,
    });
    rows.push(row);
    const companyUsers = {} as Record<PortalRole, User>;
    for (const { role, local } of PORTAL_ROLES) {
      const email = `${local}@${spec.domain}`;
      const user = demoUser(ctx, {
        email,
        name: spec.people[role],
        role: Role[role],
        companyId: row.id,
        createdAt: new Date(createdAt.getTime() + DAY),
      });
      companyUsers[role] = user;
      users.push(user);
      signIns.push({ email, name: user.name, role, company: spec.name });
    }
    const shippingAddressIds: number[] = [];
    const destinations = new Map<number, { countryCode: string; region: string | null }>();
    let defaultShippingId = 0;
    for (const a of spec.addresses) {
      const id = writer.id(Address);
      addresses.push({
        id,
        companyId: row.id,
        label: a.label,
        line1: a.line1,
        line2: a.line2,
        city: a.city,
        region: a.region,
        postalCode: a.postalCode,
        countryCode: 'US',
        isDefaultShipping: a.defaultShipping,
        isDefaultBilling: a.label.startsWith('Billing'),
      });
      destinations.set(id, { countryCode: 'US', region: a.region });
      if (!a.label.startsWith('Billing')) shippingAddressIds.push(id);
      if (a.defaultShipping) defaultShippingId = id;
    }
    for (const code of spec.accessGroups) {
      memberships.push({
        id: writer.id(CompanyAccessGroup),
        companyId: row.id,
        accessGroupId: reference.accessGroupIds.get(code) as number,
      });
    }
    for (const r of spec.approvalRules) {
      approvalRules.push({
        id: writer.id(CompanyApprovalRule),
        companyId: row.id,
        orderTotalAbove: r.orderTotalAbove ?? null,
        lineCountAbove: r.lineCountAbove ?? null,
        categoryId: r.category ? (catalog.categoryIds.get(r.category) as number) : null,
      });
    }
    const groups = new Set<string>(spec.accessGroups);
    companies.push({
      spec,
      row,
      users: companyUsers,
      term: termOf(spec.term),
      shippingAddressIds,
      defaultShippingId,
      destinations,
      approvalRules: spec.approvalRules.map((r) => ({
        orderTotalAbove: r.orderTotalAbove ? Money.of(r.orderTotalAbove, CURRENCY) : null,
        lineCountAbove: r.lineCountAbove ?? null,
        category: r.category ? { id: String(catalog.categoryIds.get(r.category)), name: r.category } : null,
      })),
      visible: catalog.products.filter(
        (p) =>
          p.row.published &&
          (p.spec.accessGroups.length === 0 || p.spec.accessGroups.some((g) => groups.has(g))),
      ),
    });
  }
  await writer.insert(Company, [parent]);
  await writer.insert(Company, rows);
  await writer.insert(User, users);
  await writer.insert(Address, addresses);
  await writer.insert(CompanyAccessGroup, memberships);
  await writer.insert(CompanyApprovalRule, approvalRules);
  return { companies, signIns };
}
