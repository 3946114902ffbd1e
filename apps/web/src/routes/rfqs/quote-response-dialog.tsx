import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { QuoteResponseDialog_OrderFragment } from '../../gql/graphql';

export const QuoteResponseDialog_OrderFragmentDoc = graphql(`
  fragment QuoteResponseDialog_order on Order {
    id
    number
  }
`);

export const RequestQuoteChangesDocument = graphql(`
  mutation RequestQuoteChanges($input: QuoteResponseInput!) {
    requestQuoteChanges(input: $input) {
      ...QuotationPanel_payload
    }
  }
`);

export const DeclineQuoteDocument = graphql(`
  mutation DeclineQuote($input: QuoteResponseInput!) {
    declineQuote(input: $input) {
      ...QuotationPanel_payload
    }
  }
`);

export type QuoteResponse = 'changes' | 'decline';

const TEXT = {
  changes: {
    button: 'Request changes',
    field: 'What should change?',
    missing: 'Tell us what to change.',
    submit: 'Send change request',
    done: 'Your change request was sent to our sales team.',
  },
  decline: {
    button: 'Decline',
    field: 'Reason for declining',
    missing: 'Tell us why you decline.',
    submit: 'Decline quotation',
    done: 'Quotation declined.',
  },
} as const;

/** The buyer asks for changes to a quotation, or declines it, with a message to sales. */
export function QuoteResponseDialog({
  order,
  response,
}: {
  order: QuoteResponseDialog_OrderFragment;
  response: QuoteResponse;
}) {
  const [requestChanges] = useMutation(RequestQuoteChangesDocument);
  const [decline] = useMutation(DeclineQuoteDocument);
  const text = TEXT[response];
  const color = response === 'decline' ? 'red' : undefined;
  return (
    <MutationFormModal
      button={{ label: text.button, variant: response === 'decline' ? 'outline' : 'light', color }}
      title={`${text.button}: quotation ${order.number}`}
      submitLabel={text.submit}
      submitColor={color}
      fields={['message'] as const}
      initialValues={() => ({ message: '' })}
      validate={(v) => ({ message: v.message.trim() ? null : text.missing })}
      mutate={async (v) => {
        const variables = { input: { orderId: order.id, message: v.message.trim() } };
        return response === 'changes'
          ? (await requestChanges({ variables })).data?.requestQuoteChanges
          : (await decline({ variables })).data?.declineQuote;
      }}
      onSuccess={() => text.done}
    >
      {(form) => (
        <Textarea label={text.field} autosize minRows={3} data-autofocus {...form.field('message')} />
      )}
    </MutationFormModal>
  );
}
