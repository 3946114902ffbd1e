import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money, sumMoney } from '../money';
import { addDays } from '../terms/calendar';
import { OpenItem, agingBuckets, agingReport, openAmountOf } from './aging';

const usd = (amount: string) => Money.of(amount, 'USD');
const asOf = '2026-06-30';
const invoice = (reference: string, dueOn: string, amount: string, applied = '0'): OpenItem => ({
  kind: 'INVOICE',
  reference,
  date: addDays(dueOn, -30),
  dueOn,
  amount: usd(amount),
  applied: usd(applied),
});
const table = (report: ReturnType<typeof agingReport>) =>
  report.buckets.map((b) => [b.label, b.minDays, b.maxDays, b.amount.toString(), b.count]);

describe('aging', () => {
  it('has the contract’s default buckets', () => {
    expect(agingBuckets()).toEqual([
      { label: 'Current', minDays: 0, maxDays: 0 },
      { label: '1-30', minDays: 1, maxDays: 30 },
      { label: '31-60', minDays: 31, maxDays: 60 },
      { label: '61-90', minDays: 61, maxDays: 90 },
      { label: '90+', minDays: 91, maxDays: null },
    ]);
    expect(agingBuckets([15, 45]).map((b) => b.label)).toEqual(['Current', '1-15', '16-45', '45+']);
    expect(() => agingBuckets([30, 30])).toThrow(RangeError);
    expect(() => agingBuckets([0])).toThrow(RangeError);
  });

  it('puts each invoice’s open amount in the bucket of its days past due', () => {
    const report = agingReport(
      [
        invoice('INV-1', '2026-07-15', '100.00'), // not yet due
        invoice('INV-2', '2026-06-30', '200.00'), // due today: current
        invoice('INV-3', '2026-06-29', '300.00'), // 1 day
        invoice('INV-4', '2026-05-31', '400.00'), // 30 days
        invoice('INV-5', '2026-05-30', '500.00'), // 31 days
        invoice('INV-6', '2026-04-01', '600.00'), // 90 days
        invoice('INV-7', '2026-03-31', '700.00'), // 91 days
      ],
      asOf,
      'USD',
    );
    expect(table(report)).toEqual([
      ['Current', 0, 0, '300 USD', 2],
      ['1-30', 1, 30, '700 USD', 2],
      ['31-60', 31, 60, '500 USD', 1],
      ['61-90', 61, 90, '600 USD', 1],
      ['90+', 91, null, '700 USD', 1],
    ]);
    expect(report.totalOutstanding.toString()).toBe('2800 USD');
    expect(report.asOf).toBe(asOf);
  });

  it('counts partial payments and credits applied, and leaves out settled and future items', () => {
    const report = agingReport(
      [
        invoice('INV-1', '2026-06-10', '1000.00', '400.00'),
        invoice('INV-2', '2026-06-10', '50.00', '50.00'),
        { kind: 'INVOICE', reference: 'INV-3', date: '2026-07-01', dueOn: '2026-07-31', amount: usd('999') },
      ],
      asOf,
      'USD',
    );
    expect(table(report)[1]).toEqual(['1-30', 1, 30, '600 USD', 1]);
    expect(report.totalOutstanding.toString()).toBe('600 USD');
  });

  it('puts unapplied credit notes and payments on account in Current, reducing the total', () => {
    const report = agingReport(
      [
        invoice('INV-1', '2026-05-01', '1000.00'),
        {
          kind: 'CREDIT_NOTE',
          reference: 'CN-1',
          date: '2026-03-01',
          amount: usd('150.00'),
          applied: usd('50.00'),
        },
        { kind: 'PAYMENT', reference: 'PAY-1', date: '2026-06-01', amount: usd('25.00') },
      ],
      asOf,
      'USD',
    );
    expect(table(report)[0]).toEqual(['Current', 0, 0, '-125 USD', 2]);
    expect(report.totalOutstanding.toString()).toBe('875 USD');
  });

  it('ages an invoice without a due date from its issue date, and puts days beyond custom buckets in the last', () => {
    const noDue: OpenItem = { kind: 'INVOICE', reference: 'INV-9', date: '2026-06-20', amount: usd('10') };
    expect(table(agingReport([noDue], asOf, 'USD'))[1]?.[3]).toBe('10 USD');
    const gappy = [
      { label: 'Current', minDays: 0, maxDays: 0 },
      { label: '1-5', minDays: 1, maxDays: 5 },
      { label: 'Later', minDays: 30, maxDays: 60 },
    ];
    expect(table(agingReport([noDue], asOf, 'USD', gappy))[2]).toEqual(['Later', 30, 60, '10 USD', 1]);
  });

  it('always has buckets that add up to the total outstanding', () => {
    const item = fc.record({
      kind: fc.constantFrom('INVOICE' as const, 'CREDIT_NOTE' as const, 'PAYMENT' as const),
      dayOffset: fc.integer({ min: -200, max: 30 }),
      dueDays: fc.integer({ min: 0, max: 90 }),
      cents: fc.integer({ min: 0, max: 10_000_000 }),
      appliedCents: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 30 }),
        fc.constantFrom([30, 60, 90], [15, 45], [7]),
        (raw, boundaries) => {
          const items: OpenItem[] = raw.map((r, i) => {
            const date = addDays(asOf, r.dayOffset);
            return {
              kind: r.kind,
              reference: `D-${i}`,
              date,
              dueOn: addDays(date, r.dueDays),
              amount: usd(cents(r.cents)),
              applied: usd(cents(Math.min(r.appliedCents, r.cents))),
            };
          });
          const report = agingReport(items, asOf, 'USD', agingBuckets(boundaries));
          expect(
            sumMoney(
              report.buckets.map((b) => b.amount),
              'USD',
            ).equals(report.totalOutstanding),
          ).toBe(true);
          const expected = sumMoney(items.filter((it) => it.date <= asOf).map(openAmountOf), 'USD');
          expect(report.totalOutstanding.equals(expected)).toBe(true);
        },
      ),
    );
  });
});

function cents(value: number): string {
  const text = String(value).padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}
