import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { createColumnHelper } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable } from '../../components/data-table';
import { DocumentLink } from '../../components/document-link';
import { EmptyState } from '../../components/empty-state';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import { notify, notifySuccess } from '../../lib/notify';
import { decimalInputError, moneyAmountRule } from '../../lib/decimal-input';
import type {
  InvoiceStatus,
  InvoicingInvoiceRow_InvoiceFragment,
  InvoicingOrderRow_OrderFragment,
  PaymentMethod,
} from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { useServerClock } from '../../clock/server-clock';

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
  }
`);

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
  }
`);

export const InvoicingPageDocument = graphql(`
  query InvoicingPage($statuses: [InvoiceStatus!], $number: String) {
    orders(first: 100, filter: { statuses: [SHIPPED, DELIVERED], number: $number }) {
      totalCount
      edges {
        node {
          id
          ...InvoicingOrderRow_order
        }
      }
    }
    invoices(first: 100, filter: { statuses: $statuses, number: $number }) {
      totalCount
      edges {
        node {
          id
          ...InvoicingInvoiceRow_invoice
        }
      }
    }
  }
`);

export const InvoiceOrderDocument = graphql(`
  mutation InvoiceOrder($input: InvoiceOrderInput!) {
    invoiceOrder(input: $input) {
      invoice {
        id
        ...InvoicingInvoiceRow_invoice
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const IssueInvoiceDocument = graphql(`
  mutation IssueInvoice($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      invoice {
        id
        ...InvoicingInvoiceRow_invoice
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CancelInvoiceDocument = graphql(`
  mutation CancelInvoice($input: CancelInvoiceInput!) {
    cancelInvoice(input: $input) {
      invoice {
        id
        ...InvoicingInvoiceRow_invoice
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const IssueCreditNoteDocument = graphql(`
  mutation IssueCreditNote($input: IssueCreditNoteInput!) {
    issueCreditNote(input: $input) {
      invoice {
        id
        ...InvoicingInvoiceRow_invoice
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const RecordPaymentDocument = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      invoices {
        id
        ...InvoicingInvoiceRow_invoice
      }
      payments {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const INVOICE_FILTERS: { value: string; label: string; statuses: InvoiceStatus[] | undefined }[] = [
  { value: 'open', label: 'Open and overdue', statuses: ['OPEN', 'OVERDUE'] },
  { value: 'DRAFT', label: 'Drafts', statuses: ['DRAFT'] },
  { value: 'OVERDUE', label: 'Overdue', statuses: ['OVERDUE'] },
  { value: 'PAID', label: 'Paid', statuses: ['PAID'] },
  { value: 'CANCELLED', label: 'Cancelled', statuses: ['CANCELLED'] },
  { value: 'all', label: 'All', statuses: undefined },
];

export function InvoicingRoute() {
  return (
    <RequirePermission anyOf="INVOICING_MANAGE" staff>
      <InvoicingPage />
    </RequirePermission>
  );
}

function InvoicingPage() {
  const [filter, setFilter] = useState('open');
  const [search, setSearch] = useState('');
  const [number] = useDebouncedValue(search.trim(), 300);
  const statuses = INVOICE_FILTERS.find((f) => f.value === filter)?.statuses;
  const query = useQuery(InvoicingPageDocument, {
    variables: { statuses, number: number || undefined },
    fetchPolicy: 'cache-and-network',
  });
  const { error, refetch, loading } = query;
  const data = query.data ?? query.previousData;
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const toInvoice = data.orders.edges
    .map((e) => e.node)
    .filter((o) => !(o.invoices ?? []).some((i) => i.status !== 'CANCELLED'));
  const invoices = data.invoices.edges.map((e) => e.node);
  const refresh = () => void refetch();

  return (
    <>
      <PageHeader
        title="Invoicing"
        description="Invoice shipped and delivered orders, issue drafts and credit notes, and record payments."
      />
      <TextInput
        label="Number"
        description="Starting characters: invoice numbers under Invoices, order or PO numbers under Orders to invoice"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        rightSection={loading ? <Loader size="xs" aria-label="Loading" /> : undefined}
        w={440}
        maw="100%"
        mb="md"
      />
      <Tabs defaultValue="invoices" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="invoices">Invoices ({data.invoices.totalCount})</Tabs.Tab>
          <Tabs.Tab value="to-invoice">Orders to invoice ({toInvoice.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="invoices">
          <Group mb="md" align="flex-end">
            <Select
              label="Status"
              data={INVOICE_FILTERS.map(({ value, label }) => ({ value, label }))}
              value={filter}
              onChange={(v) => setFilter(v ?? 'open')}
              allowDeselect={false}
              w={240}
            />
          </Group>
          <DataTable
            caption="Invoices and credit notes"
            data={invoices}
            columns={invoiceColumns(refresh)}
            getRowId={(i) => i.id}
            empty={<EmptyState title="No invoices with this status" />}
          />
        </Tabs.Panel>
        <Tabs.Panel value="to-invoice">
          <DataTable
            caption="Shipped and delivered orders without an invoice"
            data={toInvoice}
            columns={orderColumns(refresh)}
            getRowId={(o) => o.id}
            empty={
              <EmptyState
                title="Nothing to invoice"
                description="Every shipped or delivered order has an invoice."
              />
            }
          />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

const orderColumn = createColumnHelper<InvoicingOrderRow_OrderFragment>();
function orderColumns(refresh: () => void) {
  return [
    orderColumn.accessor('number', { header: 'Order' }),
    orderColumn.accessor((o) => o.company.name, { id: 'company', header: 'Customer' }),
    orderColumn.accessor('purchaseOrderNumber', { header: 'PO', cell: (i) => i.getValue() ?? '—' }),
    orderColumn.accessor('status', { header: 'Status', cell: (i) => <StatusBadge status={i.getValue()} /> }),
    orderColumn.display({
      id: 'total',
      header: 'Total',
      cell: (i) => <Money money={i.row.original.total} />,
    }),
    orderColumn.display({
      id: 'actions',
      header: 'Actions',
      cell: (i) => <InvoiceOrderButtons order={i.row.original} onDone={refresh} />,
    }),
  ];
}

function InvoiceOrderButtons({
  order,
  onDone,
}: {
  order: InvoicingOrderRow_OrderFragment;
  onDone: () => void;
}) {
  const [invoiceOrder] = useMutation(InvoiceOrderDocument);
  const [errors, setErrors] = useState<string[]>([]);
  async function run(draft: boolean) {
    setErrors([]);
    try {
      const payload = (await invoiceOrder({ variables: { input: { orderId: order.id, draft } } })).data
        ?.invoiceOrder;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0) {
        setErrors(payload.userErrors.map((e) => e.message));
        return;
      }
      notifySuccess(
        draft
          ? `Draft invoice prepared for ${order.number}.`
          : `Invoice ${payload.invoice?.number} issued for ${order.number}.`,
      );
      onDone();
    } catch (e) {
      setErrors([unexpectedErrorMessage(e)]);
    }
  }
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <ConfirmButton
          size="xs"
          onConfirm={() => run(false)}
          pendingLabel="Invoicing…"
          aria-label={`Invoice order ${order.number}`}
        >
          Invoice
        </ConfirmButton>
        <ConfirmButton
          size="xs"
          variant="light"
          onConfirm={() => run(true)}
          pendingLabel="Preparing…"
          aria-label={`Draft invoice for order ${order.number}`}
        >
          Draft
        </ConfirmButton>
      </Group>
      <UserErrorsAlert errors={errors} />
    </Stack>
  );
}

const invoiceColumn = createColumnHelper<InvoicingInvoiceRow_InvoiceFragment>();
function invoiceColumns(refresh: () => void) {
  return [
    invoiceColumn.accessor('number', {
      header: 'Number',
      cell: (i) =>
        i.row.original.document ? (
          <DocumentLink documentId={i.row.original.document.id}>{i.getValue()}</DocumentLink>
        ) : (
          i.getValue()
        ),
    }),
    invoiceColumn.accessor('kind', {
      header: 'Kind',
      cell: (i) => (i.getValue() === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice'),
    }),
    invoiceColumn.accessor((i) => i.company.name, { id: 'company', header: 'Customer' }),
    invoiceColumn.accessor((i) => i.order?.number ?? '—', { id: 'order', header: 'Order' }),
    invoiceColumn.accessor('status', {
      header: 'Status',
      cell: (i) => <StatusBadge status={i.getValue()} />,
    }),
    invoiceColumn.accessor('dueOn', { header: 'Due', cell: (i) => i.getValue() ?? '—' }),
    invoiceColumn.display({
      id: 'total',
      header: 'Total',
      cell: (i) => <Money money={i.row.original.total} />,
    }),
    invoiceColumn.display({
      id: 'due',
      header: 'Amount due',
      cell: (i) => <Money money={i.row.original.amountDue} />,
    }),
    invoiceColumn.display({
      id: 'actions',
      header: 'Actions',
      cell: (i) => <InvoiceActions invoice={i.row.original} onDone={refresh} />,
    }),
  ];
}

function InvoiceActions({
  invoice,
  onDone,
}: {
  invoice: InvoicingInvoiceRow_InvoiceFragment;
  onDone: () => void;
}) {
  const [issue] = useMutation(IssueInvoiceDocument);
  const [cancel] = useMutation(CancelInvoiceDocument);
  const [errors, setErrors] = useState<string[]>([]);
  const open = invoice.status === 'OPEN' || invoice.status === 'OVERDUE';

  async function run(kind: 'issue' | 'cancel') {
    setErrors([]);
    try {
      const input = { invoiceId: invoice.id };
      const userErrors =
        kind === 'issue'
          ? (await issue({ variables: { input } })).data?.issueInvoice.userErrors
          : (await cancel({ variables: { input: { ...input, reason: 'Cancelled in the back office' } } }))
              .data?.cancelInvoice.userErrors;
      if (!userErrors) throw new Error('no payload');
      if (userErrors.length > 0) {
        setErrors(userErrors.map((e) => e.message));
        return;
      }
      notify(kind === 'issue' ? 'Invoice issued.' : 'Draft cancelled.');
      onDone();
    } catch (e) {
      setErrors([unexpectedErrorMessage(e)]);
    }
  }

  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        {invoice.status === 'DRAFT' && (
          <>
            <ConfirmButton
              size="xs"
              onConfirm={() => run('issue')}
              pendingLabel="Issuing…"
              aria-label={`Issue invoice ${invoice.number}`}
            >
              Issue
            </ConfirmButton>
            <ConfirmButton
              size="xs"
              variant="outline"
              color="red"
              onConfirm={() => run('cancel')}
              confirmTitle={`Cancel draft ${invoice.number}?`}
              confirmLabel="Cancel draft"
              aria-label={`Cancel draft ${invoice.number}`}
            >
              Cancel
            </ConfirmButton>
          </>
        )}
        {open && invoice.kind === 'INVOICE' && <RecordPaymentButton invoice={invoice} onDone={onDone} />}
        {invoice.kind === 'INVOICE' && (open || invoice.status === 'PAID') && (
          <CreditNoteButton invoice={invoice} onDone={onDone} />
        )}
      </Group>
      <UserErrorsAlert errors={errors} />
    </Stack>
  );
}

const PAYMENT_FIELDS = ['amount', 'method', 'paidOn', 'reference'] as const;

export function RecordPaymentButton({
  invoice,
  onDone,
}: {
  invoice: InvoicingInvoiceRow_InvoiceFragment;
  onDone?: () => void;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const { today } = useServerClock();
  const [amount, setAmount] = useState(invoice.amountDue.amount);
  const [method, setMethod] = useState<PaymentMethod>('WIRE');
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [fields, setFields] = useState<Partial<Record<(typeof PAYMENT_FIELDS)[number], string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordPaymentDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    const amountError = decimalInputError(
      amount,
      moneyAmountRule(invoice.amountDue.currencyCode),
      'Enter the amount received, e.g. 1250.00.',
    );
    if (amountError) {
      setFields({ amount: amountError });
      return;
    }
    setFields({});
    try {
      const payload = (
        await record({
          variables: {
            input: {
              invoiceId: invoice.id,
              amount: amount.trim(),
              method,
              paidOn,
              reference: reference.trim() || undefined,
            },
          },
        })
      ).data?.recordPayment;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0) {
        const split = splitUserErrors(payload.userErrors, PAYMENT_FIELDS);
        setFields(split.fields);
        setFormErrors(split.form);
        return;
      }
      close();
      notifySuccess(`Payment recorded on ${invoice.number}.`);
      onDone?.();
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  return (
    <>
      <Button size="xs" onClick={open} aria-label={`Record payment on ${invoice.number}`}>
        Record payment
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`Record payment on ${invoice.number}`}
        centered
      >
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="sm">
            <Text size="sm">
              {invoice.company.name} · amount due <Money money={invoice.amountDue} fw={700} />
            </Text>
            <UserErrorsAlert errors={formErrors} />
            <TextInput
              label={`Amount received (${invoice.amountDue.currencyCode})`}
              name="amount"
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
              error={fields.amount}
              data-autofocus
            />
            <NativeSelect
              label="Method"
              name="method"
              value={method}
              onChange={(e) => setMethod(e.currentTarget.value as PaymentMethod)}
              data={[
                { value: 'WIRE', label: 'Wire transfer' },
                { value: 'ACH', label: 'ACH' },
                { value: 'CHECK', label: 'Check' },
              ]}
              error={fields.method}
            />
            <TextInput
              label="Received on"
              name="paidOn"
              type="date"
              value={paidOn}
              onChange={(e) => setPaidOn(e.currentTarget.value)}
              error={fields.paidOn}
            />
            <TextInput
              label="Reference (optional)"
              name="reference"
              description="Bank reference or check number"
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              error={fields.reference}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Record payment
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function CreditNoteButton({
  invoice,
  onDone,
}: {
  invoice: InvoicingInvoiceRow_InvoiceFragment;
  onDone: () => void;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Partial<Record<'amount' | 'reason', string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [issue, { loading }] = useMutation(IssueCreditNoteDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    const local: typeof fields = {};
    const amountError = decimalInputError(
      amount,
      moneyAmountRule(invoice.total.currencyCode),
      'Enter the amount to credit, e.g. 40.00.',
    );
    if (amountError) local.amount = amountError;
    if (!reason.trim()) local.reason = 'Say why the customer is credited.';
    setFields(local);
    if (Object.keys(local).length > 0) return;
    try {
      const payload = (
        await issue({
          variables: { input: { invoiceId: invoice.id, amount: amount.trim(), reason: reason.trim() } },
        })
      ).data?.issueCreditNote;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0) {
        const split = splitUserErrors(payload.userErrors, ['amount', 'reason'] as const);
        setFields(split.fields);
        setFormErrors(split.form);
        return;
      }
      close();
      notifySuccess(`Credit note ${payload.invoice?.number} issued.`);
      onDone();
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  return (
    <>
      <Button size="xs" variant="light" onClick={open} aria-label={`Credit note on ${invoice.number}`}>
        Credit note
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`Credit note on ${invoice.number}`}
        centered
      >
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="sm">
            <UserErrorsAlert errors={formErrors} />
            <TextInput
              label={`Amount (${invoice.total.currencyCode})`}
              name="amount"
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
              error={fields.amount}
              data-autofocus
            />
            <TextInput
              label="Reason"
              name="reason"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fields.reason}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Issue credit note
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
