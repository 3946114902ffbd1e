import { type DecimalInput, HUNDRED, Money, dec, formatDecimal } from '../money';

/** Where an order came from (the contract's OrderChannel). */
export type OrderChannel = 'PORTAL' | 'PHONE' | 'EMAIL' | 'EDI' | 'PUNCHOUT' | 'API';

/** The seller's settings that favour self-service portal orders. Unset means none. */
export interface PortalIncentiveConfig {
  /** Percent off the subtotal of orders from `discountChannels`, e.g. "2". From 0 to 100. */
  readonly portalDiscountPercent?: DecimalInput | null;
  /** Default: PORTAL only. */
  readonly discountChannels?: readonly OrderChannel[];
  /** A fixed amount added once to orders from `surchargeChannels` (must be in the order's currency). */
  readonly channelSurcharge?: Money | null;
  /** Default: PHONE and EMAIL (fax orders arrive by email). */
  readonly surchargeChannels?: readonly OrderChannel[];
}

export type OrderAdjustmentKind = 'PORTAL_ORDER_DISCOUNT' | 'CHANNEL_SURCHARGE';

/** An order-level line: negative for a discount, positive for a surcharge. */
export interface OrderAdjustment {
  readonly kind: OrderAdjustmentKind;
  readonly amount: Money;
  readonly description: string;
}

const CHANNEL_NAMES: Record<OrderChannel, string> = {
  PORTAL: 'Portal',
  PHONE: 'Phone',
  EMAIL: 'Email',
  EDI: 'EDI',
  PUNCHOUT: 'Punchout',
  API: 'API',
};

/**
 * The incentive adjustments of one order, each applied once: the portal-order discount
 * (subtotal × percent, rounded half-up to the currency; only for a positive subtotal) and
 * the channel surcharge. Adjustments that come to zero are left out, so an unconfigured
 * seller gets an empty list.
 */
export function orderIncentives(
  order: { channel: OrderChannel; subtotal: Money },
  config: PortalIncentiveConfig,
): OrderAdjustment[] {
  const adjustments: OrderAdjustment[] = [];
  const percent = config.portalDiscountPercent == null ? null : dec(config.portalDiscountPercent);
  if (percent && (percent.isNegative() || percent.gt(HUNDRED))) {
    throw new RangeError(`A portal order discount is from 0 to 100 percent, got ${percent.toString()}`);
  }
  const discountChannels = config.discountChannels ?? ['PORTAL'];
  if (percent && discountChannels.includes(order.channel) && order.subtotal.amount.gt(0)) {
    const amount = order.subtotal.multiply(percent.div(HUNDRED)).round('half-up').negate();
    if (!amount.isZero()) {
      adjustments.push({
        kind: 'PORTAL_ORDER_DISCOUNT',
        amount,
        description: `${CHANNEL_NAMES[order.channel]} order discount ${formatDecimal(percent, { grouping: false })}%`,
      });
    }
  }
  const surcharge = config.channelSurcharge;
  const surchargeChannels = config.surchargeChannels ?? ['PHONE', 'EMAIL'];
  if (surcharge && surchargeChannels.includes(order.channel) && !surcharge.isZero()) {
    adjustments.push({
      kind: 'CHANNEL_SURCHARGE',
      amount: Money.zero(order.subtotal.currencyCode).add(surcharge).round('half-up'),
      description: `${CHANNEL_NAMES[order.channel]} order surcharge`,
    });
  }
  return adjustments;
}
