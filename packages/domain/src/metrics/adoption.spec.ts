import { describe, expect, it } from 'vitest';
import { type AdoptionMonthCounts, adoptionMonthFigures, baselineMonthlyAverage } from './adoption';

const month = (counts: Partial<AdoptionMonthCounts>): AdoptionMonthCounts => ({
  companies: 0,
  accountsWithPortalUsers: 0,
  signedInCompanies: 0,
  activeUsers: 0,
  orderingAccounts: 0,
  portalOrders: 0,
  phoneOrders: 0,
  totalOrders: 0,
  issueReports: 0,
  ...counts,
});

describe('adoption figures', () => {
  it('computes the article’s ratios, half-up, as fixed-scale strings', () => {
    const october = month({
      companies: 4,
      accountsWithPortalUsers: 3,
      signedInCompanies: 2,
      activeUsers: 3,
      orderingAccounts: 2,
      portalOrders: 4,
      phoneOrders: 1,
      totalOrders: 7,
      issueReports: 1,
    });
    expect(adoptionMonthFigures(october, null, null)).toEqual({
      activeAccountShare: '0.5000',
      orderingAccountShare: '0.6667',
      portalOrderShare: '0.5714',
      averageOrdersPerActiveUser: '1.3333',
      issueReportsPer100Orders: '14.29',
      portalOrderShareChange: null,
      phoneOrderChange: null,
    });
  });

  it('gives zeros, not errors, for empty months, and a trend against the previous month', () => {
    const empty = month({});
    const previous = month({ portalOrders: 1, totalOrders: 4 });
    expect(adoptionMonthFigures(empty, previous, '2.00')).toMatchObject({
      activeAccountShare: '0.0000',
      orderingAccountShare: '0.0000',
      portalOrderShare: '0.0000',
      issueReportsPer100Orders: '0.00',
      portalOrderShareChange: '-0.2500',
      phoneOrderChange: '-1.0000',
    });
  });

  it('measures phone orders against the baseline’s monthly average', () => {
    expect(baselineMonthlyAverage(10, 3)).toBe('3.33');
    expect(adoptionMonthFigures(month({ phoneOrders: 5 }), null, '3.33').phoneOrderChange).toBe('0.5015');
    expect(adoptionMonthFigures(month({ phoneOrders: 2 }), null, '4.00').phoneOrderChange).toBe('-0.5000');
    expect(adoptionMonthFigures(month({ phoneOrders: 2 }), null, '0.00').phoneOrderChange).toBeNull();
    expect(() => baselineMonthlyAverage(3, 0)).toThrow(RangeError);
  });
});
