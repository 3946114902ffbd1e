import { useMutation } from '@apollo/client/react';
import { formatDecimal } from '@portal/domain';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Money } from '../../components/money';
import { QuantityInput, quantityUnitsOf } from '../../components/quantity-input';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { CartLineRow_LineFragment } from '../../gql/graphql';
import { AvailabilityText } from '../catalog/availability-text';
import { UnitPrice } from '../catalog/unit-price';
import { QUANTITY_SCALE, decimalInputError } from '../../lib/decimal-input';

export const CartLineRow_LineFragmentDoc = graphql(`
  fragment CartLineRow_line on OrderLine {
    id
    sku
    description
    quantity
    baseQuantity
    unit {
      id
      symbol
    }
    availability {
      ...AvailabilityText_availability
    }
    product {
      id
      ...QuantityInput_product
    }
    unitPrice @include(if: $contractPrices) {
      amount
      currencyCode
    }
    lineTotal @include(if: $contractPrices) {
      amount
      currencyCode
    }
  }
`);

export const UpdateCartLineDocument = graphql(`
  mutation UpdateCartLine($input: UpdateOrderLineInput!, $contractPrices: Boolean!) {
    updateOrderLine(input: $input) {
      order {
        id
        ...CartView_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const RemoveCartLineDocument = graphql(`
  mutation RemoveCartLine($input: RemoveOrderLinesInput!, $contractPrices: Boolean!) {
    removeOrderLines(input: $input) {
      order {
        id
        ...CartView_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

const FIELDS = ['quantity', 'unitId'] as const;

export interface CartLineRowProps {
  orderId: string;
  line: CartLineRow_LineFragment;
  /** Messages of the order's issues that name this line. */
  issues: readonly string[];
  contractPrices: boolean;
  editable: boolean;
}

export function CartLineRow({ orderId, line, issues, contractPrices, editable }: CartLineRowProps) {
  const [quantity, setQuantity] = useState(line.quantity);
  const [unitId, setUnitId] = useState(line.unit.id);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | undefined>();
  const [update, { loading: updating }] = useMutation(UpdateCartLineDocument);
  const [remove, { loading: removing }] = useMutation(RemoveCartLineDocument);
  const units = line.product
    ? quantityUnitsOf(line.product)
    : [{ id: line.unit.id, symbol: line.unit.symbol, factor: '1' }];
  const baseUnitSymbol = line.product?.baseUnit.symbol ?? line.unit.symbol;
  const dirty = quantity.trim() !== line.quantity || unitId !== line.unit.id;

  async function onSave(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setFormError(undefined);
    const quantityError = decimalInputError(
      quantity,
      { maxScale: QUANTITY_SCALE },
      'Enter a number, e.g. 5 or 2.5.',
    );
    if (quantityError) {
      setError(quantityError);
      return;
    }
    try {
      const { data } = await update({
        variables: { input: { orderId, lineId: line.id, quantity: quantity.trim(), unitId }, contractPrices },
      });
      const split = splitUserErrors(data?.updateOrderLine.userErrors ?? [], FIELDS);
      setError(split.fields.quantity ?? split.fields.unitId);
      if (split.form.length) setFormError(split.form.join(' '));
    } catch (e) {
      setFormError(unexpectedErrorMessage(e));
    }
  }

  async function onRemove() {
    setFormError(undefined);
    try {
      const { data } = await remove({
        variables: { input: { orderId, lineIds: [line.id] }, contractPrices },
      });
      const errors = data?.removeOrderLines.userErrors ?? [];
      if (errors.length) setFormError(errors.map((e) => e.message).join(' '));
    } catch (e) {
      setFormError(unexpectedErrorMessage(e));
    }
  }

  const titleId = `line-${line.id}`;
  return (
    <Card
      withBorder
      padding="sm"
      component="li"
      aria-labelledby={titleId}
      style={issues.length ? { borderColor: 'var(--mantine-color-orange-7)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Text fw={600} id={titleId}>
              {line.description}
            </Text>
            <Text size="sm" c="dimmed">
              SKU {line.sku} · {formatDecimal(line.quantity)} {line.unit.symbol}
              {line.unit.symbol !== baseUnitSymbol
                ? ` = ${formatDecimal(line.baseQuantity)} ${baseUnitSymbol}`
                : ''}
            </Text>
            {line.availability && (
              <AvailabilityText availability={line.availability} baseUnitSymbol={baseUnitSymbol} />
            )}
          </Stack>
          {contractPrices && (
            <Stack gap={2} align="flex-end" miw={110}>
              <Text fw={600}>
                <Money money={line.lineTotal} />
              </Text>
              <Text size="sm" c="dimmed">
                <UnitPrice money={line.unitPrice} /> / {line.unit.symbol}
              </Text>
            </Stack>
          )}
        </Group>
        {issues.map((message) => (
          <Text key={message} size="sm" fw={500} role="note">
            <IconAlertTriangle
              size={16}
              aria-hidden
              color="var(--mantine-color-orange-8)"
              style={{ verticalAlign: 'text-bottom' }}
            />{' '}
            {message}
          </Text>
        ))}
        {formError && (
          <Text size="sm" c="red.8" role="alert">
            {formError}
          </Text>
        )}
        {editable && (
          <Group justify="space-between" align="flex-start" gap="sm">
            <form onSubmit={(e) => void onSave(e)} aria-label={`Change ${line.description}`}>
              <Group align="flex-start" gap="xs" wrap="nowrap">
                <QuantityInput
                  label="Quantity"
                  value={quantity}
                  onChange={(v) => {
                    setQuantity(v);
                    setError(undefined);
                  }}
                  units={units}
                  unitId={unitId}
                  onUnitChange={setUnitId}
                  baseUnitSymbol={baseUnitSymbol}
                  error={error}
                />
                <Button
                  type="submit"
                  mt={25}
                  style={{ flexShrink: 0 }}
                  variant={dirty ? 'filled' : 'default'}
                  disabled={!dirty}
                  loading={updating}
                >
                  Update
                </Button>
              </Group>
            </form>
            <Button
              variant="default"
              mt={25}
              leftSection={<IconTrash size={16} aria-hidden />}
              aria-label={`Remove ${line.description}`}
              onClick={() => void onRemove()}
              loading={removing}
            >
              Remove
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
