import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { OrderLineInput } from '../../gql/graphql';
import type { UserErrorFields } from '../../components/user-errors';

export const AddToCartDocument = graphql(`
  mutation AddToCart($input: AddOrderLinesInput!) {
    addOrderLines(input: $input) {
      order {
        id
        number
        lines {
          id
        }
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const StartCartDocument = graphql(`
  mutation StartCart($input: CreateDraftOrderInput!) {
    createDraftOrder(input: $input) {
      order {
        id
        number
        lines {
          id
        }
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export interface AddToCartResult {
  ok: boolean;
  userErrors: readonly UserErrorFields[];
}

/**
 * Adds lines to the viewer's cart: createDraftOrder when there is none yet (cartId null),
 * addOrderLines otherwise. Both name line errors ["input", "lines", i, ...].
 */
export function useAddToCart(cartId: string | null | undefined) {
  const [addLines, addState] = useMutation(AddToCartDocument);
  const [startCart, startState] = useMutation(StartCartDocument, {
    // The viewer now has a cart: the next add must use addOrderLines.
    refetchQueries: ['CartId'],
  });
  const add = useCallback(
    async (lines: OrderLineInput[]): Promise<AddToCartResult> => {
      if (cartId) {
        const { data } = await addLines({ variables: { input: { orderId: cartId, lines } } });
        const payload = data?.addOrderLines;
        return {
          ok: !!payload?.order && payload.userErrors.length === 0,
          userErrors: payload?.userErrors ?? [],
        };
      }
      const { data } = await startCart({ variables: { input: { lines } } });
      const payload = data?.createDraftOrder;
      return {
        ok: !!payload?.order && payload.userErrors.length === 0,
        userErrors: payload?.userErrors ?? [],
      };
    },
    [addLines, cartId, startCart],
  );
  return { add, loading: addState.loading || startState.loading };
}

/** The viewer's cart id, kept fresh after a cart is started. */
export const CartIdDocument = graphql(`
  query CartId {
    viewer {
      cart {
        id
        number
        lines {
          id
        }
      }
    }
  }
`);
