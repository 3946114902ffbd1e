import { Table, Text } from '@mantine/core';
import { formatDecimal } from '@portal/domain';
import { Money } from '../../components/money';
import { graphql } from '../../gql';
import { TableScroll } from './table-scroll';
import type { RfqLines_LineFragment } from '../../gql/graphql';

export const RfqLines_LineFragmentDoc = graphql(`
  fragment RfqLines_line on RfqLine {
    id
    description
    quantity
    unit {
      id
      symbol
    }
    product {
      id
      sku
      name
    }
    targetUnitPrice {
      amount
      currencyCode
    }
  }
`);

/** What the customer asked for: catalog products (with SKU) and free-text items. */
export function RfqLines({ lines }: { lines: readonly RfqLines_LineFragment[] }) {
  return (
    <TableScroll label="Requested items" minWidth={480}>
      <Table striped>
        <Table.Caption>Requested items</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Item</Table.Th>
            <Table.Th ta="right">Quantity</Table.Th>
            <Table.Th ta="right">Target unit price</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>
                {line.product ? (
                  <>
                    <Text inherit fw={500}>
                      {line.product.name}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {line.product.sku}
                      {line.description && line.description !== line.product.name
                        ? ` · ${line.description}`
                        : ''}
                    </Text>
                  </>
                ) : (
                  <Text inherit>{line.description}</Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatDecimal(line.quantity)} {line.unit?.symbol ?? ''}
              </Table.Td>
              <Table.Td ta="right">
                <Money money={line.targetUnitPrice} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
