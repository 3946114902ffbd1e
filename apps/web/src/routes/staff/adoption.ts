import { chartNumber, formatPercent } from '@portal/domain';
import type { AdoptionMonthFieldsFragment } from '../../gql/graphql';

/** "0.4235" → "42.4%" (the domain's formatPercent, half-up). */
export function percentText(share: string): string {
  return formatPercent(share, 1);
}

/** "2026-03-01" → "Mar 2026" (UTC; no time-zone shift). */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(m) - 1] ?? m} ${y}`;
}

export interface AdoptionChartRow {
  month: string;
  activeAccountShare: number;
  portalOrderShare: number;
  ordersPerActiveUser: number;
  phoneOrders: number;
}

/**
 * Rows for the charts. Charts plot numbers; these are ratios and counts for display only
 * (rounded to 0.1 % and 0.01), never used in further arithmetic.
 */
export function chartRows(months: readonly AdoptionMonthFieldsFragment[]): AdoptionChartRow[] {
  return months.map((m) => ({
    month: monthLabel(m.month),
    activeAccountShare: chartNumber(m.activeAccountShare, 1, true),
    portalOrderShare: chartNumber(m.portalOrderShare, 1, true),
    ordersPerActiveUser: chartNumber(m.averageOrdersPerActiveUser, 2),
    phoneOrders: m.phoneOrders,
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
