import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { CreditNoteDialog_InvoiceFragment } from '../../gql/graphql';
import { decimalInputError, moneyAmountRule } from '../../lib/decimal-input';

export const CreditNoteDialog_InvoiceFragmentDoc = graphql(`
  fragment CreditNoteDialog_invoice on Invoice {
    id
    number
    total {
      amount
      currencyCode
    }
  }
`);

export const IssueCreditNoteDocument = graphql(`
  mutation IssueCreditNote($input: IssueCreditNoteInput!) {
    issueCreditNote(input: $input) {
      ...InvoicingInvoiceRow_payload
    }
  }
`);

const FIELDS = ['amount', 'reason'] as const;

/** Accounting credits part of an invoice to the customer, with a reason. */
export function CreditNoteDialog({
  invoice,
  onDone,
}: {
  invoice: CreditNoteDialog_InvoiceFragment;
  onDone: () => void;
}) {
  const [issue] = useMutation(IssueCreditNoteDocument);
  const { currencyCode } = invoice.total;
  return (
    <MutationFormModal
      button={{
        label: 'Credit note',
        size: 'xs',
        variant: 'light',
        'aria-label': `Credit note on ${invoice.number}`,
      }}
      title={`Credit note on ${invoice.number}`}
      submitLabel="Issue credit note"
      fields={FIELDS}
      initialValues={() => ({ amount: '', reason: '' })}
      validate={(v) => ({
        amount: decimalInputError(
          v.amount,
          moneyAmountRule(currencyCode),
          'Enter the amount to credit, e.g. 40.00.',
        ),
        reason: v.reason.trim() ? null : 'Say why the customer is credited.',
      })}
      mutate={async (v) => {
        const input = { invoiceId: invoice.id, amount: v.amount.trim(), reason: v.reason.trim() };
        return (await issue({ variables: { input } })).data?.issueCreditNote;
      }}
      onSuccess={(payload) => {
        onDone();
        return `Credit note ${payload.invoice?.number} issued.`;
      }}
    >
      {(form) => (
        <>
          <TextInput
            label={`Amount (${currencyCode})`}
            inputMode="decimal"
            data-autofocus
            {...form.field('amount')}
          />
          <TextInput label="Reason" {...form.field('reason')} />
        </>
      )}
    </MutationFormModal>
  );
}
