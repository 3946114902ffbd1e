import { Permission } from '@portal/domain';
import { Invoice, Payment, PaymentAllocation } from '../../entity';
import { invoiceAccess } from '../invoices/invoice-access.policy';
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
 * Who reads which payments: staff with INVOICES_READ_COMPANY all; in a customer company,
 * INVOICES_READ_COMPANY all of the company's, INVOICES_READ_OWN those they made or that paid an
 * invoice they may read.
 */
export const paymentAccess = new AccessPolicy(Payment, (ctx): AccessRule<Payment> => {
  const viewer = ctx.requireViewer();
  if (viewer.isStaff) return viewer.can(Permission.INVOICES_READ_COMPANY) ? allRows() : noRows();
  if (viewer.companyId === null) return noRows();
  const company = where<Payment>('companyId', viewer.companyId);
  if (viewer.can(Permission.INVOICES_READ_COMPANY)) return company;
  if (!viewer.can(Permission.INVOICES_READ_OWN)) return noRows();
  return allOf(
    company,
    anyOf(
      where('createdById', viewer.userId),
      someChild<Payment, PaymentAllocation>(
        PaymentAllocation,
        'paymentId',
        parentMatches<PaymentAllocation, Invoice>(Invoice, 'invoiceId', invoiceAccess.rule(ctx)),
      ),
    ),
  );
});
