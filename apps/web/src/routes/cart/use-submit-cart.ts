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

/**
 * Submits the cart with an idempotency key per submit ATTEMPT: a retry after a network failure
 * reuses the key (the server returns the first result, never a second order); an answer from
 * the server (placed, or refused with userErrors) ends the attempt, so the next click is a new one.
 */
export function useSubmitCart() {
  const pendingKey = useRef<string | null>(null);
  const [mutate, state] = useMutation(SubmitCartDocument, { refetchQueries: ['Cart', 'CartId'] });
  async function submit(orderId: string) {
    pendingKey.current ??= newIdempotencyKey();
    const { data } = await mutate({ variables: { input: { orderId, idempotencyKey: pendingKey.current } } });
    pendingKey.current = null;
    return data?.submitOrder;
  }
  return { submit, loading: state.loading, retrying: () => pendingKey.current !== null };
}
