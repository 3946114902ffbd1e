import { creditScope, inheritedList, inheritedValue } from '@portal/domain';
import { In } from 'typeorm';
import type { RequestContext } from '../../context';
import { Company, CompanyApprovalRule, CompanySettings, Pricelist } from '../../entity';

/*
 * Parent companies, read through the domain's rules (inheritedValue, inheritedList,
 * creditScope): what a subsidiary without settings of its own takes from its parent, and whose
 * credit limit an order counts against. Reads go through the caller's context (inside a
 * transaction: its manager).
 */

/** The company's parent, or null. */
export async function parentOf(ctx: RequestContext, company: Company): Promise<Company | null> {
  return company.parentId === null ? null : ctx.db.getRepository(Company).findOneBy({ id: company.parentId });
}

/** The pricelist a company buys from: its own, else its parent's. */
export async function effectivePricelist(ctx: RequestContext, company: Company): Promise<Pricelist | null> {
  const parent = await parentOf(ctx, company);
  const id = inheritedValue(company.pricelistId, parent?.pricelistId);
  return id === null ? null : ctx.db.getRepository(Pricelist).findOneBy({ id });
}

/** The payment term of a company's invoices: its own, else its parent's. */
export async function effectivePaymentTermId(ctx: RequestContext, company: Company): Promise<number | null> {
  if (company.paymentTermId !== null) return company.paymentTermId; // no read of the parent
  return inheritedValue(company.paymentTermId, (await parentOf(ctx, company))?.paymentTermId);
}

/** The approval rules of a company's orders: its own if it has any, else its parent's. */
export async function effectiveApprovalRules(
  ctx: RequestContext,
  company: Company,
): Promise<readonly CompanyApprovalRule[]> {
  const rulesOf = (companyId: number) =>
    ctx.db.getRepository(CompanyApprovalRule).find({ where: { companyId }, order: { id: 'ASC' } });
  const own = await rulesOf(company.id);
  if (own.length > 0 || company.parentId === null) return own;
  return inheritedList(own, await rulesOf(company.parentId));
}

/**
 * Whose credit limit the company's orders count against: `lockCompanyId` is the row placements
 * lock (the parent's for a shared limit), `companyIds` the companies whose exposure counts.
 */
export async function creditAccountOf(
  ctx: RequestContext,
  companyId: number,
): Promise<{ lockCompanyId: number; creditLimit: string | null; companyIds: number[] }> {
  const companies = ctx.db.getRepository(Company);
  const company = await companies.findOneByOrFail({ id: companyId });
  const parent = await parentOf(ctx, company);
  const settings = await ctx.db
    .getRepository(CompanySettings)
    .findBy({ companyId: In([company.id, ...(parent ? [parent.id] : [])]) });
  const shares = (id: number) => settings.find((s) => s.companyId === id)?.sharedCreditLimit ?? false;
  const account = (c: Company) => ({
    companyId: c.id,
    parentId: c.parentId,
    creditLimit: c.creditLimit,
    sharesCreditLimit: shares(c.id),
  });
  const scope = creditScope(account(company), parent ? account(parent) : null);
  if (!scope.pooled)
    return { lockCompanyId: company.id, creditLimit: scope.creditLimit, companyIds: [company.id] };
  const subsidiaries = await companies.find({
    select: { id: true },
    where: { parentId: scope.limitCompanyId },
  });
  return {
    lockCompanyId: scope.limitCompanyId,
    creditLimit: scope.creditLimit,
    companyIds: [scope.limitCompanyId, ...subsidiaries.map((c) => c.id)],
  };
}
