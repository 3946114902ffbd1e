import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../components/data-table';
import { DocumentLink } from '../../components/document-link';
import { EmptyState } from '../../components/empty-state';
import { Money } from '../../components/money';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { InvoicingInvoiceRow_InvoiceFragment } from '../../gql/graphql';
import { InvoiceActions } from './invoice-actions';

export const InvoicingInvoiceRow_InvoiceFragmentDoc = graphql(`
  fragment InvoicingInvoiceRow_invoice on Invoice {
    id
    number
    kind
    status
    issuedOn
    dueOn
    company {
      id
      name
    }
    order {
      id
      number
    }
    total {
      amount
      currencyCode
    }
    amountDue {
      amount
      currencyCode
    }
    document {
      id
    }
    ...InvoiceActions_invoice
  }
`);

/** What the table needs back from a mutation on an invoice: the row, or why not. */
export const InvoicingInvoiceRow_PayloadFragmentDoc = graphql(`
  fragment InvoicingInvoiceRow_payload on InvoicePayload {
    invoice {
      id
      ...InvoicingInvoiceRow_invoice
    }
    userErrors {
      ...UserErrors_userError
    }
  }
`);

const column = createColumnHelper<InvoicingInvoiceRow_InvoiceFragment>();

function columns(onDone: () => void) {
  return [
    column.accessor('number', {
      header: 'Number',
      cell: (i) =>
        i.row.original.document ? (
          <DocumentLink documentId={i.row.original.document.id}>{i.getValue()}</DocumentLink>
        ) : (
          i.getValue()
        ),
    }),
    column.accessor('kind', {
      header: 'Kind',
      cell: (i) => (i.getValue() === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice'),
    }),
    column.accessor((i) => i.company.name, { id: 'company', header: 'Customer' }),
    column.accessor((i) => i.order?.number ?? '—', { id: 'order', header: 'Order' }),
    column.accessor('status', {
      header: 'Status',
      cell: (i) => <StatusBadge status={i.getValue()} />,
    }),
    column.accessor('dueOn', { header: 'Due', cell: (i) => i.getValue() ?? '—' }),
    column.display({
      id: 'total',
      header: 'Total',
      cell: (i) => <Money money={i.row.original.total} />,
    }),
    column.display({
      id: 'due',
      header: 'Amount due',
      cell: (i) => <Money money={i.row.original.amountDue} />,
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: (i) => <InvoiceActions invoice={i.row.original} onDone={onDone} />,
    }),
  ];
}

/** Invoices and credit notes with what accounting may do with each. */
export function InvoicingInvoiceTable({
  invoices,
  onDone,
}: {
  invoices: InvoicingInvoiceRow_InvoiceFragment[];
  onDone: () => void;
}) {
  return (
    <DataTable
      caption="Invoices and credit notes"
      data={invoices}
      columns={columns(onDone)}
      getRowId={(i) => i.id}
      empty={<EmptyState title="No invoices with this status" />}
    />
  );
}
