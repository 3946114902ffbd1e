import { describe, expect, it } from 'vitest';
import { creditScope, inheritedList, inheritedValue } from './account-hierarchy';

describe('parent companies', () => {
  it("gives a subsidiary its parent's settings where it has none of its own", () => {
    expect(inheritedValue(null, 7)).toBe(7);
    expect(inheritedValue(3, 7)).toBe(3);
    expect(inheritedValue(undefined, null)).toBeNull();
    expect(inheritedList([], ['hospitals'])).toEqual(['hospitals']);
    expect(inheritedList(['clinics'], ['hospitals'])).toEqual(['clinics']);
    expect(inheritedList([], null)).toEqual([]);
  });

  const parent = { companyId: 1, parentId: null, creditLimit: '10000', sharesCreditLimit: true };
  const subsidiary = { companyId: 2, parentId: 1, creditLimit: '500', sharesCreditLimit: false };

  it("checks a subsidiary against its parent's shared limit, the whole group together", () => {
    expect(creditScope(subsidiary, parent)).toEqual({
      limitCompanyId: 1,
      creditLimit: '10000',
      pooled: true,
    });
    expect(creditScope(parent, null)).toEqual({ limitCompanyId: 1, creditLimit: '10000', pooled: true });
  });

  it('checks each company against its own limit when the parent does not share it', () => {
    const separate = { ...parent, sharesCreditLimit: false };
    expect(creditScope(subsidiary, separate)).toEqual({
      limitCompanyId: 2,
      creditLimit: '500',
      pooled: false,
    });
    expect(creditScope(separate, null)).toEqual({ limitCompanyId: 1, creditLimit: '10000', pooled: false });
    expect(creditScope(subsidiary, null)).toEqual({ limitCompanyId: 2, creditLimit: '500', pooled: false });
  });
});
