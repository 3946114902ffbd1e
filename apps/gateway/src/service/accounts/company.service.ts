import { Brackets } from 'typeorm';
import { Permission } from '@portal/domain';
import type { RequestContext } from '../../context';
import { Company } from '../../entity';
import { pageRequest, toConnection, type Connection } from '../../common/connection';
import { escapeLike } from '../support/like';

/** Customer companies: a contact sees their own company (and its parent's name); staff see all. */
export class CompanyService {
  async findVisible(ctx: RequestContext, id: number): Promise<Company | null> {
    const viewer = ctx.requireViewer();
    if (!viewer.isStaff && !(await this.isOwnOrAncestor(ctx, viewer.companyId, id))) return null;
    return ctx.loaders.load(Company, id);
  }

  /** Staff list of customer companies, searchable by name, alphabetical. */
  async list(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; search?: string | null },
  ): Promise<Connection<Company>> {
    const viewer = ctx.requireViewer();
    if (!viewer.canAny(Permission.CUSTOMERS_MANAGE, Permission.INVOICING_MANAGE))
      throw new Error('companies() reached without CUSTOMERS_MANAGE or INVOICING_MANAGE');
    const page = pageRequest(args.first, args.after);
    const query = ctx.db.getRepository(Company).createQueryBuilder('company');
    const search = args.search?.trim();
    if (search) {
      query.where(
        new Brackets((qb) =>
          qb.where(`LOWER(company.name) LIKE :search ESCAPE '!'`, {
            search: `%${escapeLike(search.toLowerCase())}%`,
          }),
        ),
      );
    }
    const [companies, total] = await query
      .orderBy('company.name', 'ASC')
      .addOrderBy('company.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return toConnection(companies, total, page);
  }

  private async isOwnOrAncestor(
    ctx: RequestContext,
    ownCompanyId: number | null,
    id: number,
  ): Promise<boolean> {
    let current = ownCompanyId;
    for (let depth = 0; current !== null && depth < 10; depth++) {
      if (current === id) return true;
      const company: Company | null = await ctx.loaders.load(Company, current);
      current = company?.parentId ?? null;
    }
    return false;
  }
}
