import { describe, expect, it } from 'vitest';
import { CurrencyMismatchError, Money } from '../money';
import {
  effectiveIncentiveSettings,
  incentiveConfig,
  incentiveSettingsProblem,
  isPriorityOrder,
  orderIncentives,
  portalSavingText,
} from './incentives';

const usd = (amount: string) => Money.of(amount, 'USD');
const lines = (adjustments: ReturnType<typeof orderIncentives>) =>
  adjustments.map((a) => [a.kind, a.amount.amount.toString(), a.description]);

describe('portal order incentives', () => {
  const config = { portalDiscountPercent: '2', channelSurcharge: usd('15') };

  it('gives portal orders the discount once, on the subtotal, rounded half-up', () => {
    expect(lines(orderIncentives({ channel: 'PORTAL', subtotal: usd('1234.25') }, config))).toEqual([
      ['PORTAL_ORDER_DISCOUNT', '-24.69', 'Portal order discount 2%'],
    ]);
  });

  it('charges phone and email orders the surcharge once', () => {
    expect(lines(orderIncentives({ channel: 'PHONE', subtotal: usd('500') }, config))).toEqual([
      ['CHANNEL_SURCHARGE', '15', 'Phone order surcharge'],
    ]);
    expect(lines(orderIncentives({ channel: 'EMAIL', subtotal: usd('500') }, config))).toEqual([
      ['CHANNEL_SURCHARGE', '15', 'Email order surcharge'],
    ]);
  });

  it('leaves other channels and unconfigured sellers alone', () => {
    expect(orderIncentives({ channel: 'EDI', subtotal: usd('500') }, config)).toEqual([]);
    expect(orderIncentives({ channel: 'PORTAL', subtotal: usd('500') }, {})).toEqual([]);
    expect(
      orderIncentives(
        { channel: 'PHONE', subtotal: usd('500') },
        { portalDiscountPercent: null, channelSurcharge: null },
      ),
    ).toEqual([]);
    expect(
      orderIncentives({ channel: 'PHONE', subtotal: usd('500') }, { channelSurcharge: usd('0') }),
    ).toEqual([]);
  });

  it('gives no discount on an empty or negative subtotal, nor a zero one', () => {
    expect(orderIncentives({ channel: 'PORTAL', subtotal: usd('0') }, config)).toEqual([]);
    expect(orderIncentives({ channel: 'PORTAL', subtotal: usd('-10') }, config)).toEqual([]);
    expect(
      orderIncentives({ channel: 'PORTAL', subtotal: usd('0.20') }, { portalDiscountPercent: '1.5' }),
    ).toEqual([]);
  });

  it('follows configured channels', () => {
    const custom = {
      ...config,
      discountChannels: ['PORTAL', 'PUNCHOUT'] as const,
      surchargeChannels: ['PHONE'] as const,
    };
    expect(lines(orderIncentives({ channel: 'PUNCHOUT', subtotal: usd('100') }, custom))).toEqual([
      ['PORTAL_ORDER_DISCOUNT', '-2', 'Punchout order discount 2%'],
    ]);
    expect(orderIncentives({ channel: 'EMAIL', subtotal: usd('100') }, custom)).toEqual([]);
  });

  it('refuses a percent outside 0..100 and a surcharge in another currency', () => {
    expect(() =>
      orderIncentives({ channel: 'PORTAL', subtotal: usd('1') }, { portalDiscountPercent: '101' }),
    ).toThrow(RangeError);
    expect(() =>
      orderIncentives({ channel: 'PORTAL', subtotal: usd('1') }, { portalDiscountPercent: '-1' }),
    ).toThrow(RangeError);
    expect(() =>
      orderIncentives({ channel: 'PHONE', subtotal: usd('1') }, { channelSurcharge: Money.of('5', 'EUR') }),
    ).toThrow(CurrencyMismatchError);
  });
});

describe('incentive settings', () => {
  const seller = { portalDiscountPercent: '1', phoneOrderSurcharge: '10', priorityHandling: false };

  it('takes each setting from the first level that sets it: own, parent, seller', () => {
    expect(
      effectiveIncentiveSettings([
        { portalDiscountPercent: '2', phoneOrderSurcharge: null, priorityHandling: null },
        { portalDiscountPercent: null, phoneOrderSurcharge: '15', priorityHandling: null },
        seller,
      ]),
    ).toEqual({ portalDiscountPercent: '2', phoneOrderSurcharge: '15', priorityHandling: false });
    expect(effectiveIncentiveSettings([null])).toEqual({
      portalDiscountPercent: null,
      phoneOrderSurcharge: null,
      priorityHandling: null,
    });
  });

  it('turns settings into the incentives of an order in the currency', () => {
    const config = incentiveConfig(seller, 'USD');
    expect(config.portalDiscountPercent).toBe('1');
    expect(config.channelSurcharge?.toString()).toBe(Money.of('10', 'USD').toString());
    expect(incentiveConfig({ ...seller, phoneOrderSurcharge: null }, 'USD').channelSurcharge).toBeNull();
  });

  it('handles self-service orders of a priority company first', () => {
    const priority = { ...seller, priorityHandling: true };
    expect(isPriorityOrder('PORTAL', priority)).toBe(true);
    expect(isPriorityOrder('API', priority)).toBe(true);
    expect(isPriorityOrder('PHONE', priority)).toBe(false);
    expect(isPriorityOrder('PORTAL', seller)).toBe(false);
  });

  it('refuses a percent over 100 or badly written, and a surcharge with too many decimals', () => {
    const ok = { portalDiscountPercent: '1.5', phoneOrderSurcharge: '12.50' };
    expect(incentiveSettingsProblem(ok, 'USD')).toBeNull();
    expect(
      incentiveSettingsProblem({ portalDiscountPercent: null, phoneOrderSurcharge: null }, 'USD'),
    ).toBeNull();
    expect(incentiveSettingsProblem({ ...ok, portalDiscountPercent: '100.5' }, 'USD')?.field).toBe(
      'portalDiscountPercent',
    );
    expect(incentiveSettingsProblem({ ...ok, portalDiscountPercent: '-1' }, 'USD')?.field).toBe(
      'portalDiscountPercent',
    );
    expect(incentiveSettingsProblem({ ...ok, phoneOrderSurcharge: '1.005' }, 'USD')?.field).toBe(
      'phoneOrderSurcharge',
    );
    expect(incentiveSettingsProblem({ ...ok, phoneOrderSurcharge: '5.5' }, 'JPY')?.field).toBe(
      'phoneOrderSurcharge',
    );
  });

  it('words the portal saving without figures', () => {
    expect(portalSavingText('1')).toBe('You save 1% by ordering online');
    expect(portalSavingText('1.50')).toBe('You save 1.5% by ordering online');
    expect(portalSavingText('0')).toBeNull();
    expect(portalSavingText(null)).toBeNull();
  });
});
