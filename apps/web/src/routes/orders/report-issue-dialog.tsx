import { useMutation } from '@apollo/client/react';
import { Checkbox, Stack, Textarea } from '@mantine/core';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { ReportIssueDialog_OrderFragment } from '../../gql/graphql';

export const ReportIssueDialog_OrderFragmentDoc = graphql(`
  fragment ReportIssueDialog_order on Order {
    id
    number
    lines {
      id
      sku
      description
    }
  }
`);

export const ReportDeliveryIssueDocument = graphql(`
  mutation ReportOrderDeliveryIssue($input: ReportIssueInput!) {
    reportDeliveryIssue(input: $input) {
      ...OrderActions_payload
    }
  }
`);

/** The buyer tells sales what went wrong with a delivery, optionally naming the lines. */
export function ReportIssueDialog({ order }: { order: ReportIssueDialog_OrderFragment }) {
  const [report] = useMutation(ReportDeliveryIssueDocument, { refetchQueries: ['OrderPage'] });
  return (
    <MutationFormModal
      button={{ label: 'Report an issue', variant: 'default' }}
      title={`Report an issue with order ${order.number}`}
      size="lg"
      submitLabel="Report issue"
      cancelLabel="Back"
      fields={['description', 'lineIds'] as const}
      initialValues={() => ({ description: '', lineIds: [] as string[] })}
      mutate={async (v) => {
        const input = {
          orderId: order.id,
          description: v.description.trim(),
          lineIds: v.lineIds.length ? v.lineIds : null,
        };
        return (await report({ variables: { input } })).data?.reportDeliveryIssue;
      }}
      onSuccess={() => 'Issue reported. Our sales team will get back to you.'}
    >
      {(form) => (
        <>
          <Textarea
            label="What went wrong?"
            required
            rows={3}
            data-autofocus
            {...form.field('description')}
          />
          <Checkbox.Group label="Lines concerned (optional)" {...form.field('lineIds')}>
            <Stack gap={6} mt={6}>
              {order.lines.map((line) => (
                <Checkbox key={line.id} value={line.id} label={`${line.sku} · ${line.description}`} />
              ))}
            </Stack>
          </Checkbox.Group>
        </>
      )}
    </MutationFormModal>
  );
}
