import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { Money } from '../../components/money';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { InvoicingOrderRow_OrderFragment } from '../../gql/graphql';
import { InvoiceOrderButtons } from './invoice-order-buttons';

export const InvoicingOrderRow_OrderFragmentDoc = graphql(`
  fragment InvoicingOrderRow_order on Order {
    id
    number
    status
    purchaseOrderNumber
    company {
      id
      name
    }
    total {
      amount
      currencyCode
    }
    invoices {
      id
      status
    }
    ...InvoiceOrderButtons_order
  }
`);

const column = createColumnHelper<InvoicingOrderRow_OrderFragment>();

function columns(onDone: () => void) {
  return [
    column.accessor('number', { header: 'Order' }),
    column.accessor((o) => o.company.name, { id: 'company', header: 'Customer' }),
    column.accessor('purchaseOrderNumber', { header: 'PO', cell: (i) => i.getValue() ?? '—' }),
    column.accessor('status', { header: 'Status', cell: (i) => <StatusBadge status={i.getValue()} /> }),
    column.display({
      id: 'total',
      header: 'Total',
      cell: (i) => <Money money={i.row.original.total} />,
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: (i) => <InvoiceOrderButtons order={i.row.original} onDone={onDone} />,
    }),
  ];
}

/** True while an order has no invoice other than cancelled ones. */
export function awaitsInvoice(order: InvoicingOrderRow_OrderFragment): boolean {
  return !(order.invoices ?? []).some((i) => i.status !== 'CANCELLED');
}

/** Shipped and delivered orders that still need an invoice. */
export function InvoicingOrderTable({
  orders,
  onDone,
}: {
  orders: InvoicingOrderRow_OrderFragment[];
  onDone: () => void;
}) {
  return (
    <DataTable
      caption="Shipped and delivered orders without an invoice"
      data={orders}
      columns={columns(onDone)}
      getRowId={(o) => o.id}
      empty={
        <EmptyState
          title="Nothing to invoice"
          description="Every shipped or delivered order has an invoice."
        />
      }
    />
  );
}
