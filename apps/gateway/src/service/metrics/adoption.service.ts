import { ratio } from '@portal/domain';
import type { RequestContext } from '../../context';
import { Company, Order, Session, User } from '../../entity';
import { BadInputError } from '../../common/request-errors';

/** The most months one `portalAdoption` request covers. */
export const MAX_ADOPTION_MONTHS = 36;
const RATIO_SCALE = 4;

export interface AdoptionMonth {
  month: string;
  activeAccountShare: string;
  portalOrderShare: string;
  averageOrdersPerActiveUser: string;
  phoneOrders: number;
  totalOrders: number;
}

interface MonthRange {
  month: string;
  start: Date;
  end: Date;
}

/** The calendar months (UTC) from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): MonthRange[] {
  if (to < from) throw new BadInputError(`"to" (${to}) is before "from" (${from}).`);
  const [fy = 0, fm = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1] = to.split('-').map(Number);
  const count = (ty - fy) * 12 + (tm - fm) + 1;
  if (count > MAX_ADOPTION_MONTHS)
    throw new BadInputError(`At most ${MAX_ADOPTION_MONTHS} months at once; this range covers ${count}.`);
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(fy, fm - 1 + i, 1));
    const end = new Date(Date.UTC(fy, fm + i, 1));
    return { month: start.toISOString().slice(0, 10), start, end };
  });
}

/** A timestamp parameter both engines compare with their datetime(3) columns. */
function sqlTimestamp(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

/** a / b rounded half-up to 4 decimals by the domain; 0 when b is 0. */
function share(a: number, b: number): string {
  return ratio(String(a), String(b), RATIO_SCALE);
}

/**
 * Portal adoption per calendar month, for the seller (METRICS_READ):
 * - activeAccountShare: customer companies with at least one portal sign-in (a session started)
 *   in the month, over the customer companies that existed by the month's end;
 * - portalOrderShare: orders submitted in the month through PORTAL or API, over all submitted;
 * - averageOrdersPerActiveUser: those portal orders over the customer users who signed in;
 * - phoneOrders, totalOrders: orders submitted in the month (PHONE; any channel).
 * Months without data are included as zeros. Three grouped statements whatever the range.
 */
export class AdoptionService {
  async portalAdoption(ctx: RequestContext, from: string, to: string): Promise<AdoptionMonth[]> {
    const months = monthsBetween(from, to);
    const bucket = (column: string) =>
      `CASE ${months.map((_, i) => `WHEN ${column} >= :m${i} AND ${column} < :m${i + 1} THEN ${i}`).join(' ')} END`;
    const bounds: Record<string, string> = {};
    months.forEach((m, i) => {
      bounds[`m${i}`] = sqlTimestamp(m.start);
      bounds[`m${i + 1}`] = sqlTimestamp(m.end);
    });
    const rangeStart = bounds.m0;
    const rangeEnd = bounds[`m${months.length}`];

    const [logins, orders, companies] = await Promise.all([
      ctx.db
        .getRepository(Session)
        .createQueryBuilder('s')
        .innerJoin(User, 'u', 'u.id = s.userId')
        .select(bucket('s.createdAt'), 'bucket')
        .addSelect('COUNT(DISTINCT u.companyId)', 'companies')
        .addSelect('COUNT(DISTINCT u.id)', 'users')
        .where('u.companyId IS NOT NULL')
        .andWhere('s.createdAt >= :rangeStart AND s.createdAt < :rangeEnd', { rangeStart, rangeEnd })
        .setParameters(bounds)
        .groupBy('bucket')
        .getRawMany<{ bucket: number | string; companies: number | string; users: number | string }>(),
      ctx.db
        .getRepository(Order)
        .createQueryBuilder('o')
        .select(bucket('o.submittedAt'), 'bucket')
        .addSelect('o.channel', 'channel')
        .addSelect('COUNT(*)', 'orders')
        .where('o.submittedAt >= :rangeStart AND o.submittedAt < :rangeEnd', { rangeStart, rangeEnd })
        .setParameters(bounds)
        .groupBy('bucket')
        .addGroupBy('o.channel')
        .getRawMany<{ bucket: number | string; channel: string; orders: number | string }>(),
      ctx.db
        .getRepository(Company)
        .createQueryBuilder('c')
        .select(bucket('c.createdAt'), 'bucket')
        .addSelect('COUNT(*)', 'companies')
        .where('c.createdAt < :rangeEnd', { rangeEnd })
        .setParameters({ ...bounds, m0: '0000-01-01 00:00:00.000' })
        .groupBy('bucket')
        .getRawMany<{ bucket: number | string; companies: number | string }>(),
    ]);

    return months.map((m, i) => {
      const login = logins.find((r) => Number(r.bucket) === i);
      const monthOrders = orders.filter((r) => Number(r.bucket) === i);
      const count = (channels?: string[]) =>
        monthOrders
          .filter((r) => !channels || channels.includes(r.channel))
          .reduce((sum, r) => sum + Number(r.orders), 0);
      // Companies that existed by the month's end: those created before the range, and in months up to this one.
      const existing = companies
        .filter((r) => Number(r.bucket) <= i)
        .reduce((sum, r) => sum + Number(r.companies), 0);
      const activeCompanies = Number(login?.companies ?? 0);
      const activeUsers = Number(login?.users ?? 0);
      const portalOrders = count(['PORTAL', 'API']);
      const totalOrders = count();
      return {
        month: m.month,
        activeAccountShare: share(activeCompanies, existing),
        portalOrderShare: share(portalOrders, totalOrders),
        averageOrdersPerActiveUser: share(portalOrders, activeUsers),
        phoneOrders: count(['PHONE']),
        totalOrders,
      };
    });
  }
}
