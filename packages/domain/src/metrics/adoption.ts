import { dec, toDecimalString } from '../money/decimal';
import { ratio } from '../money/ratio';
import { roundToScale } from '../money/rounding';

/** Shares (0..1) and changes carry 4 decimals; "per 100 orders" and averages carry 2. */
const SHARE_SCALE = 4;
const RATE_SCALE = 2;

/**
 * What the database counted for one calendar month of the portal's adoption programme.
 * Portal orders are those placed through the portal or the API (PORTAL and API channels).
 */
export interface AdoptionMonthCounts {
  /** Customer companies that existed by the month's end. */
  companies: number;
  /** Customer companies that had at least one portal user (an account that was activated) by the month's end. */
  accountsWithPortalUsers: number;
  /** Customer companies with at least one portal sign-in in the month. */
  signedInCompanies: number;
  /** Customer users who signed in in the month. */
  activeUsers: number;
  /** Customer companies that submitted at least one portal order in the month. */
  orderingAccounts: number;
  portalOrders: number;
  phoneOrders: number;
  /** Every submitted order of the month, whatever its channel. */
  totalOrders: number;
  /** Delivery issues reported on orders in the month (the article's "support tickets"). */
  issueReports: number;
}

/** The adoption figures of a month, as fixed-scale decimal strings. */
export interface AdoptionMonthFigures {
  /** Companies that signed in over the companies that existed (the contract's login-based share). */
  activeAccountShare: string;
  /** The article's active accounts: companies with portal users that ordered through the portal, over those companies. */
  orderingAccountShare: string;
  portalOrderShare: string;
  averageOrdersPerActiveUser: string;
  issueReportsPer100Orders: string;
  /** This month's portal order share minus the previous month's (percentage points as a 0..1 difference); null without a previous month. */
  portalOrderShareChange: string | null;
  /** Phone orders against the baseline's monthly average: (this − average) / average; null without a baseline or with an average of 0. */
  phoneOrderChange: string | null;
}

export function portalOrderShare(counts: Pick<AdoptionMonthCounts, 'portalOrders' | 'totalOrders'>): string {
  return ratio(String(counts.portalOrders), String(counts.totalOrders), SHARE_SCALE);
}

/** The average phone orders per month of a baseline period, 2 decimals half-up. */
export function baselineMonthlyAverage(phoneOrders: number, months: number): string {
  if (!Number.isInteger(months) || months <= 0) throw new RangeError('A baseline covers at least one month.');
  return ratio(String(phoneOrders), String(months), RATE_SCALE);
}

/**
 * The figures of one month. `previous` is the month before (for the trend of the portal order
 * share); `baselineAverage` the seller's baseline of phone orders per month.
 */
export function adoptionMonthFigures(
  counts: AdoptionMonthCounts,
  previous: AdoptionMonthCounts | null,
  baselineAverage: string | null,
): AdoptionMonthFigures {
  const share = portalOrderShare(counts);
  const phoneOrderChange =
    baselineAverage === null || dec(baselineAverage).isZero()
      ? null
      : toDecimalString(
          roundToScale(
            dec(String(counts.phoneOrders)).minus(baselineAverage).div(baselineAverage),
            SHARE_SCALE,
            'half-up',
          ),
          SHARE_SCALE,
        );
  return {
    activeAccountShare: ratio(String(counts.signedInCompanies), String(counts.companies), SHARE_SCALE),
    orderingAccountShare: ratio(
      String(counts.orderingAccounts),
      String(counts.accountsWithPortalUsers),
      SHARE_SCALE,
    ),
    portalOrderShare: share,
    averageOrdersPerActiveUser: ratio(String(counts.portalOrders), String(counts.activeUsers), SHARE_SCALE),
    issueReportsPer100Orders: ratio(
      String(counts.issueReports * 100),
      String(counts.totalOrders),
      RATE_SCALE,
    ),
    portalOrderShareChange:
      previous === null ? null : toDecimalString(dec(share).minus(portalOrderShare(previous)), SHARE_SCALE),
    phoneOrderChange,
  };
}
