import type { Permission } from '../../gql/graphql';

/** Anyone who may see some invoices (the summary role sees totals and status only). */
export const INVOICE_READERS: readonly Permission[] = [
  'INVOICES_READ_COMPANY',
  'INVOICES_READ_OWN',
  'INVOICES_SUMMARY',
];

/** Lines, payments and the PDF: not for the summary-only role. */
export const INVOICE_DETAIL_READERS: readonly Permission[] = ['INVOICES_READ_COMPANY', 'INVOICES_READ_OWN'];

/** The aging report: the statement readers and the summary role. */
export const AGING_READERS: readonly Permission[] = ['STATEMENT_READ', 'INVOICES_SUMMARY'];
