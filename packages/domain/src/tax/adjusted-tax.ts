import { Decimal, Money, allocate, sumMoney } from '../money';
import type { OrderAdjustment, OrderAdjustmentKind } from '../pricing/incentives';
import { at } from '../internal/at';
import { computeTax, type TaxBreakdownEntry, type TaxInput, type TaxedLine } from './compute-tax';

/** The tax class a surcharge is taxed at unless told otherwise (a service at the standard rate). */
export const SURCHARGE_TAX_CLASS = 'STANDARD';

export interface AdjustedTaxInput extends TaxInput {
  /** Order-level adjustments (orderIncentives): negative discounts, positive surcharges. */
  readonly adjustments: readonly OrderAdjustment[];
  /** The tax class of surcharges; default SURCHARGE_TAX_CLASS. */
  readonly surchargeTaxClass?: string;
}

/** An adjustment with the tax it adds (a surcharge) or takes away (a discount). */
export interface TaxedAdjustment {
  readonly kind: OrderAdjustmentKind;
  readonly description: string;
  readonly amount: Money;
  /** The rate it was taxed at; null for a discount spread over lines of several rates. */
  readonly ratePercent: Decimal | null;
  readonly tax: Money;
}

/** subtotal (the goods) + adjustmentTotal + taxTotal = total; line taxes + adjustment taxes = taxTotal. */
export interface AdjustedTaxResult {
  /** The goods lines, taxed on their own amounts (as without adjustments). */
  readonly lines: readonly TaxedLine[];
  readonly adjustments: readonly TaxedAdjustment[];
  /** By rate, on the adjusted taxable amounts (discounts spread over the lines, surcharges added). */
  readonly breakdown: readonly TaxBreakdownEntry[];
  readonly subtotal: Money;
  readonly adjustmentTotal: Money;
  readonly taxTotal: Money;
  readonly total: Money;
  readonly exemptionText: string | null;
}

/**
 * Tax of an order or invoice with order-level adjustments, taxed as the goods they change: a
 * discount is spread over the lines in proportion to their amounts (largest remainder, so the
 * shares add up to it) and lowers each line's taxable amount; a surcharge is a taxable line of
 * its own at `surchargeTaxClass`. The goods lines keep the tax of their full amounts; each
 * adjustment carries the difference it makes, so line taxes and adjustment taxes add up to the
 * tax total. A discount larger than the goods, or one on an order without goods, is refused
 * (RangeError): the domain's incentives never produce one.
 */
export function computeTaxWithAdjustments(input: AdjustedTaxInput): AdjustedTaxResult {
  const { adjustments, surchargeTaxClass = SURCHARGE_TAX_CLASS, ...taxInput } = input;
  const currency = input.currencyCode;
  const goods = computeTax(taxInput);
  const discounts = adjustments.filter((a) => a.amount.isNegative());
  const shares = input.lines.map(() => Money.zero(currency));
  for (const discount of discounts) {
    if (goods.subtotal.isZero())
      throw new RangeError(`${discount.description}: a discount needs goods to apply to`);
    allocate(
      discount.amount,
      input.lines.map((l) => l.amount.amount),
    ).forEach((share, i) => (shares[i] = at(shares, i).add(share)));
  }
  const surcharges = adjustments.filter((a) => !a.amount.isNegative());
  const adjusted = computeTax({
    ...taxInput,
    lines: [
      ...input.lines.map((line, i) => ({ ...line, amount: line.amount.add(at(shares, i)) })),
      ...surcharges.map((s, i) => ({ ref: `surcharge:${i}`, taxClass: surchargeTaxClass, amount: s.amount })),
    ],
  });
  const goodsCount = input.lines.length;
  const discountTax = sumMoney(
    adjusted.lines.slice(0, goodsCount).map((l, i) => l.tax.subtract(at(goods.lines, i).tax)),
    currency,
  );
  const discountTaxes = discounts.length
    ? allocate(
        discountTax,
        discounts.map((d) => d.amount.amount.abs()),
      )
    : [];
  const goodsRates = goods.lines.map((l) => l.ratePercent);
  const singleRate =
    goodsRates.length > 0 && goodsRates.every((r) => r.eq(at(goodsRates, 0))) ? at(goodsRates, 0) : null;
  let discountIndex = 0;
  let surchargeIndex = 0;
  const taxed: TaxedAdjustment[] = adjustments.map((a) => {
    if (a.amount.isNegative()) {
      return { ...pick(a), ratePercent: singleRate, tax: at(discountTaxes, discountIndex++) };
    }
    const line = at(adjusted.lines, goodsCount + surchargeIndex++);
    return { ...pick(a), ratePercent: line.ratePercent, tax: line.tax };
  });
  return {
    lines: goods.lines,
    adjustments: taxed,
    breakdown: adjusted.breakdown,
    subtotal: goods.subtotal,
    adjustmentTotal: sumMoney(
      adjustments.map((a) => a.amount),
      currency,
    ),
    taxTotal: adjusted.taxTotal,
    total: adjusted.total,
    exemptionText: adjusted.exemptionText,
  };
}

function pick(a: OrderAdjustment): Pick<TaxedAdjustment, 'kind' | 'description' | 'amount'> {
  return { kind: a.kind, description: a.description, amount: a.amount };
}
