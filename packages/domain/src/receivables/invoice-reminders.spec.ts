import { describe, expect, it } from 'vitest';
import { reminderStepKey, reminderStepOn } from './invoice-reminders';

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
