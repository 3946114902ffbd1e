import {
  type AdoptionMonthCounts,
  type AdoptionMonthFigures,
  adoptionMonthFigures,
  baselineMonthlyAverage,
} from '@portal/domain';
import type { RequestContext } from '../../context';
import { Company, Order, OrderEvent, Session, User } from '../../entity';
import { BadInputError } from '../../common/request-errors';

/** The most months one `portalAdoption` request (and its baseline) covers. */
export const MAX_ADOPTION_MONTHS = 36;

/** Channels that count as portal orders. */
const PORTAL_CHANNELS = ['PORTAL', 'API'];
/** Users who have been portal users: their account was activated (a disabled user was one). */
const PORTAL_USER_STATUSES = ['ACTIVE', 'DISABLED'];

export interface AdoptionMonth extends AdoptionMonthCounts, AdoptionMonthFigures {
  month: string;
  /** The baseline's phone orders per month; null without a baseline. */
  phoneOrderBaselineAverage: string | null;
}

/** The seller's baseline period for phone orders: both dates or neither. */
export interface AdoptionBaseline {
  from?: string | null;
  to?: string | null;
}

interface MonthRange {
  month: string;
  start: Date;
  end: Date;
}

/** The calendar months (UTC) from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string, limit = MAX_ADOPTION_MONTHS): MonthRange[] {
  if (to < from) throw new BadInputError(`"to" (${to}) is before "from" (${from}).`);
  const [fy = 0, fm = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1] = to.split('-').map(Number);
  const count = (ty - fy) * 12 + (tm - fm) + 1;
  if (count > limit)
    throw new BadInputError(`At most ${MAX_ADOPTION_MONTHS} months at once; this range covers ${count}.`);
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(fy, fm - 1 + i, 1));
    const end = new Date(Date.UTC(fy, fm + i, 1));
    return { month: start.toISOString().slice(0, 10), start, end };
  });
}

/** The month before `month` ("2026-01-01" → "2025-12-01"). */
function previousMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
}

