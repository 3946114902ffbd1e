import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { graphql } from '../../gql';
import type { OrderDecisionDialog_OrderFragment } from '../../gql/graphql';

export const OrderDecisionDialog_OrderFragmentDoc = graphql(`
  fragment OrderDecisionDialog_order on Order {
    id
    number
  }
`);

export const ApproveOrderDocument = graphql(`
  mutation ApproveOrder($input: OrderActionInput!) {
    approveOrder(input: $input) {
      ...OrderActions_payload
    }
  }
`);

export const RejectOrderDocument = graphql(`
  mutation RejectOrder($input: OrderActionInput!) {
    rejectOrder(input: $input) {
      ...OrderActions_payload
    }
  }
`);

export type OrderDecision = 'approve' | 'reject';

const REFETCH = ['OrderPage'];

/** An approver approves or rejects an order, with a comment for its author. */
export function OrderDecisionDialog({
  order,
  decision,
  onErrors,
}: {
  order: OrderDecisionDialog_OrderFragment;
  decision: OrderDecision;
  /** Where to say that someone else decided first (the page's own alert). */
  onErrors: (messages: string[]) => void;
}) {
  const [approve] = useMutation(ApproveOrderDocument, { refetchQueries: REFETCH });
  const [reject] = useMutation(RejectOrderDocument, { refetchQueries: REFETCH });
  const approving = decision === 'approve';
  const label = approving ? 'Approve' : 'Reject';
  const color = approving ? undefined : 'red.8';
  return (
    <MutationFormModal
      button={{ label, color, variant: approving ? 'filled' : 'outline' }}
      title={`${label} order ${order.number}`}
      submitLabel={label}
      submitColor={color}
      cancelLabel="Back"
      fields={['comment'] as const}
      initialValues={() => ({ comment: '' })}
      mutate={async (v) => {
        const variables = { input: { orderId: order.id, comment: v.comment.trim() || null } };
        return approving
          ? (await approve({ variables })).data?.approveOrder
          : (await reject({ variables })).data?.rejectOrder;
      }}
      onUserErrors={(userErrors, close) => {
        if (!userErrors.some((e) => e.code === 'INVALID_STATE')) return false;
        close();
        onErrors([
          `Someone else already decided on order ${order.number}; the page now shows its current state.`,
        ]);
        return true;
      }}
      onSuccess={() => `Order ${order.number} ${approving ? 'approved' : 'rejected'}.`}
    >
      {(form) => (
        <Textarea
          label={approving ? 'Comment' : 'Reason'}
          description={approving ? 'Optional' : 'Required: tell the author what to change.'}
          withAsterisk={!approving}
          rows={3}
          data-autofocus
          {...form.field('comment')}
        />
      )}
    </MutationFormModal>
  );
}
