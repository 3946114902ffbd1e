import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDiscount } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { DocumentLink } from '../../components/document-link';
import { EmptyState } from '../../components/empty-state';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import { RequirePermission } from '../../viewer/require-permission';
import { useViewer } from '../../viewer/viewer-context';
import { formatDate } from '../../lib/format-date';
import { INVOICE_DETAIL_READERS, INVOICE_READERS } from './invoice-permissions';
import { isPayable } from './invoice-list-route';
import { PayInvoicesDialog } from './pay-invoices-dialog';
import { ApplyCreditDialog } from './apply-credit-dialog';
import { compareDecimals } from '@portal/domain';
import { ScrollRegion } from '../../components/scroll-region';

/**
 * One invoice. `$details` is false for the summary-only role (approvers): lines, payments and the
 * document are then not even requested.
 */
export const InvoicePageDocument = graphql(`
  query InvoicePage($id: ID!, $details: Boolean!) {
    invoice(id: $id) {
      id
      number
      kind
      status
      issuedOn
      dueOn
      reason
      taxExemptionText
      company {
        id
        name
      }
      order {
        id
        number
      }
      creditedInvoice {
        id
        number
      }
      subtotal {
        amount
        currencyCode
      }
      taxTotal {
        amount
        currencyCode
      }
      total {
        amount
        currencyCode
      }
      amountPaid {
        amount
        currencyCode
      }
      amountDue {
        amount
        currencyCode
      }
      creditApplications {
        creditNoteNumber
        invoiceNumber
        appliedOn
        amount {
          amount
          currencyCode
        }
      }
      installments {
        dueOn
        amount {
          amount
          currencyCode
        }
      }
      ...PayInvoicesDialog_invoice
      ...ApplyCreditDialog_creditNote
      refunds @include(if: $details) {
        id
        refundedOn
        amount {
          amount
          currencyCode
        }
      }
      lines @include(if: $details) {
        description
        quantity
        taxRate
        unit {
          id
          symbol
        }
        unitPrice {
          amount
          currencyCode
        }
        taxAmount {
          amount
          currencyCode
        }
        lineTotal {
          amount
          currencyCode
        }
      }
      payments @include(if: $details) {
        id
        status
        method
        paidAt
        reference
        amount {
          amount
          currencyCode
        }
        discountTaken {
          amount
          currencyCode
        }
      }
      document @include(if: $details) {
        id
        title
      }
    }
  }
`);

export function InvoiceRoute() {
  return (
    <RequirePermission anyOf={INVOICE_READERS}>
      <InvoicePage />
    </RequirePermission>
  );
}

const METHOD_LABELS: Record<string, string> = { CARD: 'Card', ACH: 'ACH', WIRE: 'Wire', CHECK: 'Check' };

