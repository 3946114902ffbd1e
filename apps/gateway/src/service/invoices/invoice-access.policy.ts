import { Permission } from '@portal/domain';
import { Company, Invoice, Order } from '../../entity';
import {
  AccessPolicy,
  allOf,
  allRows,
  anyOf,
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
  const issuedOf = (companies: AccessRule<Invoice>) =>
    allOf<Invoice>(companies, whereSet('issuedOn'), whereNot('status', 'DRAFT'));
  const issued = issuedOf(where('companyId', viewer.companyId));
  // A parent company's INVOICES_READ_COMPANY holders read its subsidiaries' invoices too.
  if (viewer.can(Permission.INVOICES_READ_COMPANY))
    return issuedOf(
      anyOf(
        where('companyId', viewer.companyId),
        parentMatches<Invoice, Company>(Company, 'companyId', where('parentId', viewer.companyId)),
      ),
    );
  if (viewer.can(Permission.INVOICES_SUMMARY)) return issued;
  if (viewer.can(Permission.INVOICES_READ_OWN))
    return allOf(
      issued,
      parentMatches<Invoice, Order>(Order, 'orderId', where('createdById', viewer.userId)),
    );
  return noRows();
});
