import { describe, expect, it } from 'vitest';
import { Permission } from '../roles';
import { guardedText, isOpenText, joinTexts, openText, textFor, wrapText } from './guarded-text';

describe('guarded texts', () => {
  const total = guardedText('Order total 14.98 USD is below 50.00 USD', 'Order total is below the minimum');

  it('shows the figures only to readers holding the guard', () => {
    expect(textFor(total, [Permission.PRICES_CONTRACT])).toBe('Order total 14.98 USD is below 50.00 USD');
    expect(textFor(total, [Permission.PRICES_CATALOG, Permission.ORDERS_DRAFT])).toBe(
      'Order total is below the minimum',
    );
    expect(isOpenText(total)).toBe(false);
    expect(isOpenText(openText('Approved'))).toBe(true);
  });

  it('joins and wraps in both wordings', () => {
    const joined = wrapText('Submitted for approval: ', joinTexts([openText('Drafted'), total], '; '), '.');
    expect(textFor(joined, [])).toBe('Submitted for approval: Drafted; Order total is below the minimum.');
    expect(textFor(joined, [Permission.PRICES_CONTRACT])).toBe(
      'Submitted for approval: Drafted; Order total 14.98 USD is below 50.00 USD.',
    );
    expect(joinTexts([], '; ')).toEqual(openText(''));
  });

  it('refuses to join texts under different guards', () => {
    const invoiceFigure = guardedText('Due 10.00 USD', 'Due', Permission.INVOICES_READ_COMPANY);
    expect(() => joinTexts([total, invoiceFigure], ' ')).toThrow(RangeError);
  });
});
