import { Decimal, HUNDRED, Money, ZERO, allocate, formatDecimal, sumMoney } from '../money';
import { TaxExemption, TaxRate, exemptionText, taxRateOf } from './tax-rates';
import { at } from '../internal/at';

/**
 * Where tax is rounded to the currency:
 * - `PER_LINE`: each line's tax is rounded; the total is the sum of the rounded line taxes.
 * - `PER_DOCUMENT`: the tax of each rate is computed on the sum of its lines and rounded once;
 *   the line taxes are that amount allocated over the lines in proportion to their amounts, so
 *   they still add up to it exactly.
 */
export type TaxRounding = 'PER_LINE' | 'PER_DOCUMENT';

/** A line to tax: its total after discounts, in the document's currency, and its product's tax class. */
export interface TaxableLine {
  readonly ref: string;
  readonly taxClass: string;
  /** The discounted line total (not negative). */
  readonly amount: Money;
}

export interface TaxInput {
  readonly currencyCode: string;
  readonly lines: readonly TaxableLine[];
  readonly rates: readonly TaxRate[];
  /** Default PER_LINE. */
  readonly rounding?: TaxRounding;
  /** Present for a tax-exempt company: no tax at all. */
  readonly exemption?: TaxExemption | null;
}

export interface TaxedLine {
  readonly ref: string;
  readonly taxClass: string;
  /** In percent; 0 for an exempt company. */
  readonly ratePercent: Decimal;
  readonly taxableAmount: Money;
  readonly tax: Money;
}

/** The tax of one rate over the whole document. */
export interface TaxBreakdownEntry {
  readonly ratePercent: Decimal;
  /** "8.25%" */
  readonly label: string;
  readonly taxClasses: readonly string[];
  readonly taxableAmount: Money;
  readonly tax: Money;
}

/** Tax of a document, shown separately from the goods: subtotal + taxTotal = total. */
export interface TaxResult {
  readonly lines: readonly TaxedLine[];
  /** One entry per distinct rate, in the order the rates first appear; empty when exempt. */
  readonly breakdown: readonly TaxBreakdownEntry[];
  readonly subtotal: Money;
  readonly taxTotal: Money;
  readonly total: Money;
  /** "Tax exempt: resale certificate R-12345", or null. */
  readonly exemptionText: string | null;
}

interface RateGroup {
  readonly ratePercent: Decimal;
  readonly indexes: number[];
  readonly taxClasses: string[];
}

function groupByRate(rated: readonly { line: TaxableLine; ratePercent: Decimal }[]): RateGroup[] {
  const groups: RateGroup[] = [];
  rated.forEach(({ line, ratePercent }, index) => {
    let group = groups.find((g) => g.ratePercent.eq(ratePercent));
    if (!group) {
      group = { ratePercent, indexes: [], taxClasses: [] };
      groups.push(group);
    }
    group.indexes.push(index);
    if (!group.taxClasses.includes(line.taxClass)) group.taxClasses.push(line.taxClass);
  });
  return groups;
}

function taxOf(amount: Money, ratePercent: Decimal): Money {
  return amount.multiply(ratePercent.div(HUNDRED)).round();
}

/** Line taxes of one rate group, rounded per document: one rounding, then allocated over the lines. */
function documentRoundedTaxes(
  amounts: readonly Money[],
  ratePercent: Decimal,
  currencyCode: string,
): Money[] {
  const taxable = sumMoney(amounts, currencyCode);
  if (taxable.isZero()) return amounts.map(() => Money.zero(currencyCode));
  return allocate(
    taxOf(taxable, ratePercent),
    amounts.map((a) => a.amount),
  );
}

/**
 * Computes the tax of an order or invoice: a rate per product tax class from the rates table,
 * applied to each discounted line total, rounded per line or per document, with a breakdown by
 * rate. A tax-exempt company pays no tax and gets the exemption text instead of a breakdown.
 * Throws UnknownTaxClassError for a tax class missing from the table, CurrencyMismatchError for
 * a line in another currency and RangeError for a negative line amount.
 */
export function computeTax(input: TaxInput): TaxResult {
  const { currencyCode, lines, rates, rounding = 'PER_LINE', exemption } = input;
  for (const line of lines) {
    if (line.amount.isNegative())
      throw new RangeError(`Line ${line.ref} has a negative amount: ${line.amount.toString()}`);
  }
  const subtotal = sumMoney(
    lines.map((l) => l.amount),
    currencyCode,
  );
  if (exemption) {
    const zero = Money.zero(currencyCode);
    return {
      lines: lines.map((line) => ({
        ref: line.ref,
        taxClass: line.taxClass,
        ratePercent: ZERO,
        taxableAmount: line.amount,
        tax: zero,
      })),
      breakdown: [],
      subtotal,
      taxTotal: zero,
      total: subtotal,
      exemptionText: exemptionText(exemption),
    };
  }

  const rated = lines.map((line) => ({ line, ratePercent: taxRateOf(line.taxClass, rates) }));
  const groups = groupByRate(rated);
  const lineTaxes: Money[] = rated.map(({ line, ratePercent }) => taxOf(line.amount, ratePercent));
  if (rounding === 'PER_DOCUMENT') {
    for (const group of groups) {
      const taxes = documentRoundedTaxes(
        group.indexes.map((i) => at(lines, i).amount),
        group.ratePercent,
        currencyCode,
      );
      group.indexes.forEach((lineIndex, k) => (lineTaxes[lineIndex] = at(taxes, k)));
    }
  }

  const taxedLines: TaxedLine[] = rated.map(({ line, ratePercent }, i) => ({
    ref: line.ref,
    taxClass: line.taxClass,
    ratePercent,
    taxableAmount: line.amount,
    tax: at(lineTaxes, i),
  }));
  const breakdown: TaxBreakdownEntry[] = groups.map((group) => ({
    ratePercent: group.ratePercent,
    label: `${formatDecimal(group.ratePercent)}%`,
    taxClasses: group.taxClasses,
    taxableAmount: sumMoney(
      group.indexes.map((i) => at(lines, i).amount),
      currencyCode,
    ),
    tax: sumMoney(
      group.indexes.map((i) => at(lineTaxes, i)),
      currencyCode,
    ),
  }));
  const taxTotal = sumMoney(lineTaxes, currencyCode);
  return {
    lines: taxedLines,
    breakdown,
    subtotal,
    taxTotal,
    total: subtotal.add(taxTotal),
    exemptionText: null,
  };
}
