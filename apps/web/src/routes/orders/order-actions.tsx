import { useMutation } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { useState } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
import { useMutationAction } from '../../components/use-mutation-action';
import { graphql } from '../../gql';
import type { OrderActions_OrderFragment } from '../../gql/graphql';
import { useViewer } from '../../viewer/viewer-context';
import { newIdempotencyKey } from '../../lib/idempotency-key';
import { OrderDecisionDialog } from './order-decision-dialog';
import { ReorderButton } from './reorder-button';
import { ReportIssueDialog } from './report-issue-dialog';
import { SaveAsTemplateDialog } from './save-as-template-dialog';

export const OrderActions_OrderFragmentDoc = graphql(`
  fragment OrderActions_order on Order {
    id
    number
    status
    availableActions
    issues {
      code
      message
    }
    ...OrderDecisionDialog_order
    ...ReorderButton_order
    ...SaveAsTemplateDialog_order
    ...ReportIssueDialog_order
  }
`);

export const OrderActionResult_OrderFragmentDoc = graphql(`
  fragment OrderActionResult_order on Order {
    id
    number
    status
    availableActions
  }
`);

/** What the order page needs back from an action on the order (it refetches the rest). */
export const OrderActions_PayloadFragmentDoc = graphql(`
  fragment OrderActions_payload on OrderPayload {
    order {
      ...OrderActionResult_order
    }
    userErrors {
      ...UserErrors_userError
    }
  }
`);

export const ConfirmReceiptDocument = graphql(`
  mutation ConfirmOrderReceipt($input: OrderActionInput!) {
    confirmReceipt(input: $input) {
      ...OrderActions_payload
    }
  }
`);

export const CancelOrderDocument = graphql(`
  mutation CancelOrder($input: OrderActionInput!) {
    cancelOrder(input: $input) {
      ...OrderActions_payload
    }
  }
`);

export const SubmitOrderFromPageDocument = graphql(`
  mutation SubmitOrderFromPage($input: SubmitOrderInput!) {
    submitOrder(input: $input) {
      ...OrderActions_payload
    }
  }
`);

const REFETCH = ['OrderPage'];

export interface OrderActionsProps {
  order: OrderActions_OrderFragment;
  /** Form-level errors of the simple actions go here (shown above the page). */
  onErrors: (messages: string[]) => void;
}

/** The buttons for what `availableActions` allows right now; nothing else is shown. */
export function OrderActions({ order, onErrors }: OrderActionsProps) {
  const actions = new Set(order.availableActions);
  const { can } = useViewer();
  const [confirmReceipt] = useMutation(ConfirmReceiptDocument, { refetchQueries: REFETCH });
  const [cancelOrder] = useMutation(CancelOrderDocument, { refetchQueries: REFETCH });
  const [submitOrder] = useMutation(SubmitOrderFromPageDocument, { refetchQueries: REFETCH });
  // One key per order (the page mounts this per order id): a retried submit returns the first result.
  const [submitKey] = useState(newIdempotencyKey);
  const action = useMutationAction(onErrors);
  const input = { orderId: order.id };

  return (
    <Group gap="xs">
      {actions.has('SUBMIT') && (
        <ConfirmButton
          disabled={order.issues.length > 0}
          pendingLabel={can('ORDERS_SUBMIT') ? 'Submitting…' : 'Sending…'}
          onConfirm={() =>
            action.run(
              async () =>
                (await submitOrder({ variables: { input: { ...input, idempotencyKey: submitKey } } })).data
                  ?.submitOrder,
              () => (can('ORDERS_SUBMIT') ? 'Order submitted.' : 'Order sent for approval.'),
            )
          }
        >
          {can('ORDERS_SUBMIT') ? 'Submit order' : 'Send for approval'}
        </ConfirmButton>
      )}
      {actions.has('APPROVE') && <OrderDecisionDialog order={order} decision="approve" onErrors={onErrors} />}
      {actions.has('REJECT') && <OrderDecisionDialog order={order} decision="reject" onErrors={onErrors} />}
      {actions.has('REORDER') && <ReorderButton order={order} onErrors={onErrors} />}
      {actions.has('SAVE_AS_TEMPLATE') && <SaveAsTemplateDialog order={order} />}
      {actions.has('CONFIRM_RECEIPT') && (
        <ConfirmButton
          variant="default"
          pendingLabel="Confirming…"
          confirmTitle="Confirm receipt"
          confirmMessage={`Confirm that order ${order.number} arrived?`}
          confirmLabel="Confirm receipt"
          onConfirm={() =>
            action.run(
              async () => (await confirmReceipt({ variables: { input } })).data?.confirmReceipt,
              () => 'Receipt confirmed.',
            )
          }
        >
          Confirm receipt
        </ConfirmButton>
      )}
      {actions.has('REPORT_ISSUE') && <ReportIssueDialog order={order} />}
      {actions.has('CANCEL') && (
        <ConfirmButton
          color="red.8"
          variant="outline"
          pendingLabel="Cancelling…"
          confirmTitle={`Cancel order ${order.number}?`}
          confirmMessage="The order will be cancelled. This cannot be undone."
          confirmLabel="Cancel order"
          onConfirm={() =>
            action.run(
              async () => (await cancelOrder({ variables: { input } })).data?.cancelOrder,
              () => `Order ${order.number} cancelled.`,
            )
          }
        >
          Cancel order
        </ConfirmButton>
      )}
    </Group>
  );
}
