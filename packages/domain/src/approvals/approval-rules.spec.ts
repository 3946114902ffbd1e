import { describe, expect, it } from 'vitest';
import { Money } from '../money';
import { textFor } from '../messages';
import { Permission, Role } from '../roles';
import { approvalReasonText, approvalReasons, requiresApproval } from './approval-rules';
import { isInCategory } from './category-tree';

const usd = (amount: string) => Money.of(amount, 'USD');
const lines = (count: number, categoryId: string | null = 'office') =>
  Array.from({ length: count }, (_, i) => ({ sku: `SKU-${i + 1}`, categoryId }));

// Chemicals > Solvents > Chlorinated; Office stands alone.
const categoryParents = new Map<string, string | null>([
  ['chemicals', null],
  ['solvents', 'chemicals'],
  ['chlorinated', 'solvents'],
  ['office', null],
]);
const chemicals = { id: 'chemicals', name: 'Chemicals' };

/** The reasons as a reader with contract prices reads them. */
const reasonsOf = (...args: Parameters<typeof approvalReasons>) =>
  approvalReasons(...args).map((reason) => reason.text);

describe('approval rules', () => {
  it('needs no approval for a buyer’s order that matches no rule', () => {
    expect(
      reasonsOf({ total: usd('4999.99'), lines: lines(3) }, [{ orderTotalAbove: usd('5000') }], Role.BUYER),
    ).toEqual([]);
    expect(
      requiresApproval(
        { total: usd('5000.00'), lines: lines(3) },
        [{ orderTotalAbove: usd('5000') }],
        Role.BUYER,
      ),
    ).toBe(false);
  });

  it('always sends a requisitioner’s order for approval', () => {
    expect(reasonsOf({ total: usd('10'), lines: lines(1) }, [], Role.REQUISITIONER)).toEqual([
      'Drafted by a requisitioner',
    ]);
  });

  it('sends an order above the total limit, naming both amounts', () => {
    expect(
      reasonsOf({ total: usd('6200'), lines: lines(2) }, [{ orderTotalAbove: usd('5000') }], Role.BUYER),
    ).toEqual(['Order total 6,200.00 USD is above 5,000.00 USD']);
  });

  it('sends an order with more distinct products than allowed', () => {
    const rules = [{ lineCountAbove: 10 }];
    expect(reasonsOf({ total: usd('100'), lines: lines(12) }, rules, Role.BUYER)).toEqual([
      'More than 10 lines (12)',
    ]);
    expect(reasonsOf({ total: usd('100'), lines: lines(10) }, rules, Role.BUYER)).toEqual([]);
  });

  it('counts the same SKU in two units as one line', () => {
    const twice = [...lines(10), { sku: 'SKU-1', categoryId: 'office' }];
    expect(reasonsOf({ total: usd('100'), lines: twice }, [{ lineCountAbove: 10 }], Role.BUYER)).toEqual([]);
  });

  it('sends an order with a product of a restricted category or any of its sub-categories', () => {
    const rules = [{ category: chemicals }];
    const order = { total: usd('100'), lines: [...lines(1), { sku: 'TCE-5', categoryId: 'chlorinated' }] };
    expect(reasonsOf(order, rules, Role.BUYER, { categoryParents })).toEqual([
      'Contains products of the restricted category Chemicals',
    ]);
    expect(reasonsOf({ total: usd('100'), lines: lines(3) }, rules, Role.BUYER, { categoryParents })).toEqual(
      [],
    );
    expect(reasonsOf({ total: usd('100'), lines: [{ sku: 'X' }] }, rules, Role.BUYER)).toEqual([]);
  });

  it('matches a rule only when all its conditions hold', () => {
    const rule = { orderTotalAbove: usd('1000'), lineCountAbove: 2 };
    expect(reasonsOf({ total: usd('1500'), lines: lines(2) }, [rule], Role.BUYER)).toEqual([]);
    expect(reasonsOf({ total: usd('500'), lines: lines(5) }, [rule], Role.BUYER)).toEqual([]);
    expect(reasonsOf({ total: usd('1500'), lines: lines(3) }, [rule], Role.BUYER)).toEqual([
      'Order total 1,500.00 USD is above 1,000.00 USD',
      'More than 2 lines (3)',
    ]);
    const withCategory = { lineCountAbove: 1, category: chemicals };
    expect(
      reasonsOf({ total: usd('1'), lines: lines(2) }, [withCategory], Role.BUYER, { categoryParents }),
    ).toEqual([]);
  });

  it('lists every matching reason once, the requisitioner first', () => {
    const rules = [
      { orderTotalAbove: usd('5000') },
      { lineCountAbove: 10 },
      { orderTotalAbove: usd('5000') },
      { category: chemicals },
    ];
    const order = { total: usd('6200'), lines: [...lines(11), { sku: 'ACE-1', categoryId: 'solvents' }] };
    const reasons = approvalReasons(order, rules, Role.REQUISITIONER, { categoryParents });
    expect(reasons.map((r) => r.text)).toEqual([
      'Drafted by a requisitioner',
      'Order total 6,200.00 USD is above 5,000.00 USD',
      'More than 10 lines (12)',
      'Contains products of the restricted category Chemicals',
    ]);
    expect(approvalReasonText(reasons.slice(0, 2)).text).toBe(
      'Drafted by a requisitioner; Order total 6,200.00 USD is above 5,000.00 USD',
    );
  });

  it('words the total reason without figures for readers without contract prices', () => {
    const order = { total: usd('6139.66'), lines: lines(12) };
    const reason = approvalReasonText(
      approvalReasons(order, [{ orderTotalAbove: usd('5000') }, { lineCountAbove: 10 }], Role.REQUISITIONER),
    );
    expect(textFor(reason, [Permission.PRICES_CATALOG])).toBe(
      'Drafted by a requisitioner; Order total is above the approval limit; More than 10 lines (12)',
    );
    expect(textFor(reason, [Permission.PRICES_CONTRACT])).toBe(
      'Drafted by a requisitioner; Order total 6,139.66 USD is above 5,000.00 USD; More than 10 lines (12)',
    );
  });
});

describe('category ancestry', () => {
  it('finds a category inside itself and its ancestors, not in siblings or descendants', () => {
    expect(isInCategory('chlorinated', 'chemicals', categoryParents)).toBe(true);
    expect(isInCategory('chemicals', 'chemicals', categoryParents)).toBe(true);
    expect(isInCategory('chemicals', 'solvents', categoryParents)).toBe(false);
    expect(isInCategory('office', 'chemicals', categoryParents)).toBe(false);
    expect(isInCategory(null, 'chemicals', categoryParents)).toBe(false);
    expect(isInCategory('unknown', 'chemicals', categoryParents)).toBe(false);
  });

  it('stops on a cycle in the data', () => {
    const cyclic = new Map([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(isInCategory('a', 'c', cyclic)).toBe(false);
  });
});
