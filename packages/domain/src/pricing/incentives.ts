import {
  type DecimalInput,
  HUNDRED,
  Money,
  currencyExponent,
  dec,
  formatDecimal,
  parseDecimal,
} from '../money';

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

/**
 * A company's incentive settings as stored: each unset (null) field falls back to the next
 * level (its parent company, then the seller-wide default).
 */
export interface IncentiveSettings {
  /** Percent off portal orders, e.g. "1". */
  readonly portalDiscountPercent: string | null;
  /** A fixed amount added to phone and e-mail orders, in the company's currency, e.g. "10". */
  readonly phoneOrderSurcharge: string | null;
  /** Whether the company's portal orders are handled first. */
  readonly priorityHandling: boolean | null;
}

/** Settings in effect: the first level that sets a field wins (own, then parent, then seller). */
export function effectiveIncentiveSettings(levels: readonly (IncentiveSettings | null)[]): IncentiveSettings {
  const first = <K extends keyof IncentiveSettings>(key: K): IncentiveSettings[K] | null =>
    levels.find((level) => level?.[key] != null)?.[key] ?? null;
  return {
    portalDiscountPercent: first('portalDiscountPercent'),
    phoneOrderSurcharge: first('phoneOrderSurcharge'),
    priorityHandling: first('priorityHandling'),
  };
}

/** The orderIncentives configuration of settings for an order in `currencyCode`. */
export function incentiveConfig(settings: IncentiveSettings, currencyCode: string): PortalIncentiveConfig {
  return {
    portalDiscountPercent: settings.portalDiscountPercent,
    channelSurcharge:
      settings.phoneOrderSurcharge == null ? null : Money.of(settings.phoneOrderSurcharge, currencyCode),
  };
}

/** Whether an order from `channel` is handled first: a self-service order of a priority company. */
export function isPriorityOrder(channel: OrderChannel, settings: IncentiveSettings): boolean {
  return settings.priorityHandling === true && (channel === 'PORTAL' || channel === 'API');
}

/**
 * Why staff-entered settings are refused, or null: a percent from 0 to 100 with at most 2
 * decimals, a surcharge of at least 0 with at most the currency's decimals (numbers as decimals).
 */
export function incentiveSettingsProblem(
  settings: Pick<IncentiveSettings, 'portalDiscountPercent' | 'phoneOrderSurcharge'>,
  currencyCode: string,
): { field: 'portalDiscountPercent' | 'phoneOrderSurcharge'; message: string } | null {
  const percent = settings.portalDiscountPercent;
  if (percent != null) {
    const parsed = parseDecimal(percent, { maxScale: 2, maxIntegerDigits: 3 });
    if (!parsed.ok) return { field: 'portalDiscountPercent', message: parsed.message };
    if (parsed.value.gt(HUNDRED))
      return { field: 'portalDiscountPercent', message: 'A portal order discount is at most 100%.' };
  }
  const surcharge = settings.phoneOrderSurcharge;
  if (surcharge != null) {
    const parsed = parseDecimal(surcharge, { maxScale: currencyExponent(currencyCode) });
    if (!parsed.ok) return { field: 'phoneOrderSurcharge', message: parsed.message };
  }
  return null;
}

/** "You save 1% by ordering online": the buyer's reason to order in the portal (a percent, no figures). */
export function portalSavingText(percent: DecimalInput | null): string | null {
  if (percent == null || dec(percent).isZero()) return null;
  return `You save ${formatDecimal(dec(percent), { grouping: false })}% by ordering online`;
}
