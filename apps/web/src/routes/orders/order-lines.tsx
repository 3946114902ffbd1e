import { formatDecimal } from '@portal/domain';
import { Stack, Table, Text } from '@mantine/core';
import { Money } from '../../components/money';
import { graphql } from '../../gql';
import type { OrderLines_OrderFragment } from '../../gql/graphql';
import { useViewer } from '../../viewer/viewer-context';
import { ScrollRegion } from '../../components/scroll-region';

export const OrderLines_OrderFragmentDoc = graphql(`
  fragment OrderLines_order on Order {
    id
    lines {
      id
      sku
      description
      quantity
      baseQuantity
      shippedQuantity
      openQuantity
      backorderedQuantity
      unit {
        id
        symbol
      }
      product {
        id
        baseUnit {
          id
          symbol
        }
      }
      unitPrice @include(if: $withPrices) {
        amount
        currencyCode
      }
      lineTotal @include(if: $withPrices) {
        amount
        currencyCode
      }
    }
    subtotal @include(if: $withPrices) {
      amount
      currencyCode
    }
    taxTotal @include(if: $withPrices) {
      amount
      currencyCode
    }
    total @include(if: $withPrices) {
      amount
      currencyCode
    }
  }
`);

type Line = OrderLines_OrderFragment['lines'][number];

/** "5 cs (120 ea)"; just "12 ea" when the unit is the base unit. Exact decimals, no floats. */
export function lineQuantityText(line: Pick<Line, 'quantity' | 'baseQuantity' | 'unit' | 'product'>): string {
  const main = `${formatDecimal(line.quantity)} ${line.unit.symbol}`;
  const base = line.product?.baseUnit.symbol;
  if (!base || base === line.unit.symbol) return main;
  return `${main} (${formatDecimal(line.baseQuantity)} ${base})`;
}

/** What shipped of a placed line and what is still to come ("2 cs shipped, 3 cs to come"), or null. */
export function lineFulfilmentText(
  line: Pick<Line, 'shippedQuantity' | 'openQuantity' | 'backorderedQuantity' | 'unit' | 'product'>,
): string | null {
  const shipped =
    line.shippedQuantity !== '0'
      ? `${formatDecimal(line.shippedQuantity)} ${line.unit.symbol} shipped`
      : null;
  const toCome =
    shipped && line.openQuantity !== '0'
      ? `${formatDecimal(line.openQuantity)} ${line.unit.symbol} to come`
      : null;
  const backordered =
    line.backorderedQuantity !== '0' && line.openQuantity !== '0'
      ? `${formatDecimal(line.backorderedQuantity)} ${line.product?.baseUnit.symbol ?? ''} backordered`.trim()
      : null;
  const parts = [shipped, toCome, backordered].filter((p): p is string => p !== null);
  return parts.length ? parts.join(', ') : null;
}

/** The order's lines with quantities in unit and base unit; prices for contract-price roles. */
export function OrderLines({ order }: { order: OrderLines_OrderFragment }) {
  const { can } = useViewer();
  const prices = can('PRICES_CONTRACT');
  return (
    <Stack gap="xs">
      <ScrollRegion label="Order lines">
        <Table verticalSpacing="xs" striped>
          <caption style={{ captionSide: 'top', textAlign: 'left' }}>
            <Text fw={700}>Lines</Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              {/* On phones the unit price goes under the line total: no sideways scroll. */}
              {prices && (
                <Table.Th ta="right" visibleFrom="sm">
                  Unit price
                </Table.Th>
              )}
              {prices && <Table.Th ta="right">Line total</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>
                  <Text size="sm">{line.description}</Text>
                  <Text size="xs" c="dimmed">
                    {line.sku}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {lineQuantityText(line)}
                  {lineFulfilmentText(line) && (
                    <Text size="xs" c="dimmed">
                      {lineFulfilmentText(line)}
                    </Text>
                  )}
                </Table.Td>
                {prices && (
                  <Table.Td ta="right" visibleFrom="sm">
                    <Money money={line.unitPrice} />
                  </Table.Td>
                )}
                {prices && (
                  <Table.Td ta="right">
                    <Money money={line.lineTotal} />
                    <Text size="xs" c="dimmed" hiddenFrom="sm">
                      at <Money money={line.unitPrice} size="xs" c="dimmed" />
                    </Text>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
          {prices && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={3} ta="right" visibleFrom="sm">
                  Subtotal
                </Table.Th>
                <Table.Th colSpan={2} ta="right" hiddenFrom="sm">
                  Subtotal
                </Table.Th>
                <Table.Td ta="right">
                  <Money money={order.subtotal} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th colSpan={3} ta="right" visibleFrom="sm">
                  Tax
                </Table.Th>
                <Table.Th colSpan={2} ta="right" hiddenFrom="sm">
                  Tax
                </Table.Th>
                <Table.Td ta="right">
                  <Money money={order.taxTotal} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th colSpan={3} ta="right" visibleFrom="sm">
                  Total
                </Table.Th>
                <Table.Th colSpan={2} ta="right" hiddenFrom="sm">
                  Total
                </Table.Th>
                <Table.Td ta="right">
                  <Money money={order.total} fw={700} />
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </ScrollRegion>
    </Stack>
  );
}
