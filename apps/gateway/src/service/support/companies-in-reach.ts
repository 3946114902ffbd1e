import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../context';
import { Company } from '../../entity';

/**
 * The companies a customer's list can reach: their own and its subsidiaries (a parent company's
 * readers see those too). Null for staff: every company.
 */
export async function companiesInReach(ctx: RequestContext): Promise<number[] | null> {
  const viewer = ctx.requireViewer();
  if (viewer.isStaff || viewer.companyId === null) return null;
  const subsidiaries = await ctx.loaders.children(Company, 'parentId', viewer.companyId);
  return [viewer.companyId, ...subsidiaries.map((c) => c.id)];
}

/**
 * Adds `companyId IN (the companies in reach)` to a list already scoped by its access policy.
 * It narrows nothing the policy lets through; it is there for the optimizer: the policy's "or a
 * subsidiary's" (an EXISTS on the company) hides the company from the index, and MariaDB then
 * walks the whole table's date index instead of the company's (company, sort key, id) range.
 */
export async function withinCompaniesInReach<T extends ObjectLiteral>(
  ctx: RequestContext,
  query: SelectQueryBuilder<T>,
  alias: string,
): Promise<void> {
  const companies = await companiesInReach(ctx);
  if (companies) query.andWhere(`${alias}.companyId IN (:...reachCompanies)`, { reachCompanies: companies });
}
