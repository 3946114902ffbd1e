import { chartNumber, formatPercent, formatShareChange, sharePercentNumber } from '@portal/domain';
import type { AdoptionMonthFieldsFragment } from '../../gql/graphql';

/** "0.4235" → "42.4%" (the domain's formatPercent, half-up). */
export function percentText(share: string): string {
  return formatPercent(share, 1);
}

/** The trend of a share: "−42.9 pts". */
export function pointsText(change: string): string {
  return formatShareChange(change);
}

/** A relative change: "−25.0%". */
export function changeText(change: string): string {
  return formatShareChange(change, { relative: true });
}

/** "2026-03-01" → "Mar 2026" (UTC; no time-zone shift). */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(m) - 1] ?? m} ${y}`;
}

export interface AdoptionChartRow {
  month: string;
  orderingAccountShare: number;
  activeAccountShare: number;
  portalOrderShare: number;
  ordersPerActiveUser: number;
  phoneOrders: number;
  issueReportsPer100Orders: number;
}

/**
 * Rows for the charts. Charts plot numbers; these are ratios and counts for display only
 * (rounded to 0.1 % and 0.01), never used in further arithmetic.
 */
export function chartRows(months: readonly AdoptionMonthFieldsFragment[]): AdoptionChartRow[] {
  return months.map((m) => ({
    month: monthLabel(m.month),
    orderingAccountShare: chartNumber(m.orderingAccountShare, 1, true),
    activeAccountShare: chartNumber(m.activeAccountShare, 1, true),
    portalOrderShare: chartNumber(m.portalOrderShare, 1, true),
    ordersPerActiveUser: chartNumber(m.averageOrdersPerActiveUser, 2),
    phoneOrders: m.phoneOrders,
    issueReportsPer100Orders: chartNumber(m.issueReportsPer100Orders, 2),
  }));
}

/** The default range: the twelve months up to and including today's. */
export function defaultRange(today: string): { from: string; to: string } {
  const [y = 0, m = 1] = today.split('-').map(Number);
  const fromMonth = m - 11;
  const fromYear = fromMonth <= 0 ? y - 1 : y;
  const fm = fromMonth <= 0 ? fromMonth + 12 : fromMonth;
  return { from: `${fromYear}-${String(fm).padStart(2, '0')}-01`, to: today };
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const ADOPTION_CSV_COLUMNS = [
  'Month',
  'Companies with portal users',
  'Active accounts (ordered in the portal)',
  'Active accounts %',
  'Signed-in accounts %',
  'Portal orders',
  'All orders',
  'Portal orders %',
  'Portal orders % change (pts)',
  'Active users',
  'Orders per active user',
  'Issue reports',
  'Issue reports per 100 orders',
  'Phone orders',
  'Phone orders baseline (per month)',
  'Phone orders vs baseline %',
] as const;

/** The monthly table as CSV (exact figures, percentages as numbers), one row per month. */
export function adoptionCsv(months: readonly AdoptionMonthFieldsFragment[]): string {
  const rows = months.map((m) => [
    m.month.slice(0, 7),
    m.accountsWithPortalUsers,
    m.orderingAccounts,
    sharePercentNumber(m.orderingAccountShare),
    sharePercentNumber(m.activeAccountShare),
    m.portalOrders,
    m.totalOrders,
    sharePercentNumber(m.portalOrderShare),
    m.portalOrderShareChange === null ? null : sharePercentNumber(m.portalOrderShareChange),
    m.activeUsers,
    m.averageOrdersPerActiveUser,
    m.issueReports,
    m.issueReportsPer100Orders,
    m.phoneOrders,
    m.phoneOrderBaselineAverage,
    m.phoneOrderChange === null ? null : sharePercentNumber(m.phoneOrderChange),
  ]);
  return [ADOPTION_CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
