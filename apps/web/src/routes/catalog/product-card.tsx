import { formatDecimal } from '@portal/domain';
import { Accordion, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconShoppingCartPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { DocumentLink } from '../../components/document-link';
import { defaultUnitIdOf, QuantityInput } from '../../components/quantity-input';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { graphql } from '../../gql';
import type { ProductCard_ProductFragment } from '../../gql/graphql';
import { AvailabilityText } from './availability-text';
import { PriceBreaksTable } from './price-breaks-table';
import { UnitPrice } from './unit-price';
import { useProductAddForm } from './use-product-add-form';

export const ProductCard_ProductFragmentDoc = graphql(`
  fragment ProductCard_product on Product {
    id
    sku
    name
    description
    category {
      id
      name
    }
    ...QuantityInput_product
    minimumOrderQuantity
    orderMultiple
    availability {
      ...AvailabilityText_availability
    }
    documents {
      id
      title
      kind
    }
    catalogPrice @include(if: $catalogPrices) {
      amount
      currencyCode
    }
    price @include(if: $contractPrices) {
      unitPrice {
        amount
        currencyCode
      }
      explanation
      unit {
        id
        symbol
      }
    }
    priceBreaks @include(if: $contractPrices) {
      ...PriceBreaksTable_priceBreak
    }
    priceOnRequest @include(if: $contractPrices)
  }
`);

/** "Minimum 3,000 ea · in multiples of 3,000 ea", or null. */
export function orderingHint(
  product: Pick<ProductCard_ProductFragment, 'minimumOrderQuantity' | 'orderMultiple' | 'baseUnit'>,
): string | null {
  const parts: string[] = [];
  const unit = product.baseUnit.symbol;
  if (product.minimumOrderQuantity && product.minimumOrderQuantity !== '0')
    parts.push(`Minimum ${formatDecimal(product.minimumOrderQuantity)} ${unit}`);
  if (product.orderMultiple && product.orderMultiple !== '0' && product.orderMultiple !== '1')
    parts.push(`in multiples of ${formatDecimal(product.orderMultiple)} ${unit}`);
  return parts.length ? parts.join(', ') : null;
}

/**
 * The price the viewer may see, as the catalog shows it: the contract price with its explanation
 * (PRICES_CONTRACT), else the catalog price with a note (a requisitioner), else "price on request".
 * `compact` for the catalog's list rows.
 */
export function ProductPrice({
  product,
  compact = false,
}: {
  product: ProductCard_ProductFragment;
  compact?: boolean;
}) {
  const priceSize = compact ? 'md' : 'xl';
  if (product.price || product.catalogPrice) {
    const money = product.price ? product.price.unitPrice : product.catalogPrice!;
    const unit = product.price ? product.price.unit.symbol : product.baseUnit.symbol;
    return (
      <div>
        <Text size={priceSize} fw={700}>
          <UnitPrice money={money} />{' '}
          <Text span size="sm" fw={400} c="dimmed">
            per {unit}
          </Text>
        </Text>
        <Text size={compact ? 'xs' : 'sm'} c="dimmed">
          {product.price
            ? product.price.explanation
            : "Catalog price; your order is priced under your company's contract."}
        </Text>
      </div>
    );
  }
  if (product.priceOnRequest) {
    return (
      <Text size="sm">
        Price on request:{' '}
        <Anchor component={Link} to="/rfqs/new">
          ask for a quote
        </Anchor>
        .
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      Price on request
    </Text>
  );
}

export interface ProductCardProps {
  product: ProductCard_ProductFragment;
  /** The viewer may add to a cart (customer with ORDERS_DRAFT or ORDERS_SUBMIT). */
  canOrder: boolean;
  cartId: string | null | undefined;
}

export function ProductCard({ product, canOrder, cartId }: ProductCardProps) {
  const form = useProductAddForm(product, cartId);
  const { units, unitId } = form;
  // Pictures show on the product's page (gallery), not as downloads.
  const documents = product.documents.filter((d) => d.kind !== 'PRODUCT_IMAGE');
  const defaultUnitSymbol =
    units.find((u) => u.id === defaultUnitIdOf(product))?.symbol ?? product.baseUnit.symbol;
  const headingId = `product-${product.id}`;
  const hint = orderingHint(product);
  const breaks = product.priceBreaks ?? null;

  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={headingId}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={6}>
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/catalog/${encodeURIComponent(product.id)}`} inherit>
              {product.name}
            </Anchor>
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="gray" radius="sm">
              SKU {product.sku}
            </Badge>
            {product.category && (
              <Text size="sm" c="dimmed">
                {product.category.name}
              </Text>
            )}
          </Group>
          {product.description && <Text size="sm">{product.description}</Text>}
          <AvailabilityText availability={product.availability} baseUnitSymbol={product.baseUnit.symbol} />
          {documents.length > 0 && (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                Certificates and documents
              </Text>
              {documents.map((d) => (
                <DocumentLink key={d.id} documentId={d.id}>
                  {d.title}
                </DocumentLink>
              ))}
            </Stack>
          )}
        </Stack>
        <Stack gap="xs">
          <ProductPrice product={product} />
          {canOrder && !product.priceOnRequest && (
            <form onSubmit={(e) => void form.onSubmit(e)} aria-label={`Add ${product.name} to cart`}>
              <Stack gap={4} align="flex-start">
                <QuantityInput
                  label="Quantity"
                  value={form.quantity}
                  onChange={form.setQuantity}
                  units={units}
                  unitId={unitId}
                  onUnitChange={form.setUnitId}
                  baseUnitSymbol={product.baseUnit.symbol}
                  hint={hint ?? undefined}
                  error={form.fieldError}
                />
                <Button
                  type="submit"
                  loading={form.loading}
                  leftSection={<IconShoppingCartPlus size={18} aria-hidden />}
                >
                  Add to cart
                </Button>
              </Stack>
              {form.formErrors.length > 0 && <UserErrorsAlert errors={form.formErrors} />}
            </form>
          )}
          {!canOrder && hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
          {breaks && (
            <Accordion variant="contained" chevronPosition="left">
              <Accordion.Item value="breaks">
                <Accordion.Control>Volume prices ({breaks.length})</Accordion.Control>
                <Accordion.Panel>
                  <PriceBreaksTable
                    breaks={breaks}
                    unitSymbol={product.price?.unit.symbol ?? defaultUnitSymbol}
                    productName={product.name}
                  />
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
