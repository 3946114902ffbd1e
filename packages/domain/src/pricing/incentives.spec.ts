import { describe, expect, it } from 'vitest';
import { CurrencyMismatchError, Money } from '../money';
import { orderIncentives } from './incentives';

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