/** A timestamp parameter both engines compare with their datetime(3) columns. */
function sqlTimestamp(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

const EPOCH = '0000-01-01 00:00:00.000';

type Row = Record<string, number | string | null>;

/**
 * Portal adoption per calendar month, for the seller (METRICS_READ), as the adoption article
 * measures it:
 * - activeAccountShare (the contract's): customer companies with a portal sign-in in the month,
 *   over the customer companies that existed by the month's end;
 * - orderingAccountShare (the article's "active accounts"): companies with portal users that
 *   submitted at least one portal (PORTAL or API) order in the month, over the companies that had
 *   portal users (an activated account) by the month's end;
 * - portalOrderShare: portal orders over all orders submitted in the month;
 * - averageOrdersPerActiveUser: portal orders over the customer users who signed in;
 * - issueReportsPer100Orders: delivery issues reported in the month per 100 submitted orders;
 * - phoneOrderChange: the month's phone orders against the monthly average of a baseline period
 *   the seller picks; portalOrderShareChange: the trend against the month before.
 * Months without data are included as zeros. Six grouped statements whatever the range, six
 * more for a baseline.
 */
export class AdoptionService {
  async portalAdoption(
    ctx: RequestContext,
    from: string,
    to: string,
    baseline: AdoptionBaseline = {},
  ): Promise<AdoptionMonth[]> {
    if (!baseline.from !== !baseline.to)
      throw new BadInputError('Give both baselineFrom and baselineTo, or neither.');
    const requested = monthsBetween(from, to);
    const baselineMonths = baseline.from && baseline.to ? monthsBetween(baseline.from, baseline.to) : [];
    // The month before the range gives the first month its trend.
    const first = requested[0];
    const months = first
      ? [...monthsBetween(previousMonth(first.month), previousMonth(first.month)), ...requested]
      : requested;
    const counts = await this.countMonths(ctx, months);
    const baselineAverage = baselineMonths.length
      ? baselineMonthlyAverage(
          (await this.countMonths(ctx, baselineMonths)).reduce((sum, m) => sum + m.phoneOrders, 0),
          baselineMonths.length,
        )
      : null;
    return requested.map((m, i) => {
      const current = counts[i + 1] as AdoptionMonthCounts;
      const previous = counts[i] as AdoptionMonthCounts;
      return {
        month: m.month,
        ...current,
        ...adoptionMonthFigures(current, previous, baselineAverage),
        phoneOrderBaselineAverage: baselineAverage,
      };
    });
  }

  /** The counts of each month, in grouped statements (one row per month and group). */
  private async countMonths(ctx: RequestContext, months: MonthRange[]): Promise<AdoptionMonthCounts[]> {
    const bucket = (column: string) =>
      `CASE ${months.map((_, i) => `WHEN ${column} >= :m${i} AND ${column} < :m${i + 1} THEN ${i}`).join(' ')} END`;
    const bounds: Record<string, string> = {};
    months.forEach((m, i) => {
      bounds[`m${i}`] = sqlTimestamp(m.start);
      bounds[`m${i + 1}`] = sqlTimestamp(m.end);
    });
    const rangeStart = bounds.m0;
    const rangeEnd = bounds[`m${months.length}`];
    // Counted by the month they started in, from the beginning of time: "existed by the month's end".
    const sinceEver = { ...bounds, m0: EPOCH };

    const [logins, orders, companies, portalAccounts, issues] = await Promise.all([
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
        .getRawMany<Row>(),
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
        .getRawMany<Row>(),
      ctx.db
        .getRepository(Company)
        .createQueryBuilder('c')
        .select(bucket('c.createdAt'), 'bucket')
        .addSelect('COUNT(*)', 'companies')
        .where('c.createdAt < :rangeEnd', { rangeEnd })
        .setParameters(sinceEver)
        .groupBy('bucket')
        .getRawMany<Row>(),
      // Each company counted once, in the month its first portal user was created.
      ctx.db
        .createQueryBuilder()
        .select(bucket('firstUser.since'), 'bucket')
        .addSelect('COUNT(*)', 'companies')
        .from(
          (sub) =>
            sub
              .select('u.companyId', 'companyId')
              .addSelect('MIN(u.createdAt)', 'since')
              .from(User, 'u')
              .where('u.companyId IS NOT NULL')
              .andWhere('u.status IN (:...portalUserStatuses)', { portalUserStatuses: PORTAL_USER_STATUSES })
              .groupBy('u.companyId'),
          'firstUser',
        )
        .where('firstUser.since < :rangeEnd', { rangeEnd })
        .setParameters(sinceEver)
        .groupBy('bucket')
        .getRawMany<Row>(),
      ctx.db
        .getRepository(OrderEvent)
        .createQueryBuilder('e')
        .select(bucket('e.at'), 'bucket')
        .addSelect('COUNT(*)', 'issues')
        .where("e.kind = 'ISSUE_REPORTED'")
        .andWhere('e.at >= :rangeStart AND e.at < :rangeEnd', { rangeStart, rangeEnd })
        .setParameters(bounds)
        .groupBy('bucket')
        .getRawMany<Row>(),
    ]);

    // Portal orders per month again, but counting each company once across PORTAL and API.
    const orderingAccounts = await ctx.db
      .getRepository(Order)
      .createQueryBuilder('o')
      .select(bucket('o.submittedAt'), 'bucket')
      .addSelect('COUNT(DISTINCT o.companyId)', 'companies')
      .where('o.submittedAt >= :rangeStart AND o.submittedAt < :rangeEnd', { rangeStart, rangeEnd })
      .andWhere('o.channel IN (:...portalChannels)', { portalChannels: PORTAL_CHANNELS })
      .setParameters(bounds)
      .groupBy('bucket')
      .getRawMany<Row>();

    const inMonth = (rows: Row[], i: number) => rows.filter((r) => Number(r.bucket) === i);
    const sum = (rows: Row[], column: string) => rows.reduce((total, r) => total + Number(r[column] ?? 0), 0);
    const upTo = (rows: Row[], i: number, column: string) =>
      sum(
        rows.filter((r) => r.bucket !== null && Number(r.bucket) <= i),
        column,
      );
    return months.map((_, i) => {
      const monthOrders = inMonth(orders, i);
      const ofChannels = (channels?: string[]) =>
        sum(
          monthOrders.filter((r) => !channels || channels.includes(String(r.channel))),
          'orders',
        );
      return {
        companies: upTo(companies, i, 'companies'),
        accountsWithPortalUsers: upTo(portalAccounts, i, 'companies'),
        signedInCompanies: sum(inMonth(logins, i), 'companies'),
        activeUsers: sum(inMonth(logins, i), 'users'),
        orderingAccounts: sum(inMonth(orderingAccounts, i), 'companies'),
        portalOrders: ofChannels(PORTAL_CHANNELS),
        phoneOrders: ofChannels(['PHONE']),
        totalOrders: ofChannels(),
        issueReports: sum(inMonth(issues, i), 'issues'),
      };
    });
  }
}
