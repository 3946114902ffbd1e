import { useMutation } from '@apollo/client/react';
import { NativeSelect, Text, TextInput } from '@mantine/core';
import { Money } from '../../components/money';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { PaymentMethod, RecordPaymentDialog_InvoiceFragment } from '../../gql/graphql';
import { useServerClock } from '../../clock/server-clock';
import { decimalInputError, moneyAmountRule } from '../../lib/decimal-input';

export const RecordPaymentDialog_InvoiceFragmentDoc = graphql(`
  fragment RecordPaymentDialog_invoice on Invoice {
    id
    number
    company {
      id
      name
    }
    amountDue {
      amount
      currencyCode
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
        ...UserErrors_userError
      }
    }
  }
`);

const FIELDS = ['amount', 'method', 'paidOn', 'reference'] as const;

const METHODS: { value: PaymentMethod; label: string }[] = [
  { value: 'WIRE', label: 'Wire transfer' },
  { value: 'ACH', label: 'ACH' },
  { value: 'CHECK', label: 'Check' },
];

/** Accounting records money received for an invoice (prefilled with the amount due, paid today). */
export function RecordPaymentDialog({
  invoice,
  onDone,
}: {
  invoice: RecordPaymentDialog_InvoiceFragment;
  onDone?: () => void;
}) {
  const { today } = useServerClock();
  const [record] = useMutation(RecordPaymentDocument);
  const { currencyCode } = invoice.amountDue;
  return (
    <MutationFormModal
      button={{ label: 'Record payment', size: 'xs', 'aria-label': `Record payment on ${invoice.number}` }}
      title={`Record payment on ${invoice.number}`}
      submitLabel="Record payment"
      fields={FIELDS}
      initialValues={() => ({
        amount: invoice.amountDue.amount,
        method: 'WIRE' as PaymentMethod,
        paidOn: today,
        reference: '',
      })}
      validate={(v) => ({
        amount: decimalInputError(
          v.amount,
          moneyAmountRule(currencyCode),
          'Enter the amount received, e.g. 1250.00.',
        ),
      })}
      mutate={async ({ amount, method, paidOn, reference }) => {
        const input = {
          invoiceId: invoice.id,
          amount: amount.trim(),
          method,
          paidOn,
          reference: reference.trim() || undefined,
        };
        return (await record({ variables: { input } })).data?.recordPayment;
      }}
      onSuccess={() => {
        onDone?.();
        return `Payment recorded on ${invoice.number}.`;
      }}
    >
      {(form) => (
        <>
          <Text size="sm">
            {invoice.company.name} · amount due <Money money={invoice.amountDue} fw={700} />
          </Text>
          <TextInput
            label={`Amount received (${currencyCode})`}
            inputMode="decimal"
            data-autofocus
            {...form.field('amount')}
          />
          <NativeSelect label="Method" data={METHODS} {...form.field('method')} />
          <TextInput label="Received on" type="date" {...form.field('paidOn')} />
          <TextInput
            label="Reference (optional)"
            description="Bank reference or check number"
            {...form.field('reference')}
          />
        </>
      )}
    </MutationFormModal>
  );
}
