import { describe, expect, it } from 'vitest';
import type { AdoptionMonthFieldsFragment } from '../../gql/graphql';
import {
  ADOPTION_CSV_COLUMNS,
  adoptionCsv,
  changeText,
  chartRows,
  defaultRange,
  monthLabel,
  percentText,
  pointsText,
} from './adoption';

const november: AdoptionMonthFieldsFragment = {
  __typename: 'AdoptionMonth',
  month: '2026-11-01',
  activeAccountShare: '0.3333',
  portalOrderShare: '0.75',
  averageOrdersPerActiveUser: '1.666',
  phoneOrders: 4,
  totalOrders: 16,
  accountsWithPortalUsers: 3,
  orderingAccounts: 2,
  orderingAccountShare: '0.6667',
  portalOrders: 12,
  activeUsers: 7,
  issueReports: 1,
  issueReportsPer100Orders: '6.25',
  portalOrderShareChange: '-0.0500',
  phoneOrderBaselineAverage: '8.00',
  phoneOrderChange: '-0.5000',
};

describe('adoption figures', () => {
  it('formats shares as percentages with exact decimals, trends as signed points', () => {
    expect(percentText('0.4235')).toBe('42.4%');
    expect(percentText('1')).toBe('100.0%');
    expect(monthLabel('2026-03-01')).toBe('Mar 2026');
    expect(pointsText('-0.0500')).toBe('−5.0 pts');
    expect(pointsText('0.1234')).toBe('+12.3 pts');
    expect(changeText('-0.5000')).toBe('−50.0%');
    expect(changeText('0.0000')).toBe('±0.0%');
  });

  it('builds chart rows and a twelve-month default range', () => {
    expect(chartRows([november])).toEqual([
      {
        month: 'Nov 2026',
        orderingAccountShare: 66.7,
        activeAccountShare: 33.3,
        portalOrderShare: 75,
        ordersPerActiveUser: 1.67,
        phoneOrders: 4,
        issueReportsPer100Orders: 6.25,
      },
    ]);
    expect(defaultRange('2026-11-27')).toEqual({ from: '2025-12-01', to: '2026-11-27' });
    expect(defaultRange('2026-12-05')).toEqual({ from: '2026-01-01', to: '2026-12-05' });
  });

  it('exports the monthly table as CSV with exact figures', () => {
    const first = {
      ...november,
      month: '2026-10-01',
      portalOrderShareChange: null,
      phoneOrderChange: null,
      phoneOrderBaselineAverage: null,
    };
    const lines = adoptionCsv([first, november]).split('\r\n');
    expect(lines).toHaveLength(4); // header, two months, the final line break
    expect(lines[0]?.split(',')).toEqual([...ADOPTION_CSV_COLUMNS]);
    expect(lines[1]).toBe('2026-10,3,2,66.67,33.33,12,16,75.00,,7,1.666,1,6.25,4,,');
    expect(lines[2]).toBe('2026-11,3,2,66.67,33.33,12,16,75.00,-5.00,7,1.666,1,6.25,4,8.00,-50.00');
    expect(lines[3]).toBe('');
  });
});
