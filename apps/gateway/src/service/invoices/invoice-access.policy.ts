import { Permission } from '@portal/domain';
import { Invoice, Order } from '../../entity';
import {
  AccessPolicy,
  allOf,
  allRows,
  noRows,
  parentMatches,
  where,
  whereNot,
  whereSet,
  type AccessRule,
} from '../support/access-policy';

/**
 * Who reads which invoices and credit notes: staff with INVOICES_READ_COMPANY or INVOICING_MANAGE
 * every company's, drafts included. Customers never see drafts (nor cancelled drafts): only
 * issued documents of their company; INVOICES_READ_COMPANY (admins, viewers) and
 * INVOICES_SUMMARY (approvers: the summary fields, the rest refused per field) all of them;
 * INVOICES_READ_OWN (buyers) those of the orders they placed; anyone else none.
 */
export const invoiceAccess = new AccessPolicy(Invoice, (ctx): AccessRule<Invoice> => {
  const viewer = ctx.requireViewer();
  if (viewer.isStaff)
    return viewer.canAny(Permission.INVOICES_READ_COMPANY, Permission.INVOICING_MANAGE)
      ? allRows()
      : noRows();
  if (viewer.companyId === null) return noRows();
  const issued = allOf<Invoice>(
    where('companyId', viewer.companyId),
    whereSet('issuedOn'),
    whereNot('status', 'DRAFT'),
  );
  if (viewer.canAny(Permission.INVOICES_READ_COMPANY, Permission.INVOICES_SUMMARY)) return issued;
  if (viewer.can(Permission.INVOICES_READ_OWN))
    return allOf(
      issued,
      parentMatches<Invoice, Order>(Order, 'orderId', where('createdById', viewer.userId)),
    );
  return noRows();
});
