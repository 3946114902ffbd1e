import { useQuery } from '@apollo/client/react';
import { Button, Modal, Stack, Text } from '@mantine/core';
import type { DraftDestination } from '../../gql/graphql';
import { CartIdDocument } from '../catalog/use-add-to-cart';

/**
 * Asks where a reorder's or a template's lines go: into the buyer's cart (lines of the same
 * product and unit add up) or into a separate draft, which leaves the cart as it is.
 */
export function DraftDestinationModal({
  opened,
  title,
  onClose,
  onChoose,
}: {
  opened: boolean;
  title: string;
  onClose: () => void;
  onChoose: (into: DraftDestination) => void;
}) {
  const { data, loading } = useQuery(CartIdDocument, { skip: !opened, fetchPolicy: 'network-only' });
  const cart = data?.viewer?.cart ?? null;
  const lines = cart?.lines.length ?? 0;
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="sm">
        <Text size="sm">
          {cart
            ? `Your cart is ${cart.number} (${lines} ${lines === 1 ? 'line' : 'lines'}). Add these lines to it — the same product in the same unit adds to its line — or keep them in a draft of their own.`
            : 'You have no cart yet: the lines become a new draft, your cart.'}
        </Text>
        <Button onClick={() => onChoose('CART')} disabled={loading}>
          {cart ? `Add to my cart (${cart.number})` : 'Add to a new cart'}
        </Button>
        <Button variant="default" onClick={() => onChoose('NEW_DRAFT')} disabled={loading}>
          Open a separate draft
        </Button>
        <Button variant="subtle" onClick={onClose}>
          Cancel
        </Button>
      </Stack>
    </Modal>
  );
}
