import { describe, expect, it } from 'vitest';
import { chartRows, defaultRange, monthLabel, percentText } from './adoption';

describe('adoption figures', () => {
  it('formats shares as percentages with exact decimals', () => {
    expect(percentText('0.4235')).toBe('42.4%');
    expect(percentText('1')).toBe('100.0%');
    expect(monthLabel('2026-03-01')).toBe('Mar 2026');
  });

  it('builds chart rows and a twelve-month default range', () => {
    expect(
      chartRows([
        {
          __typename: 'AdoptionMonth',
          month: '2026-11-01',
          activeAccountShare: '0.3333',
          portalOrderShare: '0.75',
          averageOrdersPerActiveUser: '1.666',
          phoneOrders: 4,
          totalOrders: 16,
        },
      ]),
    ).toEqual([
      {
        month: 'Nov 2026',
        activeAccountShare: 33.3,
        portalOrderShare: 75,
        ordersPerActiveUser: 1.67,
        phoneOrders: 4,
      },
    ]);
    expect(defaultRange('2026-11-27')).toEqual({ from: '2025-12-01', to: '2026-11-27' });
    expect(defaultRange('2026-12-05')).toEqual({ from: '2026-01-01', to: '2026-12-05' });
  });
});
