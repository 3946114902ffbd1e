import { describe, expect, it } from 'vitest';
import { Money } from '../money';
import { openDuePortions, reminderStepKey, reminderStepOn, remindersOwed } from './invoice-reminders';

const schedule = { daysBeforeDue: [3], overdueDays: [1, 7, 30] };

describe('the reminder an invoice is owed', () => {
  it('is none before the first reminder day', () => {
    expect(reminderStepOn('2026-12-10', '2026-12-06', schedule)).toBeNull();
  });

  it('is the due reminder from 3 days before the due date up to the due date', () => {
    expect(reminderStepOn('2026-12-10', '2026-12-07', schedule)).toEqual({ kind: 'DUE', days: 3 });
    expect(reminderStepOn('2026-12-10', '2026-12-10', schedule)).toEqual({ kind: 'DUE', days: 3 });
  });

  it('is the latest overdue step once its day has come', () => {
    expect(reminderStepOn('2026-12-10', '2026-12-11', schedule)).toEqual({ kind: 'OVERDUE', days: 1 });
    expect(reminderStepOn('2026-12-10', '2026-12-16', schedule)).toEqual({ kind: 'OVERDUE', days: 1 });
    expect(reminderStepOn('2026-12-10', '2026-12-17', schedule)).toEqual({ kind: 'OVERDUE', days: 7 });
    expect(reminderStepOn('2026-12-10', '2027-03-01', schedule)).toEqual({ kind: 'OVERDUE', days: 30 });
  });

  it('is none without steps', () => {
    expect(reminderStepOn('2026-12-10', '2026-12-20', { daysBeforeDue: [], overdueDays: [] })).toBeNull();
  });

  it('has a stable key per step', () => {
    expect(reminderStepKey({ kind: 'DUE', days: 3 })).toBe('due-3');
    expect(reminderStepKey({ kind: 'OVERDUE', days: 7 })).toBe('overdue-7');
  });
});

describe('the reminders an invoice in installments is owed', () => {
  const usd = (amount: string) => Money.of(amount, 'USD');
  const invoice = (amountPaid: string) => ({
    dueOn: '2027-01-30',
    total: usd('1000.00'),
    amountPaid: usd(amountPaid),
    installments: [
      { dueOn: '2027-01-30', amount: usd('500.00') },
      { dueOn: '2026-12-31', amount: usd('500.00') },
    ],
  });
  const portions = (amountPaid: string) =>
    openDuePortions(invoice(amountPaid)).map((p) => [p.dueOn, p.open.amount.toFixed(2)]);

  it('settles what was paid against the oldest installment first', () => {
    expect(portions('0')).toEqual([
      ['2026-12-31', '500.00'],
      ['2027-01-30', '500.00'],
    ]);
    expect(portions('200.00')).toEqual([
      ['2026-12-31', '300.00'],
      ['2027-01-30', '500.00'],
    ]);
    expect(portions('650.00')).toEqual([['2027-01-30', '350.00']]);
    expect(portions('1000.00')).toEqual([]);
  });

  it('reminds of each open installment at its own date, and of none paid in full', () => {
    const owed = (amountPaid: string, today: string) =>
      remindersOwed(invoice(amountPaid), today, schedule).map((r) => [
        r.key,
        r.portion.open.amount.toFixed(2),
      ]);
    expect(owed('0', '2026-12-20')).toEqual([]);
    expect(owed('0', '2026-12-28')).toEqual([['2026-12-31:due-3', '500.00']]);
    expect(owed('100.00', '2027-01-28')).toEqual([
      ['2026-12-31:overdue-7', '400.00'],
      ['due-3', '500.00'],
    ]);
    expect(owed('500.00', '2027-01-28')).toEqual([['due-3', '500.00']]);
  });

  it('is one portion, the amount due, without installments', () => {
    const single = { ...invoice('250.00'), installments: [] };
    expect(openDuePortions(single).map((p) => [p.dueOn, p.open.amount.toFixed(2), p.installment])).toEqual([
      ['2027-01-30', '750.00', false],
    ]);
    expect(remindersOwed(single, '2027-02-01', schedule).map((r) => r.key)).toEqual(['overdue-1']);
  });
});
