import { guardedText, joinTexts, openText, type GuardedText } from '../messages';
import { Money, formatMoney } from '../money';
import { Permission, Role, roleHas } from '../roles';
import { CategoryParents, isInCategory } from './category-tree';

/**
 * A company's approval rule (the contract's ApprovalRule). Every condition set on a rule must
 * hold for it to match; each rule usually sets one. Any matching rule sends the order for approval.
 */
export interface ApprovalRule {
  /** Orders whose total is strictly above this need approval. */
  readonly orderTotalAbove?: Money | null;
  /** Orders with more than this many distinct products (SKUs) need approval. */
  readonly lineCountAbove?: number | null;
  /** Orders containing a product of this category, or of one of its sub-categories, need approval. */
  readonly category?: { readonly id: string; readonly name: string } | null;
}

/** What the approval rules look at in an order. */
export interface ApprovalOrder {
  /** The order total the rules compare with (the company's currency). */
  readonly total: Money;
  readonly lines: readonly { readonly sku: string; readonly categoryId?: string | null }[];
}

/** Where categories sit in the tree, for the restricted-category check. */
export interface ApprovalContext {
  readonly categoryParents?: CategoryParents;
}

function money(m: Money): string {
  return formatMoney(m, { withCurrency: true });
}

/** The reasons one rule matches, or an empty list when it does not (all its conditions must hold). */
function ruleReasons(order: ApprovalOrder, rule: ApprovalRule, parents: CategoryParents): GuardedText[] {
  const reasons: GuardedText[] = [];
  if (rule.orderTotalAbove != null) {
    if (order.total.compare(rule.orderTotalAbove) <= 0) return [];
    reasons.push(
      guardedText(
        `Order total ${money(order.total)} is above ${money(rule.orderTotalAbove)}`,
        'Order total is above the approval limit',
      ),
    );
  }
  if (rule.lineCountAbove != null) {
    const distinctProducts = new Set(order.lines.map((l) => l.sku)).size;
    if (distinctProducts <= rule.lineCountAbove) return [];
    reasons.push(openText(`More than ${rule.lineCountAbove} lines (${distinctProducts})`));
  }
  if (rule.category != null) {
    const restricted = rule.category;
    if (!order.lines.some((l) => isInCategory(l.categoryId, restricted.id, parents))) return [];
    reasons.push(openText(`Contains products of the restricted category ${restricted.name}`));
  }
  return reasons;
}

/**
 * Why an order needs approval before it becomes a sales order; empty when it does not.
 * "Drafted by a requisitioner" comes first whenever the author's role lacks ORDERS_SUBMIT;
 * then the reasons of every matching rule, in rule order, without repeats:
 * "Order total 6,200.00 USD is above 5,000.00 USD", "More than 10 lines (12)",
 * "Contains products of the restricted category Chemicals".
 * Lines count as distinct SKUs (the same product twice, in two units, is one line).
 * A reason naming the order total is guarded: readers without contract prices read "Order
 * total is above the approval limit".
 */
export function approvalReasons(
  order: ApprovalOrder,
  rules: readonly ApprovalRule[],
  authorRole: Role,
  context: ApprovalContext = {},
): GuardedText[] {
  const parents = context.categoryParents ?? new Map<string, string | null>();
  const reasons: GuardedText[] = roleHas(authorRole, Permission.ORDERS_SUBMIT)
    ? []
    : [openText('Drafted by a requisitioner')];
  for (const rule of rules) {
    for (const reason of ruleReasons(order, rule, parents)) {
      if (!reasons.some((r) => r.text === reason.text)) reasons.push(reason);
    }
  }
  return reasons;
}

/** True when submitting the order sends it for approval. */
export function requiresApproval(
  order: ApprovalOrder,
  rules: readonly ApprovalRule[],
  authorRole: Role,
  context: ApprovalContext = {},
): boolean {
  return approvalReasons(order, rules, authorRole, context).length > 0;
}

/** The reasons as one sentence for `Approval.reason`: "Drafted by a requisitioner; More than 10 lines (12)". */
export function approvalReasonText(reasons: readonly GuardedText[]): GuardedText {
  return joinTexts(reasons, '; ');
}
