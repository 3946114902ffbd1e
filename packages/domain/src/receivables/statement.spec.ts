import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../money';
import { addDays } from '../terms/calendar';
import { LedgerEntry, StatementEntryKind, statement } from './statement';

const usd = (amount: string) => Money.of(amount, 'USD');
const entry = (date: string, kind: StatementEntryKind, reference: string, amount: string): LedgerEntry => ({
  date,
  kind,
  reference,
  amount: usd(amount),
});
const rows = (s: ReturnType<typeof statement>) =>
  s.entries.map((e) => [
    e.date,
    e.reference,
    e.debit?.toString() ?? '',
    e.credit?.toString() ?? '',
    e.balance.toString(),
  ]);

describe('account statement', () => {
  const opening = [
    entry('2026-01-15', 'INVOICE', 'INV-1', '1000.00'),
    entry('2026-02-10', 'PAYMENT', 'PAY-1', '400.00'),
  ];

  it('starts from the opening balance and runs the balance through the period', () => {
    const s = statement(
      opening,
      [
        entry('2026-03-20', 'PAYMENT', 'PAY-2', '600.00'),
        entry('2026-03-05', 'INVOICE', 'INV-2', '2500.00'),
        entry('2026-03-12', 'CREDIT_NOTE', 'CN-1', '100.00'),
      ],
      '2026-03-01',
      '2026-03-31',
      'USD',
    );
    expect(s.openingBalance.toString()).toBe('600 USD');
    expect(rows(s)).toEqual([
      ['2026-03-05', 'INV-2', '2500 USD', '', '3100 USD'],
      ['2026-03-12', 'CN-1', '', '100 USD', '3000 USD'],
      ['2026-03-20', 'PAY-2', '', '600 USD', '2400 USD'],
    ]);
    expect(s.totalDebits.toString()).toBe('2500 USD');
    expect(s.totalCredits.toString()).toBe('700 USD');
    expect(s.closingBalance.toString()).toBe('2400 USD');
    expect([s.from, s.to]).toEqual(['2026-03-01', '2026-03-31']);
  });

  it('adds a refund of credit paid back to the customer as a debit, after the credit note it pays out', () => {
    const s = statement(
      [],
      [
        entry('2026-03-12', 'REFUND', 'Refund of CN-1', '60.00'),
        entry('2026-03-12', 'CREDIT_NOTE', 'CN-1', '100.00'),
        entry('2026-03-05', 'INVOICE', 'INV-2', '100.00'),
      ],
      '2026-03-01',
      '2026-03-31',
      'USD',
    );
    expect(rows(s)).toEqual([
      ['2026-03-05', 'INV-2', '100 USD', '', '100 USD'],
      ['2026-03-12', 'CN-1', '', '100 USD', '0 USD'],
      ['2026-03-12', 'Refund of CN-1', '60 USD', '', '60 USD'],
    ]);
    expect(s.totalDebits.toString()).toBe('160 USD');
    expect(s.closingBalance.toString()).toBe('60 USD');
  });

  it('orders a same day’s invoices, then credit notes, then payments, references in natural order', () => {
    const day = '2026-03-10';
    const s = statement(
      [],
      [
        entry(day, 'PAYMENT', 'PAY-7', '10'),
        entry(day, 'INVOICE', 'INV-10', '10'),
        entry(day, 'CREDIT_NOTE', 'CN-3', '5'),
        entry(day, 'INVOICE', 'INV-9', '20'),
      ],
      day,
      day,
      'USD',
    );
    expect(s.entries.map((e) => e.reference)).toEqual(['INV-9', 'INV-10', 'CN-3', 'PAY-7']);
  });

  it('keeps the company of each entry on a consolidated statement, and null otherwise', () => {
    const s = statement(
      [],
      [
        { ...entry('2026-03-05', 'INVOICE', 'INV-7', '100.00'), party: 'Acme West' },
        entry('2026-03-06', 'INVOICE', 'INV-8', '50.00'),
      ],
      '2026-03-01',
      '2026-03-31',
      'USD',
    );
    expect(s.entries.map((e) => [e.reference, e.party])).toEqual([
      ['INV-7', 'Acme West'],
      ['INV-8', null],
    ]);
    expect(s.closingBalance.toString()).toBe(usd('150.00').toString());
  });

  it('counts entries before the period in the opening balance and leaves out those after it', () => {
    const s = statement(
      [],
      [entry('2026-02-28', 'INVOICE', 'INV-0', '50'), entry('2026-04-01', 'INVOICE', 'INV-9', '70')],
      '2026-03-01',
      '2026-03-31',
      'USD',
    );
    expect(s.openingBalance.toString()).toBe('50 USD');
    expect(s.entries).toEqual([]);
    expect(s.closingBalance.toString()).toBe('50 USD');
  });

  it('refuses a period that ends before it starts and negative amounts', () => {
    expect(() => statement([], [], '2026-03-31', '2026-03-01', 'USD')).toThrow(RangeError);
    expect(() =>
      statement([entry('2026-01-01', 'PAYMENT', 'P', '-1')], [], '2026-03-01', '2026-03-31', 'USD'),
    ).toThrow(RangeError);
  });

  it('always closes at opening + debits - credits, with the last running balance', () => {
    const arbitraryEntry = fc.record({
      offset: fc.integer({ min: -60, max: 60 }),
      kind: fc.constantFrom<StatementEntryKind>('INVOICE', 'CREDIT_NOTE', 'PAYMENT'),
      cents: fc.integer({ min: 0, max: 100_000_000 }),
    });
    const toEntries = (list: { offset: number; kind: StatementEntryKind; cents: number }[], base: string) =>
      list.map((e, i) => entry(addDays(base, e.offset), e.kind, `D-${i}`, cents(e.cents)));
    fc.assert(
      fc.property(
        fc.array(arbitraryEntry, { maxLength: 20 }),
        fc.array(arbitraryEntry, { maxLength: 40 }),
        (before, during) => {
          const s = statement(
            toEntries(before, '2025-12-01'),
            toEntries(during, '2026-03-15'),
            '2026-03-01',
            '2026-03-31',
            'USD',
          );
          expect(s.closingBalance.equals(s.openingBalance.add(s.totalDebits).subtract(s.totalCredits))).toBe(
            true,
          );
          const last = s.entries[s.entries.length - 1];
          expect((last ? last.balance : s.openingBalance).equals(s.closingBalance)).toBe(true);
        },
      ),
    );
  });
});

function cents(value: number): string {
  const text = String(value).padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

describe('discounts and what entries settled', () => {
  it('credits a discount as its own kind after the payment it came with, naming the invoices', () => {
    const s = statement(
      [],
      [
        entry('2026-03-01', 'INVOICE', 'INV-1', '1000.00'),
        { ...entry('2026-03-05', 'DISCOUNT', 'Discount on INV-1', '20.00'), settles: ['INV-1'] },
        { ...entry('2026-03-05', 'PAYMENT', 'Card payment', '980.00'), settles: ['INV-1'] },
      ],
      '2026-03-01',
      '2026-03-31',
      'USD',
    );
    expect(s.entries.map((e) => [e.kind, e.settles, e.balance.toString()])).toEqual([
      ['INVOICE', [], '1000 USD'],
      ['PAYMENT', ['INV-1'], '20 USD'],
      ['DISCOUNT', ['INV-1'], '0 USD'],
    ]);
  });
});
