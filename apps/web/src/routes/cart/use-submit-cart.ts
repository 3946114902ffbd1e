import { useMutation } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../../gql';
import { newIdempotencyKey } from '../../lib/idempotency-key';

export const SubmitCartDocument = graphql(`
  mutation SubmitCart($input: SubmitOrderInput!) {
    submitOrder(input: $input) {
      order {
        id
        number
        status
        approval {
          reason
        }
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** The cart's details as the buyer typed them (the submit carries them, saved or not). */
export interface CartDetails {
  purchaseOrderNumber: string;
  requestedDeliveryDate: string | null;
  notes: string;
  shippingAddressId: string | null;
}

/**
 * Submits the cart with an idempotency key per submit ATTEMPT: a retry after a network failure
 * reuses the key (the server returns the first result, never a second order); an answer from
 * the server (placed, or refused with userErrors) ends the attempt, so the next click is a new one.
 */
export function useSubmitCart() {
  const pendingKey = useRef<string | null>(null);
  const [mutate, state] = useMutation(SubmitCartDocument, { refetchQueries: ['Cart', 'CartId'] });
  /** Submits with the details as typed in the cart (saved or not): nothing typed is dropped. */
  async function submit(orderId: string, details: CartDetails | null = null) {
    pendingKey.current ??= newIdempotencyKey();
    const { data } = await mutate({
      variables: { input: { orderId, idempotencyKey: pendingKey.current, ...(details ?? {}) } },
    });
    pendingKey.current = null;
    return data?.submitOrder;
  }
  return { submit, loading: state.loading, retrying: () => pendingKey.current !== null };
}
