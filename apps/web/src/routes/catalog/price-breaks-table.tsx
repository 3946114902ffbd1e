import { formatDecimal } from '@portal/domain';
import { Table, Text } from '@mantine/core';
import { UnitPrice } from './unit-price';
import { graphql } from '../../gql';
import type { PriceBreaksTable_PriceBreakFragment } from '../../gql/graphql';
import { ScrollRegion } from '../../components/scroll-region';

export const PriceBreaksTable_PriceBreakFragmentDoc = graphql(`
  fragment PriceBreaksTable_priceBreak on PriceBreak {
    minQuantity
    unitPrice {
      amount
      currencyCode
    }
    explanation
  }
`);

/** Volume breaks of the viewer's pricelist, in the product's base unit. */
export function PriceBreaksTable({
  breaks,
  unitSymbol,
  productName,
}: {
  breaks: readonly PriceBreaks_Row[];
  unitSymbol: string;
  productName: string;
}) {
  if (breaks.length === 0) {
    return <Text size="sm">No volume breaks: the same price at any quantity.</Text>;
  }
  return (
    <ScrollRegion label={`Volume prices for ${productName}`} minWidth={360}>
      <Table striped withTableBorder verticalSpacing={4}>
        <Table.Caption>Volume prices for {productName}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">From</Table.Th>
            <Table.Th scope="col" ta="right">
              Unit price
            </Table.Th>
            <Table.Th scope="col">Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {breaks.map((b) => (
            <Table.Tr key={b.minQuantity}>
              <Table.Td>
                {formatDecimal(b.minQuantity)} {unitSymbol}
              </Table.Td>
              <Table.Td ta="right">
                <UnitPrice money={b.unitPrice} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{b.explanation}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

type PriceBreaks_Row = PriceBreaksTable_PriceBreakFragment;
