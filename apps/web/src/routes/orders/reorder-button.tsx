import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutationAction } from '../../components/use-mutation-action';
import { graphql } from '../../gql';
import type { DraftDestination, ReorderButton_OrderFragment } from '../../gql/graphql';
import { DraftDestinationModal } from '../cart/draft-destination-modal';

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

/**
 * Copies the order's lines into the buyer's cart or a separate draft (the buyer chooses), and
 * opens it with what changed since (prices, availability).
 */
export function ReorderButton({
  order,
  onErrors,
}: {
  order: ReorderButton_OrderFragment;
  onErrors: (messages: string[]) => void;
}) {
  const navigate = useNavigate();
  const [reorder] = useMutation(ReorderDocument, { refetchQueries: ['CartId'] });
  const action = useMutationAction(onErrors);
  const [choosing, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState(false);

  async function run(into: DraftDestination) {
    close();
    setPending(true);
    try {
      await action.run(
        async () => (await reorder({ variables: { input: { orderId: order.id, into } } })).data?.reorder,
        (payload) => {
          if (!payload.order) return onErrors(['The order could not be copied.']);
          void navigate(`/orders/${payload.order.id}`, {
            state: { reorderChanges: payload.changes, reorderedFrom: order.number, reorderedInto: into },
          });
        },
      );
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button variant="filled" loading={pending} onClick={open} aria-live="polite">
        {pending ? 'Reordering…' : 'Reorder'}
      </Button>
      <DraftDestinationModal
        opened={choosing}
        title={`Reorder ${order.number}`}
        onClose={close}
        onChoose={(into) => void run(into)}
      />
    </>
  );
}
