import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Money } from '../../components/money';
import { graphql } from '../../gql';
import type { ReorderChangeKind, ReorderChanges_OrderFragment } from '../../gql/graphql';

export const ReorderChanges_OrderFragmentDoc = graphql(`
  fragment ReorderChanges_order on Order {
    id
    lines {
      id
      sku
      previousUnitPrice @include(if: $withPrices) {
        amount
        currencyCode
      }
      unitPrice @include(if: $withPrices) {
        amount
        currencyCode
      }
    }
  }
`);

export interface ReorderChangeValue {
  kind: ReorderChangeKind;
  sku: string;
  message: string;
}

const KIND_LABELS: Record<ReorderChangeKind, string> = {
  PRICE_CHANGED: 'Price changed',
  QUANTITY_ADJUSTED: 'Quantity adjusted',
  UNAVAILABLE: 'Not available as ordered',
  NOT_IN_CATALOG: 'No longer in your catalog',
};

/** What differs on the new draft from the order it copies: prices, dropped items, quantities. */
export function ReorderChanges({
  changes,
  order,
  cartLink,
  isCart,
}: {
  changes: readonly ReorderChangeValue[];
  order: ReorderChanges_OrderFragment;
  cartLink: boolean;
  /** Whether the draft is the buyer's cart (lines added to it, or a new draft that became it). */
  isCart: boolean;
}) {
  return (
    <Alert
      color={changes.length ? 'yellow' : 'teal'}
      icon={<IconRefresh aria-hidden />}
      title={changes.length ? 'Reordered, with changes' : 'Reordered: nothing changed'}
      role="status"
      variant="outline"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="xs">
        {changes.length > 0 && (
          <List size="sm" aria-label="Changes since the original order">
            {changes.map((change, i) => {
              const line = order.lines.find((l) => l.sku === change.sku);
              return (
                <List.Item key={`${change.sku}-${i}`}>
                  <Text span fw={700} size="sm">
                    {change.sku}: {KIND_LABELS[change.kind] ?? change.kind}
                  </Text>
                  {change.kind === 'PRICE_CHANGED' && line?.previousUnitPrice && line.unitPrice ? (
                    <Text span size="sm">
                      {' '}
                      <Money money={line.previousUnitPrice} td="line-through" /> →{' '}
                      <Money money={line.unitPrice} />
                    </Text>
                  ) : null}
                  <Text size="sm">{change.message}</Text>
                </List.Item>
              );
            })}
          </List>
        )}
        <Text size="sm">
          {isCart
            ? 'This draft is your cart.'
            : 'This is a separate draft: make it your cart to submit it there.'}{' '}
          {cartLink && isCart && (
            <Anchor component={Link} to="/cart">
              Review it in the cart
            </Anchor>
          )}
        </Text>
      </Stack>
    </Alert>
  );
}
