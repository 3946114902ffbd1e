import { useMutation } from '@apollo/client/react';
import { Group, Stack } from '@mantine/core';
import { ConfirmButton } from '../../components/confirm-button';
import { useMutationAction } from '../../components/use-mutation-action';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { graphql } from '../../gql';
import type { InvoiceOrderButtons_OrderFragment } from '../../gql/graphql';

export const InvoiceOrderButtons_OrderFragmentDoc = graphql(`
  fragment InvoiceOrderButtons_order on Order {
    id
    number
  }
`);

export const InvoiceOrderDocument = graphql(`
  mutation InvoiceOrder($input: InvoiceOrderInput!) {
    invoiceOrder(input: $input) {
      ...InvoicingInvoiceRow_payload
    }
  }
`);

/** Invoice a shipped or delivered order at once, or prepare a draft invoice to check first. */
export function InvoiceOrderButtons({
  order,
  onDone,
}: {
  order: InvoiceOrderButtons_OrderFragment;
  onDone: () => void;
}) {
  const [invoiceOrder] = useMutation(InvoiceOrderDocument);
  const action = useMutationAction();
  const run = (draft: boolean) =>
    action.run(
      async () =>
        (await invoiceOrder({ variables: { input: { orderId: order.id, draft } } })).data?.invoiceOrder,
      (payload) => {
        onDone();
        return draft
          ? `Draft invoice prepared for ${order.number}.`
          : `Invoice ${payload.invoice?.number} issued for ${order.number}.`;
      },
    );
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
      <UserErrorsAlert errors={action.errors} />
    </Stack>
  );
}
