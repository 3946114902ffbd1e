import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { ConfirmButton } from '../../components/confirm-button';
import { useMutationAction } from '../../components/use-mutation-action';
import { graphql } from '../../gql';
import type { ReorderButton_OrderFragment } from '../../gql/graphql';

export const ReorderButton_OrderFragmentDoc = graphql(`
  fragment ReorderButton_order on Order {
    id
    number
  }
`);

export const ReorderDocument = graphql(`
  mutation ReorderOrder($input: ReorderInput!) {
    reorder(input: $input) {
      order {
        id
        number
      }
      changes {
        kind
        sku
        message
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** Copies the order into a new draft and opens it, with what changed since (prices, availability). */
export function ReorderButton({
  order,
  onErrors,
}: {
  order: ReorderButton_OrderFragment;
  onErrors: (messages: string[]) => void;
}) {
  const navigate = useNavigate();
  const [reorder] = useMutation(ReorderDocument);
  const action = useMutationAction(onErrors);
  return (
    <ConfirmButton
      variant="filled"
      pendingLabel="Reordering…"
      onConfirm={() =>
        action.run(
          async () => (await reorder({ variables: { input: { orderId: order.id } } })).data?.reorder,
          (payload) => {
            if (!payload.order) return onErrors(['The order could not be copied.']);
            void navigate(`/orders/${payload.order.id}`, {
              state: { reorderChanges: payload.changes, reorderedFrom: order.number },
            });
          },
        )
      }
    >
      Reorder
    </ConfirmButton>
  );
}