function InvoicePage() {
  const { invoiceId = '' } = useParams();
  const { canAny, can } = useViewer();
  const details = canAny(INVOICE_DETAIL_READERS);
  const [paying, setPaying] = useState(false);
  const { data, error, refetch } = useQuery(InvoicePageDocument, {
    variables: { id: invoiceId, details },
    fetchPolicy: 'cache-and-network',
  });

  if (!data) return error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;
  const invoice = data.invoice;
  if (!invoice) {
    return (
      <EmptyState
        title="Invoice not found"
        description="It does not exist or you may not see it."
        action={
          <Button component={Link} to="/invoices" variant="light">
            Back to invoices
          </Button>
        }
      />
    );
  }
  const isCredit = invoice.kind === 'CREDIT_NOTE';
  const payable = can('INVOICES_PAY') && isPayable(invoice);
  // The company's portal admin applies open credit to the company's open invoices.
  const mayApplyCredit =
    isCredit &&
    can('INVOICES_PAY') &&
    can('INVOICES_READ_COMPANY') &&
    (invoice.status === 'OPEN' || invoice.status === 'OVERDUE') &&
    compareDecimals(invoice.amountDue.amount, '0') > 0;
  const early = invoice.earlyPaymentDiscount;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/invoices" size="sm">
        ← All invoices
      </Anchor>
      <PageHeader
        title={`${isCredit ? 'Credit note' : 'Invoice'} ${invoice.number}`}
        badge={<StatusBadge status={invoice.status} />}
        description={invoice.company.name}
        actions={
          <>
            {invoice.document && (
              <DocumentLink documentId={invoice.document.id} fileName={`${invoice.number}.pdf`}>
                Download PDF
              </DocumentLink>
            )}
            {payable && <Button onClick={() => setPaying(true)}>Pay invoice</Button>}
            {mayApplyCredit && (
              <ApplyCreditDialog
                creditNote={invoice}
                openCredit={invoice.amountDue}
                onDone={() => void refetch()}
              />
            )}
          </>
        }
      />

      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Fact label="Issued">{formatDate(invoice.issuedOn)}</Fact>
        <Fact label="Due">{formatDate(invoice.dueOn)}</Fact>
        <Fact label="Total">
          <Money money={invoice.total} fw={700} />
        </Fact>
        <Fact label={isCredit ? 'Credit left' : 'Amount due'}>
          <Money money={invoice.amountDue} fw={700} />
        </Fact>
        {invoice.order && (
          <Fact label="Order">
            <Anchor component={Link} to={`/orders/${encodeURIComponent(invoice.order.id)}`}>
              {invoice.order.number}
            </Anchor>
          </Fact>
        )}
        {invoice.creditedInvoice && (
          <Fact label="Credits invoice">
            <Anchor component={Link} to={`/invoices/${encodeURIComponent(invoice.creditedInvoice.id)}`}>
              {invoice.creditedInvoice.number}
            </Anchor>
          </Fact>
        )}
        {invoice.reason && <Fact label="Reason">{invoice.reason}</Fact>}
      </SimpleGrid>

      {invoice.pendingPayment && (
        <Alert color="blue" title="Bank transfer on its way">
          A transfer you announced for {invoice.number} is waiting for the money; it cannot be paid again
          until accounting has recorded or cancelled it.
        </Alert>
      )}

      {invoice.creditApplications.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {isCredit ? 'Credit applied to invoices' : 'Credit applied from credit notes'}
          </Title>
          <Table aria-label="Credit applied">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{isCredit ? 'Invoice' : 'Credit note'}</Table.Th>
                <Table.Th>Applied on</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.creditApplications.map((a) => (
                <Table.Tr key={`${a.creditNoteNumber}-${a.invoiceNumber}-${a.appliedOn}-${a.amount.amount}`}>
                  <Table.Td>{isCredit ? a.invoiceNumber : a.creditNoteNumber}</Table.Td>
                  <Table.Td>{formatDate(a.appliedOn)}</Table.Td>
                  <Table.Td ta="right">
                    <Money money={a.amount} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}

      {invoice.refunds && invoice.refunds.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Credit refunded to your card
          </Title>
          <Table aria-label="Credit refunded">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Refunded on</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.refunds.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDate(r.refundedOn)}</Table.Td>
                  <Table.Td ta="right">
                    <Money money={r.amount} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}

      {early && (
        <Alert
          styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
          color="green"
          icon={<IconDiscount aria-hidden />}
          title="Early-payment discount"
        >
          Pay <Money money={early.amountToPay} fw={700} /> instead of <Money money={invoice.amountDue} /> on
          or before {formatDate(early.deadline)}: you save <Money money={early.amount} /> ({early.percent}%).
        </Alert>
      )}

      {invoice.installments.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Installments
          </Title>
          <Table aria-label="Installments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Due on</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.installments.map((i) => (
                <Table.Tr key={i.dueOn}>
                  <Table.Td>{formatDate(i.dueOn)}</Table.Td>
                  <Table.Td ta="right">
                    <Money money={i.amount} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}

      {invoice.lines && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Lines
          </Title>
          <ScrollRegion label="Invoice lines" minWidth={600}>
            <Table striped aria-label="Invoice lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Description</Table.Th>
                  <Table.Th ta="right">Quantity</Table.Th>
                  <Table.Th ta="right">Unit price</Table.Th>
                  <Table.Th ta="right">Tax</Table.Th>
                  <Table.Th ta="right">Line total</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoice.lines.map((line, index) => (
                  <Table.Tr key={index}>
                    <Table.Td>{line.description}</Table.Td>
                    <Table.Td ta="right">
                      {line.quantity} {line.unit?.symbol ?? ''}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money money={line.unitPrice} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money money={line.taxAmount} />{' '}
                      <Text span size="xs" c="dimmed">
                        ({line.taxRate}%)
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Money money={line.lineTotal} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th colSpan={4} ta="right">
                    Subtotal
                  </Table.Th>
                  <Table.Td ta="right">
                    <Money money={invoice.subtotal} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th colSpan={4} ta="right">
                    Tax
                  </Table.Th>
                  <Table.Td ta="right">
                    <Money money={invoice.taxTotal} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th colSpan={4} ta="right">
                    Total
                  </Table.Th>
                  <Table.Td ta="right" fw={700}>
                    <Money money={invoice.total} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th colSpan={4} ta="right">
                    Paid and credited
                  </Table.Th>
                  <Table.Td ta="right">
                    <Money money={invoice.amountPaid} />
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </ScrollRegion>
          {invoice.taxExemptionText && (
            <Text size="sm" c="dimmed" mt="xs">
              {invoice.taxExemptionText}
            </Text>
          )}
        </Card>
      )}

      {invoice.payments && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Payments
          </Title>
          {invoice.payments.length === 0 ? (
            <Text c="dimmed">No payments yet.</Text>
          ) : (
            <ScrollRegion label="Payments" minWidth={600}>
              <Table aria-label="Payments">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Method</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Reference</Table.Th>
                    <Table.Th ta="right">Amount</Table.Th>
                    <Table.Th ta="right">Discount taken</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {invoice.payments.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{formatDate(p.paidAt)}</Table.Td>
                      <Table.Td>{METHOD_LABELS[p.method] ?? p.method}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={p.status} size="sm" />
                      </Table.Td>
                      <Table.Td>{p.reference ?? '—'}</Table.Td>
                      <Table.Td ta="right">
                        <Money money={p.amount} />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Money money={p.discountTaken} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          )}
        </Card>
      )}

      {!details && (
        <Text size="sm" c="dimmed">
          Your role shows the invoice summary; lines, payments and the PDF are for buyers and administrators.
        </Text>
      )}

      {payable && paying && (
        <PayInvoicesDialog
          opened
          invoices={[invoice]}
          onClose={() => setPaying(false)}
          onPaid={() => void refetch()}
        />
      )}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Group gap={4}>{children}</Group>
    </Card>
  );
}
