import { useQuery } from '@apollo/client/react';
import { Alert, Card, Group, Loader, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { compareDecimals, parseDecimal } from '@portal/domain';
import { useState } from 'react';
import { Money } from '../../../components/money';
import { graphql } from '../../../gql';
import type { ProductPicker_ProductFragment } from '../../../gql/graphql';
import { ProductPicker } from '../../rfqs/product-picker';
import { CompanyPicker, type PickedCompany } from './company-picker';

export const PriceSimulationDocument = graphql(`
  query PriceSimulation($companyId: ID!, $productId: ID!, $quantity: Decimal!) {
    priceSimulation(companyId: $companyId, productId: $productId, quantity: $quantity) {
      inCatalog
      quantity
      unit {
        id
        symbol
      }
      pricelist {
        id
        name
      }
      rule {
        id
        label
        customerText
      }
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
      explanation
    }
  }
`);

/**
 * Pick a company, a product and a quantity (in the product's default unit): the price its buyers
 * get today, the rule that set it, and the explanation they read — all computed by the server.
 */
export function PriceSimulator() {
  const [company, setCompany] = useState<PickedCompany | null>(null);
  const [product, setProduct] = useState<ProductPicker_ProductFragment | null>(null);
  const [quantity, setQuantity] = useState('1');
  const [debounced] = useDebouncedValue(quantity.trim(), 300);
  const parsed = parseDecimal(debounced, { maxScale: 4 });
  const quantityOk = parsed.ok && compareDecimals(parsed.value, '0') > 0;
  const { data, previousData, loading, error } = useQuery(PriceSimulationDocument, {
    variables: { companyId: company?.id ?? '', productId: product?.id ?? '', quantity: debounced },
    skip: !company || !product || !quantityOk,
    fetchPolicy: 'network-only',
  });
  const result = (data ?? previousData)?.priceSimulation;
  return (
    <Card withBorder component="section" aria-labelledby="simulator-title">
      <Title order={2} size="h4" id="simulator-title" mb="xs">
        Price simulator
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <CompanyPicker label="Company" value={company} onChange={setCompany} />
        <ProductPicker label="Product" value={product} onChange={setProduct} />
        <TextInput
          label="Quantity"
          description="In the product's default unit."
          inputMode="decimal"
          value={quantity}
          onChange={(e) => setQuantity(e.currentTarget.value)}
          error={
            quantity.trim() && debounced === quantity.trim() && !quantityOk
              ? 'Enter a quantity above zero.'
              : undefined
          }
          rightSection={loading ? <Loader size="xs" role="status" aria-label="Pricing" /> : undefined}
        />
      </SimpleGrid>
      <div aria-live="polite">
        {error && (
          <Alert color="red" mt="sm">
            {error.message}
          </Alert>
        )}
        {!error && company && product && result && (
          <Stack gap="xs" mt="md">
            {!result.inCatalog ? (
              <Alert
                color="yellow"
                title="Not in this company's catalog"
                styles={{ title: { color: 'var(--mantine-color-text)' } }}
              >
                {company.name} may not buy {product.sku} (access groups, or not published): its buyers see no
                price.
              </Alert>
            ) : (
              <Table variant="vertical" withTableBorder aria-label="Simulated price">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={200}>Pricelist</Table.Th>
                    <Table.Td>{result.pricelist?.name ?? 'None: list prices'}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Unit price</Table.Th>
                    <Table.Td>
                      {result.unitPrice ? (
                        <>
                          <Money money={result.unitPrice} /> / {result.unit.symbol}
                        </>
                      ) : (
                        'Price on request'
                      )}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>
                      Total for {result.quantity} {result.unit.symbol}
                    </Table.Th>
                    <Table.Td>
                      <Money money={result.lineTotal} />
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Rule applied</Table.Th>
                    <Table.Td>
                      {result.rule ? (result.rule.label ?? 'Unnamed rule') : 'None: the list price'}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>The buyer reads</Table.Th>
                    <Table.Td>
                      <Text component="q" fs="italic">
                        {result.explanation ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
        {(!company || !product) && (
          <Group mt="sm">
            <Text size="sm" c="dimmed">
              Pick a company and a product to see the price its buyers get today.
            </Text>
          </Group>
        )}
      </div>
    </Card>
  );
}
