import { useMutation } from '@apollo/client/react';
import { Text, TextInput } from '@mantine/core';
import { Money } from '../../components/money';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { AcceptQuoteDialog_OrderFragment } from '../../gql/graphql';

export const AcceptQuoteDialog_OrderFragmentDoc = graphql(`
  fragment AcceptQuoteDialog_order on Order {
    id
    number
    quote {
      revision
    }
    total {
      amount
      currencyCode
    }
  }
`);

export const AcceptQuoteDocument = graphql(`
  mutation AcceptQuote($input: AcceptQuoteInput!) {
    acceptQuote(input: $input) {
      ...QuotationPanel_payload
    }
  }
`);

// A "revision" error (the quotation changed meanwhile) is not about a field: it goes on top.
const FIELDS = ['signatureName', 'purchaseOrderNumber'] as const;

/** The buyer accepts the revision they reviewed, signing with their typed name. */
export function AcceptQuoteDialog({ order }: { order: AcceptQuoteDialog_OrderFragment }) {
  const [accept] = useMutation(AcceptQuoteDocument);
  return (
    <MutationFormModal
      button={{ label: 'Accept quotation' }}
      title={`Accept quotation ${order.number}`}
      size="lg"
      submitLabel="Sign and accept"
      fields={FIELDS}
      initialValues={() => ({ signatureName: '', purchaseOrderNumber: '' })}
      validate={(v) => ({ signatureName: v.signatureName.trim() ? null : 'Type your full name to sign.' })}
      mutate={async (v) => {
        const input = {
          orderId: order.id,
          signatureName: v.signatureName.trim(),
          revision: order.quote?.revision,
          purchaseOrderNumber: v.purchaseOrderNumber.trim() || undefined,
        };
        return (await accept({ variables: { input } })).data?.acceptQuote;
      }}
      onSuccess={() => `Quotation accepted: sales order ${order.number} is placed.`}
    >
      {(form) => (
        <>
          <Text>
            You are accepting revision {order.quote?.revision} for a total of{' '}
            <Money money={order.total} fw={700} />. Your typed name is your signature; the quotation can no
            longer change afterwards.
          </Text>
          <TextInput
            label="Your full name (signature)"
            autoComplete="name"
            data-autofocus
            {...form.field('signatureName')}
          />
          <TextInput label="Purchase order number (optional)" {...form.field('purchaseOrderNumber')} />
        </>
      )}
    </MutationFormModal>
  );
}
