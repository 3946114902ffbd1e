import { useMutation } from '@apollo/client/react';
import { Group, Stack } from '@mantine/core';
import { ConfirmButton } from '../../components/confirm-button';
import { useMutationAction } from '../../components/use-mutation-action';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { graphql } from '../../gql';
import type { InvoiceActions_InvoiceFragment } from '../../gql/graphql';
import { compareDecimals } from '@portal/domain';
import { ApplyCreditDialog } from '../invoices/apply-credit-dialog';
import { CreditNoteDialog } from './credit-note-dialog';
import { RecordPaymentDialog } from './record-payment-dialog';
import { RefundDialog } from './refund-dialog';

export const InvoiceActions_InvoiceFragmentDoc = graphql(`
  fragment InvoiceActions_invoice on Invoice {
    id
    number
    kind
    status
    ...RecordPaymentDialog_invoice
    ...CreditNoteDialog_invoice
    ...ApplyCreditDialog_creditNote
    ...RefundDialog_creditNote
  }
`);

export const IssueInvoiceDocument = graphql(`
  mutation IssueInvoice($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      ...InvoicingInvoiceRow_payload
    }
  }
`);

export const CancelInvoiceDocument = graphql(`
  mutation CancelInvoice($input: CancelInvoiceInput!) {
    cancelInvoice(input: $input) {
      ...InvoicingInvoiceRow_payload
    }
  }
`);

/**
 * What accounting may do with an invoice now: issue or cancel a draft, record a payment, credit;
 * with a credit note's open credit: apply it to an invoice or refund it to the card.
 */
export function InvoiceActions({
  invoice,
  onDone,
}: {
  invoice: InvoiceActions_InvoiceFragment;
  onDone: () => void;
}) {
  const [issue] = useMutation(IssueInvoiceDocument);
  const [cancel] = useMutation(CancelInvoiceDocument);
  const action = useMutationAction();
  const open = invoice.status === 'OPEN' || invoice.status === 'OVERDUE';
  const openCredit =
    invoice.kind === 'CREDIT_NOTE' && open && compareDecimals(invoice.amountDue.amount, '0') > 0;
  const input = { invoiceId: invoice.id };
  const done = (message: string) => () => {
    onDone();
    return message;
  };

  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        {invoice.status === 'DRAFT' && (
          <>
            <ConfirmButton
              size="xs"
              onConfirm={() =>
                action.run(
                  async () => (await issue({ variables: { input } })).data?.issueInvoice,
                  done('Invoice issued.'),
                )
              }
              pendingLabel="Issuing…"
              aria-label={`Issue invoice ${invoice.number}`}
            >
              Issue
            </ConfirmButton>
            <ConfirmButton
              size="xs"
              variant="outline"
              color="red"
              onConfirm={() =>
                action.run(
                  async () =>
                    (
                      await cancel({
                        variables: { input: { ...input, reason: 'Cancelled in the back office' } },
                      })
                    ).data?.cancelInvoice,
                  done('Draft cancelled.'),
                )
              }
              confirmTitle={`Cancel draft ${invoice.number}?`}
              confirmLabel="Cancel draft"
              aria-label={`Cancel draft ${invoice.number}`}
            >
              Cancel
            </ConfirmButton>
          </>
        )}
        {open && invoice.kind === 'INVOICE' && <RecordPaymentDialog invoice={invoice} onDone={onDone} />}
        {invoice.kind === 'INVOICE' && (open || invoice.status === 'PAID') && (
          <CreditNoteDialog invoice={invoice} onDone={onDone} />
        )}
        {openCredit && (
          <>
            <ApplyCreditDialog
              creditNote={invoice}
              openCredit={invoice.amountDue}
              companyId={invoice.company.id}
              onDone={onDone}
            />
            <RefundDialog creditNote={invoice} openCredit={invoice.amountDue} onDone={onDone} />
          </>
        )}
      </Group>
      <UserErrorsAlert errors={action.errors} />
    </Stack>
  );
}
