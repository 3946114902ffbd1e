import { OrderStatus, Permission } from '@portal/domain';
import { Approval, Company, Order } from '../../entity';
import {
  AccessPolicy,
  allOf,
  allRows,
  anyOf,
  noRows,
  parentMatches,
  someChild,
  where,
  type AccessRule,
} from '../support/access-policy';

/**
 * Who reads which orders: staff with ORDERS_READ_COMPANY every company's (other staff the orders
 * they entered); in a customer company, ORDERS_READ_COMPANY (admins, viewers) all of it,
 * those of its subsidiaries when it is a parent company), ORDERS_READ_OWN (buyers, requisitioners) their own and those assigned to them, approvers their
 * queue (pending approval) and the orders they decided.
 */
export const orderAccess = new AccessPolicy(Order, (ctx): AccessRule<Order> => {
  const viewer = ctx.requireViewer();
  if (viewer.isStaff)
    return viewer.can(Permission.ORDERS_READ_COMPANY) ? allRows() : where('createdById', viewer.userId);
  if (viewer.companyId === null) return noRows();
  const company = where<Order>('companyId', viewer.companyId);
  // A parent company's admins and viewers read its subsidiaries' orders too (never the other way).
  if (viewer.can(Permission.ORDERS_READ_COMPANY))
    return anyOf(
      company,
      parentMatches<Order, Company>(Company, 'companyId', where('parentId', viewer.companyId)),
    );
  const within: AccessRule<Order>[] = [];
  if (viewer.can(Permission.ORDERS_READ_OWN))
    within.push(where('createdById', viewer.userId), where('assignedToId', viewer.userId));
  if (viewer.can(Permission.ORDERS_APPROVE))
    within.push(
      where('status', OrderStatus.PENDING_APPROVAL),
      someChild<Order, Approval>(Approval, 'orderId', where('decidedById', viewer.userId)),
    );
  return allOf(company, anyOf(...within));
});
