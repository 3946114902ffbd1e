import { useMutation, useQuery } from '@apollo/client/react';
import { Badge } from '@mantine/core';
import { ConfirmButton } from '../../components/confirm-button';
import { IconShoppingCart } from '@tabler/icons-react';
import { useMutationAction } from '../../components/use-mutation-action';
import { graphql } from '../../gql';
import { CartIdDocument } from '../catalog/use-add-to-cart';

export const SetActiveCartDocument = graphql(`
  mutation SetActiveCart($input: SetActiveCartInput!) {
    setActiveCart(input: $input) {
      order {
        id
        number
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/**
 * On one of the buyer's own drafts: says whether it is their cart, or lets them make it their
 * cart (stored on the server, so every tab shows the same cart).
 */
export function ActiveCartControl({
  orderId,
  onErrors,
}: {
  orderId: string;
  onErrors: (messages: string[]) => void;
}) {
  const { data } = useQuery(CartIdDocument);
  const [setActiveCart] = useMutation(SetActiveCartDocument, { refetchQueries: ['CartId', 'Cart'] });
  const action = useMutationAction(onErrors);
  if (!data) return null;
  if (data.viewer?.cart?.id === orderId)
    return (
      <Badge
        variant="filled"
        color="teal.9"
        size="lg"
        leftSection={<IconShoppingCart size={14} aria-hidden />}
      >
        Your cart
      </Badge>
    );
  return (
    <ConfirmButton
      variant="default"
      pendingLabel="Switching…"
      leftSection={<IconShoppingCart size={16} aria-hidden />}
      onConfirm={() =>
        action.run(
          async () => (await setActiveCart({ variables: { input: { orderId } } })).data?.setActiveCart,
          (payload) => `${payload.order?.number ?? 'This draft'} is now your cart.`,
        )
      }
    >
      Make this my cart
    </ConfirmButton>
  );
}
