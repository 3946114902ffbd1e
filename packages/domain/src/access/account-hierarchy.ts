/**
 * Parent companies ("set the pricelist and payment terms on the parent company record"): a
 * subsidiary with none of its own uses its parent's pricelist, payment term, access groups and
 * approval rules; its own override them. Credit is either one limit at the parent, shared by the
 * parent and all its subsidiaries, or a limit per company.
 */

/** A setting of one value: the company's own, else its parent's (null when neither sets it). */
export function inheritedValue<T>(own: T | null | undefined, parent: T | null | undefined): T | null {
  return own ?? parent ?? null;
}

/** A setting made of a list (access groups, approval rules): the company's own if it has any, else its parent's. */
export function inheritedList<T>(own: readonly T[], parent: readonly T[] | null): readonly T[] {
  return own.length > 0 ? own : (parent ?? []);
}

export interface CreditAccount {
  readonly companyId: number;
  readonly parentId: number | null;
  readonly creditLimit: string | null;
  /** Set on a parent: one limit for it and its subsidiaries. */
  readonly sharesCreditLimit: boolean;
}

/**
 * Whose credit limit an order is checked against, whose exposure counts, and which company row
 * placements lock: the parent's limit over the whole group when the parent shares it (the
 * parent's row locked, so two subsidiaries placing at once are serialised), else the company's own.
 */
export function creditScope(
  company: CreditAccount,
  parent: CreditAccount | null,
): { limitCompanyId: number; creditLimit: string | null; pooled: boolean } {
  if (parent && company.parentId === parent.companyId && parent.sharesCreditLimit)
    return { limitCompanyId: parent.companyId, creditLimit: parent.creditLimit, pooled: true };
  if (company.parentId === null && company.sharesCreditLimit)
    return { limitCompanyId: company.companyId, creditLimit: company.creditLimit, pooled: true };
  return { limitCompanyId: company.companyId, creditLimit: company.creditLimit, pooled: false };
}
