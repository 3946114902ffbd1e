import { Money, sumMoney } from '../money';
import { IsoDate, daysBetween, isOnOrBefore } from '../terms/calendar';
import { at } from '../internal/at';

/** A document that can still be open on a customer's account. */
export type OpenItemKind = 'INVOICE' | 'CREDIT_NOTE' | 'PAYMENT';

/**
 * An invoice with what has been paid or credited against it, or a credit note or payment with
 * the part of it applied to invoices. Amounts are positive, in the report's currency.
 */
export interface OpenItem {
  readonly kind: OpenItemKind;
  readonly reference: string;
  /** Issue date (invoices, credit notes) or payment date. */
  readonly date: IsoDate;
  /** Invoices: the (last) due date; the issue date when absent. Ignored for credits. */
  readonly dueOn?: IsoDate | null;
  readonly amount: Money;
  /** Invoices: paid and credited so far. Credit notes and payments: applied to invoices so far. Default zero. */
  readonly applied?: Money | null;
}

/** One column of the aging report: days past due, inclusive; maxDays null is open-ended. */
export interface AgingBucketDefinition {
  readonly label: string;
  readonly minDays: number;
  readonly maxDays: number | null;
}

/** The contract's AgingBucket. */
export interface AgingBucket extends AgingBucketDefinition {
  readonly amount: Money;
  /** How many open items are in the bucket. */
  readonly count: number;
}

/** The contract's AgingReport. */
export interface AgingReport {
  readonly asOf: IsoDate;
  readonly buckets: readonly AgingBucket[];
  readonly totalOutstanding: Money;
}

/**
 * Bucket definitions from their upper boundaries in days past due: [30, 60, 90] gives
 * Current (0-0, not yet due), 1-30, 31-60, 61-90 and 90+ (91 and more). Boundaries must be
 * positive whole numbers in increasing order.
 */
export function agingBuckets(boundaries: readonly number[] = [30, 60, 90]): AgingBucketDefinition[] {
  if (boundaries.some((b, i) => !Number.isInteger(b) || b < 1 || (i > 0 && b <= at(boundaries, i - 1)))) {
    throw new RangeError(
      `Aging boundaries must be increasing positive whole numbers, got [${boundaries.join(', ')}]`,
    );
  }
  const buckets: AgingBucketDefinition[] = [{ label: 'Current', minDays: 0, maxDays: 0 }];
  let minDays = 1;
  for (const maxDays of boundaries) {
    buckets.push({ label: `${minDays}-${maxDays}`, minDays, maxDays });
    minDays = maxDays + 1;
  }
  buckets.push({ label: `${minDays - 1}+`, minDays, maxDays: null });
  return buckets;
}

/** What is still open on an item, signed: positive for invoices, negative for unapplied credits. */
export function openAmountOf(item: OpenItem): Money {
  const open = item.amount.subtract(item.applied ?? Money.zero(item.amount.currencyCode));
  return item.kind === 'INVOICE' ? open : open.negate();
}

/** Days an invoice is past due on `asOf` (0 or less: not yet due). */
export function daysPastDue(item: OpenItem, asOf: IsoDate): number {
  return daysBetween(item.dueOn ?? item.date, asOf);
}

function bucketIndexFor(days: number, buckets: readonly AgingBucketDefinition[]): number {
  if (days <= 0) return 0;
  const index = buckets.findIndex((b) => b.minDays <= days && (b.maxDays === null || days <= b.maxDays));
  return index < 0 ? buckets.length - 1 : index;
}

/**
 * The aging of a customer's open items on `asOf`. Each invoice's open amount (total minus
 * payments and credits applied) goes to the bucket of its days past due; not yet due is Current.
 * Unapplied credit (the unapplied part of credit notes and payments on account) reduces the
 * total and is put in Current, as money the customer can use now, so Current may be negative.
 * Items dated after `asOf` and fully settled items are left out. The buckets always add up to
 * the total outstanding exactly (no rounding happens here).
 */
export function agingReport(
  items: readonly OpenItem[],
  asOf: IsoDate,
  currencyCode: string,
  buckets: readonly AgingBucketDefinition[] = agingBuckets(),
): AgingReport {
  const amounts = buckets.map(() => [] as Money[]);
  for (const item of items) {
    if (!isOnOrBefore(item.date, asOf)) continue;
    const open = openAmountOf(item);
    if (open.isZero()) continue;
    const index = item.kind === 'INVOICE' ? bucketIndexFor(daysPastDue(item, asOf), buckets) : 0;
    at(amounts, index).push(open);
  }
  const result = buckets.map((b, i) => ({
    ...b,
    amount: sumMoney(at(amounts, i), currencyCode),
    count: at(amounts, i).length,
  }));
  return {
    asOf,
    buckets: result,
    totalOutstanding: sumMoney(
      result.map((b) => b.amount),
      currencyCode,
    ),
  };
}
